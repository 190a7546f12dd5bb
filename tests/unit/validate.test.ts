import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadVocabularyContext } from '../../src/lib/catalogue/catalogue-fs.ts';
import { formatProblem } from '../../src/lib/util/problems.ts';
import { checkSheet } from '../../src/lib/sheet/check.ts';
import { makeCatalogue } from '../helpers/catalogue.ts';
import { buildEnv } from '../helpers/site.ts';
import { contentRoot, fixtures, repoRoot } from '../helpers/paths.ts';

const context = loadVocabularyContext(contentRoot);
const sheets = path.join(fixtures, 'sheets');

function check(file: string) {
  const result = checkSheet(file, readFileSync(file), {
    ...context,
    displayName: (f) => path.relative(sheets, f),
  });
  return { ...result, lines: result.problems.map(formatProblem) };
}

describe('the seed sheet', () => {
  it('is accepted and keeps every goal, partner, example and contact label', () => {
    const { data, problems } = check(path.join(sheets, 'valid/kansenpas-en-vrijetijdscheque.mdx'));
    expect(problems.filter((p) => p.severity === 'error')).toEqual([]);
    expect(data?.category).toBe('Inclusieve vrije tijd');
    expect(data?.goals).toHaveLength(3);
    expect(data?.partners.map((p) => p.name)).toEqual([
      'OCMW',
      'UiTPAS',
      'Vrijetijdsaanbieders',
      'Verenigingen waar armen het woord nemen',
      'Buurtwerk',
    ]);
    expect(data?.examples.map((e) => e.municipality)).toEqual([
      'Beersel',
      'Eeklo',
      'Halle',
      'Oostende',
    ]);
    expect(data?.examples[2]?.contacts[0]?.label).toBe('Contact projectmedewerker samenleven');
    expect(data?.examples[3]?.text).toContain('UiTPAS vind je in meer dan 65 steden en gemeenten.');
  });

  it('is the sheet shipped in content/', () => {
    expect(
      readFileSync(path.join(contentRoot, 'practices/kansenpas-en-vrijetijdscheque.mdx'), 'utf8'),
    ).toBe(readFileSync(path.join(sheets, 'valid/kansenpas-en-vrijetijdscheque.mdx'), 'utf8'));
  });

  it('warns, without failing, about contact labels that lost their address', () => {
    const { lines } = check(path.join(sheets, 'valid/kansenpas-en-vrijetijdscheque.mdx'));
    expect(lines).toContain(
      'valid/kansenpas-en-vrijetijdscheque.mdx:36:9: warning: veld "examples[0].contacts[0]" ("Contact integratieambtenaar") heeft geen e-mailadres, telefoonnummer of webadres: vul er een in zodat lezers contact kunnen opnemen',
    );
  });

  it("resolves a former municipality name to today's municipality, with a warning", () => {
    const dir = makeCatalogue();
    const file = path.join(dir, 'practices/kortessem.mdx');
    const text = readFileSync(path.join(sheets, 'valid/minimal-sheet.mdx'), 'utf8').replace(
      'published:',
      'examples:\n  - municipality: Kortessem\n    text: Een voorbeeld dat lang genoeg is om te tonen.\npublished:',
    );
    const result = checkSheet(file, Buffer.from(text), {
      ...context,
      displayName: () => 'kortessem.mdx',
    });
    expect(result.data?.examples[0]?.municipality).toBe('Hasselt');
    expect(result.problems.map(formatProblem)).toEqual([
      'kortessem.mdx:12:19: warning: veld "examples[0].municipality" (Gemeente) noemt "Kortessem", dat nu deel is van Hasselt: schrijf "Hasselt"',
    ]);
  });
});

// Malformed sheets and their exact messages: tests/unit/malformed.test.ts.

describe('npm run validate', () => {
  const validate = (args: string[], env: NodeJS.ProcessEnv = {}) =>
    spawnSync('npm', ['run', '-s', 'validate', '--', ...args], {
      cwd: repoRoot,
      encoding: 'utf8',
      env: buildEnv(env),
    });

  it('passes on the shipped content', () => {
    const run = validate([]);
    expect(run.status).toBe(0);
    expect(run.stdout).toMatch(/✓ \d+ fiches? gecontroleerd: 0 fouten/);
  });

  it('fails on a sheet with an unknown category, naming file, line and field, without a stack trace', () => {
    const run = validate([path.join(sheets, 'broken/unknown-category.mdx')]);
    expect(run.status).toBe(1);
    expect(run.stdout).toContain(
      'tests/fixtures/sheets/broken/unknown-category.mdx:4:11: veld "category" (Categorie)',
    );
    expect(run.stdout).toContain('Bedoel je "Onthaal en integratie"?');
    expect(run.stdout + run.stderr).not.toMatch(/\n\s+at .+:\d+:\d+/);
  });

  it('reports every problem of every file in one run', () => {
    const run = validate([path.join(sheets, 'broken')]);
    expect(run.status).toBe(1);
    for (const name of [
      'unknown-category',
      'missing-title',
      'invalid-date',
      'yaml-syntax',
      'unknown-municipality',
    ])
      expect(run.stdout).toContain(`broken/${name}.mdx:`);
  });

  it('checks a whole catalogue named by PRAKTIJKBANK_CONTENT, and finds two sheets with one address', () => {
    const minimal = readFileSync(path.join(sheets, 'valid/minimal-sheet.mdx'));
    const dir = makeCatalogue({ 'buddy.mdx': minimal, 'archief/buddy.mdx': minimal });
    const run = validate([], { PRAKTIJKBANK_CONTENT: dir });
    expect(run.status).toBe(1);
    expect(run.stdout).toMatch(
      /buddy\.mdx:1:1: heeft dezelfde naam "buddy" als .*practices\/archief\/buddy\.mdx/,
    );
  });

  it('refuses an unknown option instead of reading it as a path, and accepts --no-cache', () => {
    const unknown = validate(['--no-cach']);
    expect(unknown.status).toBe(2);
    expect(unknown.stderr).toContain('unknown option "--no-cach"');
    expect(unknown.stderr).toContain('--no-cache checks every sheet again');
    const fresh = validate(['--no-cache']);
    expect(fresh.status).toBe(0);
    expect(fresh.stdout).toBe(validate([]).stdout);
  });

  it('does not change the sheets it checks', () => {
    const file = path.join(sheets, 'broken/unknown-field.mdx');
    const before = readFileSync(file);
    validate([file]);
    expect(readFileSync(file).equals(before)).toBe(true);
  });
});
