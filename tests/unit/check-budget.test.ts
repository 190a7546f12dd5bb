/**
 * Sheets that cost the checker more than their size suggests (src/lib/sheet/body-parse.ts and
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
  'setext-headings':
    /te ingewikkeld om te controleren: hij gebruikt titels .* meer dan 200 keer: splits hem op/,
  'emphasis-underscore-star':
    /te ingewikkeld om te controleren: hij gebruikt de tekens \* en _ meer dan 2000 keer/,
  'emphasis-star-space':
    /te ingewikkeld om te controleren: hij gebruikt de tekens \* en _ meer dan 2000 keer/,
  'bracket-references':
    /te ingewikkeld om te controleren: hij gebruikt het teken \[ meer dan 1000 keer/,
  'image-references':
    /te ingewikkeld om te controleren: hij gebruikt het teken \[ meer dan 1000 keer/,
  'link-openers': /te ingewikkeld om te controleren: hij gebruikt het teken \[ meer dan 1000 keer/,
  'list-items': /te ingewikkeld om te controleren: hij gebruikt lijstitems meer dan 1000 keer/,
  'footnote-references':
    /te ingewikkeld om te controleren: hij gebruikt het teken \[ meer dan 1000 keer/,
  backticks: /te ingewikkeld om te controleren: hij gebruikt het teken ` meer dan 1000 keer/,
  'block-nesting':
    /front matter is te ingewikkeld om te controleren: een regel springt \d+ tekens in/,
  'front-matter-keys':
    /front matter is te ingewikkeld om te controleren: ze heeft meer dan 2000 velden/,
  'front-matter-flow-keys':
    /front matter is te ingewikkeld om te controleren: ze heeft meer dan 2000 velden/,
  'front-matter-nesting':
    /front matter is te ingewikkeld om te controleren: ze nest lijsten of groepen meer dan 50 niveaus diep/,
  'long-list-field':
    /front matter is te ingewikkeld om te controleren: haar lijsten hebben samen meer dan 5000 items/,
  'long-line': 'accepted',
  'within-budget-setext': 'accepted',
  'within-budget-emphasis': 'accepted',
  'within-budget-brackets': 'accepted',
  'within-budget-lists': 'accepted',
  'within-budget-mixed': 'accepted',
  'within-budget-yaml':
    /veld "keywords" \(Trefwoorden\) is een lijst van 4990 items, veel meer dan een fiche kan bevatten: hou de paar die het meest tellen/,
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
      /^en nog \d+ andere problemen vanaf hier: los eerst de problemen hierboven op/,
    );
  });

  it('refuses a list longer than the schema allows with one message', () => {
    const goals = Array.from({ length: 31 }, (_, i) => `  - Doel nummer ${i + 1}`).join('\n');
    const text = `---\ntitle: Een praktijk om te testen\nsummary: Een samenvatting van minstens twintig tekens.\ncategory: Taal\ngoals:\n${goals}\ntargetGroups: [Nieuwkomers]\npolicyDomains: [Cultuur]\npublished: 2025-01-01\n---\n`;
    expect(check('te-veel-doelen', text).problems.map((p) => p.message)).toEqual([
      'veld "goals" (Doelen) heeft meer dan 30 doelen: hou de 30 die het meest tellen',
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
          'de tekst is te ingewikkeld om te controleren: de controle duurde langer dan 0,001 s',
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
      expect.stringContaining('haar lijsten hebben samen meer dan 5000 items'),
    ]);
  });
});
