/** npm run build: it refuses a catalogue with an invalid sheet, with validate's messages. */
import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { makeCatalogue } from '../helpers/catalogue.ts';
import { fixtures, repoRoot } from '../helpers/paths.ts';
import { buildEnv } from '../helpers/site.ts';

const sheets = path.join(fixtures, 'sheets');

describe('npm run build', () => {
  it('fails on an invalid sheet with the same message as validate', () => {
    const dir = makeCatalogue({
      'onbekend.mdx': readFileSync(path.join(sheets, 'broken/unknown-category.mdx')),
    });
    const result = spawnSync(
      'npm',
      ['run', '-s', 'build', '--', '--outDir', path.join(dir, 'dist')],
      {
        cwd: repoRoot,
        encoding: 'utf8',
        env: buildEnv({ PRAKTIJKBANK_CONTENT: dir }),
      },
    );
    expect(result.status).not.toBe(0);
    expect(result.stdout + result.stderr).toContain(
      'onbekend.mdx:4:11: veld "category" (Categorie) noemt "Onthaal en integratei", maar die naam staat niet in de lijst van categorieën',
    );
    expect(result.stdout + result.stderr).not.toMatch(/\n\s+at .+:\d+:\d+/);
  });
});
