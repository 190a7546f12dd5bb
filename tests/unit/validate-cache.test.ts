/**
 * `npm run validate` remembers the sheets that passed and does not parse them again while
 * nothing they depend on changed. It must never report less (or other) than a fresh check.
 */
import { spawnSync } from 'node:child_process';
import { cpSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadCatalogue, loadCatalogueParallel } from '../../src/lib/catalogue/catalogue-fs.ts';
import { environmentDigest, ValidateCache } from '../../src/lib/catalogue/check-cache-fs.ts';
import { generateCatalogue } from '../../scripts/lib/generate/catalogue.ts';
import { formatProblem, sortProblems } from '../../src/lib/util/problems.ts';
import { contentRoot, fixtures, repoRoot } from '../helpers/paths.ts';
import { buildEnv } from '../helpers/site.ts';

function catalogue(): string {
  const dir = path.join(
    mkdtempSync(path.join(tmpdir(), 'praktijkbank-validate-cache-')),
    'content',
  );
  generateCatalogue({ count: 12, out: dir, seed: 'validate-cache', from: contentRoot });
  // The seed sheet has warnings (contacts without an address): they must come back from the cache.
  cpSync(
    path.join(fixtures, 'sheets/valid/kansenpas-en-vrijetijdscheque.mdx'),
    path.join(dir, 'practices/kansenpas.mdx'),
  );
  return dir;
}

/** What validate.ts does, in this process: the lines it would print, and how many sheets came from the cache. */
async function validate(dir: string): Promise<{ lines: string[]; reused: number }> {
  const cache = new ValidateCache(repoRoot, dir);
  const result = await loadCatalogueParallel(dir, { reuse: cache.reuse, checked: cache.record });
  cache.save();
  return { lines: sortProblems(result.problems).map(formatProblem), reused: cache.reused };
}

const fresh = (dir: string) => sortProblems(loadCatalogue(dir).problems).map(formatProblem);

describe('the validate cache', () => {
  it('gives the same output on the second run, from the cache', async () => {
    const dir = catalogue();
    const first = await validate(dir);
    const second = await validate(dir);
    expect(first.reused).toBe(0);
    expect(second.reused).toBe(13);
    expect(second.lines).toEqual(first.lines);
    expect(second.lines).toEqual(fresh(dir));
    expect(
      second.lines.some((line) => line.includes('kansenpas.mdx') && line.includes('warning:')),
    ).toBe(true);
  });

  it('checks a changed sheet again, and keeps checking a sheet with errors', async () => {
    const dir = catalogue();
    await validate(dir);
    const file = path.join(dir, 'practices/kansenpas.mdx');
    writeFileSync(
      file,
      readFileSync(file, 'utf8').replace(
        'category: Inclusieve vrije tijd',
        'category: Inclusieve vrijetijd',
      ),
    );
    const broken = await validate(dir);
    expect(broken.reused).toBe(12);
    expect(broken.lines).toEqual(fresh(dir));
    expect(broken.lines.join('\n')).toContain(
      'noemt "Inclusieve vrijetijd", maar die naam staat niet in de lijst van categorieën',
    );
    const again = await validate(dir);
    expect(again.reused).toBe(12);
    expect(again.lines).toEqual(broken.lines);
  });

  it('notices a removed image, a changed vocabulary and a second file with the same name', async () => {
    const dir = catalogue();
    const withImage = loadCatalogue(dir).sheets.find((sheet) => sheet.data?.image);
    await validate(dir);

    expect(withImage).toBeDefined();
    rmSync(path.join(path.dirname(withImage!.file), withImage!.data!.image!.src));
    const lines = (await validate(dir)).lines;
    expect(lines).toEqual(fresh(dir));
    expect(lines.join('\n')).toContain('staat niet naast de fiche');

    const vocabulary = path.join(dir, 'vocabularies/categories.yaml');
    writeFileSync(
      vocabulary,
      readFileSync(vocabulary, 'utf8').replace(
        '- name: Inclusieve vrije tijd',
        '- name: Vrije tijd voor iedereen',
      ),
    );
    const renamed = await validate(dir);
    expect(renamed.reused).toBe(0);
    expect(renamed.lines).toEqual(fresh(dir));

    cpSync(
      path.join(fixtures, 'sheets/valid/minimal-sheet.mdx'),
      path.join(dir, 'practices/sub/kansenpas.mdx'),
      { recursive: true },
    );
    const twins = await validate(dir);
    expect(twins.lines).toEqual(fresh(dir));
    expect(twins.lines.join('\n')).toContain('heeft dezelfde naam "kansenpas"');
  });

  it('is what npm run validate uses: a second run prints the same lines', () => {
    const dir = catalogue();
    const run = () =>
      spawnSync('npm', ['run', '-s', 'validate'], {
        cwd: repoRoot,
        env: buildEnv({ PRAKTIJKBANK_CONTENT: dir }),
        encoding: 'utf8',
      });
    const first = run();
    const second = run();
    expect(first.status).toBe(0);
    expect(second.stdout).toBe(first.stdout);
    expect(second.stdout).toContain('✓ 13 fiches gecontroleerd: 0 fouten,');
  });

  it('is kept when code outside the checker changes (pages, importer, generator), and dropped when the checker changes', () => {
    const root = mkdtempSync(path.join(tmpdir(), 'praktijkbank-digest-'));
    const write = (file: string, text: string) => {
      mkdirSync(path.dirname(path.join(root, file)), { recursive: true });
      writeFileSync(path.join(root, file), text);
    };
    write('src/lib/sheet/check.ts', 'export const rule = 1;');
    write('src/schema/practice.ts', 'export const field = 1;');
    write('scripts/lib/generate/sheet.ts', 'export const words = 1;');
    write('src/pages/index.astro', '<h1>Start</h1>');
    write('src/lib/import/run.ts', 'export const run = 1;');
    const dir = path.join(root, 'content');
    const digest = () => environmentDigest(root, dir);
    const before = digest();
    write('scripts/lib/generate/sheet.ts', 'export const words = 2;');
    write('src/pages/index.astro', '<h1>Welkom</h1>');
    write('src/lib/import/run.ts', 'export const run = 2;');
    expect(digest()).toBe(before);
    write('src/lib/sheet/check.ts', 'export const rule = 2;');
    const afterChecker = digest();
    expect(afterChecker).not.toBe(before);
    write('src/schema/practice.ts', 'export const field = 2;');
    expect(digest()).not.toBe(afterChecker);
  });
});
