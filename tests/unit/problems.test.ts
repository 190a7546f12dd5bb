/**
 * One problem, one line (src/lib/util/problems.ts): whatever a contributor puts into a value
 * or a file name, `validate` prints it escaped, so it can neither start a line of its own (a
 * forged CI annotation) nor move the cursor or retitle a terminal.
 */
import { spawnSync } from 'node:child_process';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import {
  formatGithubAnnotation,
  formatProblem,
  type Problem,
} from '../../src/lib/util/problems.ts';
import { makeCatalogue } from '../helpers/catalogue.ts';
import { fixtures, repoRoot } from '../helpers/paths.ts';
import { buildEnv } from '../helpers/site.ts';

const hostile =
  'a\n::error file=README.md,line=1::vervalst\r\u001b]0;titel\u0007\u001b[2J\u009b2J\u2028einde\u202e';

describe('a problem as text', () => {
  const problem: Problem = {
    file: `map\nmet/${hostile}.mdx`,
    line: 3,
    column: 7,
    severity: 'warning',
    message: `label "${hostile}" heeft geen adres`,
  };

  it('is one line with every control character escaped', () => {
    const line = formatProblem(problem);
    expect(line.split('\n')).toHaveLength(1);
    // eslint-disable-next-line no-control-regex
    expect(line).not.toMatch(/[\u0000-\u001f\u007f-\u009f\u2028\u2029\u202a-\u202e]/);
    expect(line).toContain('a\\n::error file=README.md,line=1::vervalst\\r\\u001b]0;titel\\u0007');
    expect(line.startsWith('map\\nmet/')).toBe(true);
  });

  it('is one GitHub annotation, whose message cannot start another', () => {
    const line = formatGithubAnnotation(problem);
    expect(line.split('\n')).toHaveLength(1);
    expect(line.startsWith('::warning file=map%0Amet/')).toBe(true);
    // eslint-disable-next-line no-control-regex
    expect(line).not.toMatch(/[\u0000-\u001f\u007f-\u009f]/);
  });
});

describe('npm run validate', () => {
  it('prints a contact label with line breaks, and a folder name with one, as one line each', () => {
    const minimal = readFileSync(path.join(fixtures, 'sheets/valid/minimal-sheet.mdx'), 'utf8');
    const label = JSON.stringify('Contact\n::error file=README.md,line=1::vervalst\u001b[31m');
    const sheet = minimal.replace(
      'published:',
      `examples:\n  - municipality: Gent\n    text: Gent doet dit al jaren met veel vrijwilligers.\n    contacts:\n      - label: ${label}\npublished:`,
    );
    const dir = makeCatalogue({ 'contact.mdx': sheet });
    mkdirSync(path.join(dir, 'practices', 'map\n::error file=README.md,line=1::x'));
    writeFileSync(
      path.join(dir, 'practices', 'map\n::error file=README.md,line=1::x', 'los.txt'),
      'x',
    );
    for (const format of ['text', 'github']) {
      const run = spawnSync(
        'npm',
        ['run', '-s', 'validate', '--', '--no-cache', '--format', format],
        { cwd: repoRoot, env: buildEnv({ PRAKTIJKBANK_CONTENT: dir }), encoding: 'utf8' },
      );
      const lines = run.stdout.split('\n');
      expect(
        lines.some((line) => line.includes('heeft geen e-mailadres, telefoonnummer of webadres')),
      ).toBe(true);
      expect(lines.filter((line) => line.startsWith('::error file=README.md'))).toEqual([]);
      // eslint-disable-next-line no-control-regex
      expect(run.stdout).not.toMatch(/[\u001b\u009b]/);
    }
  });
});
