/**
 * Sheets that cost the checker more than their size suggests (src/lib/sheet/body.ts and
 * frontmatter.ts budgets, the time budget of src/lib/catalogue/check-parallel-fs.ts): each is
 * refused with one message naming what to change, or accepted, and nothing crashes. How long
 * they take is measured by `npm run bench` (docs/benchmarks.md), not here.
 */
import { writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadCatalogue, loadVocabularyContext } from '../../src/lib/catalogue/catalogue-fs.ts';
import { checkInParallel } from '../../src/lib/catalogue/check-parallel-fs.ts';
import { checkSheet, maxProblemsPerFile } from '../../src/lib/sheet/check.ts';
import { formatProblem } from '../../src/lib/util/problems.ts';
import { stressCorpus } from '../../scripts/lib/bench/stress-corpus.ts';
import { makeCatalogue } from '../helpers/catalogue.ts';
import { contentRoot } from '../helpers/paths.ts';

const context = loadVocabularyContext(contentRoot);
const check = (name: string, text: string) =>
  checkSheet(`/tmp/${name}.mdx`, new TextEncoder().encode(text), { ...context, render: true });

/** What each case of the stress corpus must come to. */
const verdicts: Record<string, RegExp | 'accepted'> = {
  'setext-headings': /too complex to check: it uses headings .* more than 200 times/,
  'emphasis-underscore-star':
    /too complex to check: it uses the characters \* and _ more than 2000 times/,
  'emphasis-star-space':
    /too complex to check: it uses the characters \* and _ more than 2000 times/,
  'bracket-references': /too complex to check: it uses the character \[ more than 1000 times/,
  'image-references': /too complex to check: it uses the character \[ more than 1000 times/,
  'link-openers': /too complex to check: it uses the character \[ more than 1000 times/,
  'list-items': /too complex to check: it uses list items more than 1000 times/,
  'footnote-references': /too complex to check: it uses the character \[ more than 1000 times/,
  backticks: /too complex to check: it uses the character ` more than 1000 times/,
  'block-nesting': /front matter is too complex to check: a line is indented/,
  'front-matter-keys': /front matter is too complex to check: it has more than 2000 fields/,
  'front-matter-flow-keys': /front matter is too complex to check: it has more than 2000 fields/,
  'front-matter-nesting':
    /front matter is too complex to check: it nests lists or groups more than 50 levels deep/,
  'long-list-field':
    /front matter is too complex to check: its lists have more than 5000 items together/,
  'long-line': 'accepted',
  'within-budget-setext': 'accepted',
  'within-budget-emphasis': 'accepted',
  'within-budget-brackets': 'accepted',
  'within-budget-lists': 'accepted',
  'within-budget-mixed': 'accepted',
  'within-budget-yaml': /field "keywords" is a list of 4990 items, far more than a sheet can hold/,
};

describe('the stress corpus', () => {
  const corpus = stressCorpus();

  it('has a verdict for every case', () => {
    expect(corpus.map((c) => c.name).sort()).toEqual(Object.keys(verdicts).sort());
  });

  for (const { name, text } of corpus) {
    it(`${name}: ${verdicts[name] === 'accepted' ? 'is accepted' : 'is refused with one message'}`, () => {
      const result = check(name, text);
      const verdict = verdicts[name]!;
      if (verdict === 'accepted') {
        expect(result.problems.map(formatProblem)).toEqual([]);
        expect(result.data).toBeDefined();
      } else {
        expect(result.problems).toHaveLength(1);
        expect(result.problems[0]!.message).toMatch(verdict);
        expect(result.data).toBeUndefined();
      }
    });
  }
});

describe('limits that keep a bad sheet readable', () => {
  it('lists at most 50 problems of one file, then says how many more there are', () => {
    const unknown = Array.from({ length: 80 }, (_, i) => `onbekend${i}: x`).join('\n');
    const text = `---\ntitle: Een praktijk om te testen\nsummary: Een samenvatting van minstens twintig tekens.\ncategory: Taal\ngoals: [Een doel]\ntargetGroups: [Nieuwkomers]\npolicyDomains: [Cultuur]\npublished: 2025-01-01\n${unknown}\n---\n`;
    const result = check('veel-fouten', text);
    expect(result.problems).toHaveLength(maxProblemsPerFile + 1);
    expect(result.problems.at(-1)!.message).toMatch(
      /^and \d+ other problems from here on: fix the ones above first/,
    );
  });

  it('refuses a list longer than the schema allows with one message', () => {
    const goals = Array.from({ length: 31 }, (_, i) => `  - Doel nummer ${i + 1}`).join('\n');
    const text = `---\ntitle: Een praktijk om te testen\nsummary: Een samenvatting van minstens twintig tekens.\ncategory: Taal\ngoals:\n${goals}\ntargetGroups: [Nieuwkomers]\npolicyDomains: [Cultuur]\npublished: 2025-01-01\n---\n`;
    expect(check('te-veel-doelen', text).problems.map((p) => p.message)).toEqual([
      'field "goals" (Doelen) has more than 30 goals: keep the 30 that matter most',
    ]);
  });

  it(
    'stops a worker that spends longer than the budget on one sheet and refuses that sheet by name',
    { timeout: 180_000 },
    async () => {
      const dir = makeCatalogue({
        'traag.mdx': stressCorpus().find((c) => c.name === 'within-budget-mixed')!.text,
      });
      const files = [path.join(dir, 'practices/traag.mdx')];
      // With a budget of 1 ms the sheet is too slow: it is refused with a message, nothing crashes.
      const [stopped] = await checkInParallel(dir, files, context, { budgetMs: 1, workers: 1 });
      expect(stopped).toMatchObject({
        file: expect.stringContaining('traag.mdx'),
        severity: 'error',
        message: expect.stringContaining(
          'the text is too complex to check: checking it took longer than 0.001 s',
        ),
      });
      const [relaxed] = await checkInParallel(dir, files, context, { workers: 1 });
      expect(relaxed && 'slug' in relaxed ? relaxed.problems : relaxed).toEqual([]);
    },
  );

  it('validate reports a 130,000-item list in a sheet and exits normally, without a stack trace', () => {
    const dir = makeCatalogue();
    writeFileSync(
      path.join(dir, 'practices/lijst.mdx'),
      stressCorpus().find((c) => c.name === 'long-list-field')!.text,
    );
    const catalogue = loadCatalogue(dir);
    expect(catalogue.problems.map((p) => p.message)).toEqual([
      expect.stringContaining('its lists have more than 5000 items together'),
    ]);
  });
});
