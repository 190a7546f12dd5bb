/**
 * Small sheets that are costly to check: text whose parsing time grows faster than its
 * length, and front matter that is costly to read. Each must be refused (or accepted) within
 * about a second, with one message. The safety tests check every case; `npm run bench`
 * times them and reports the worst in docs/benchmarks.md.
 */

const frontMatter = (fields: string) =>
  `---\ntitle: Een praktijk om te testen\nsummary: Een samenvatting van minstens twintig tekens lang.\ncategory: Taal\n${fields}targetGroups: [Nieuwkomers]\npolicyDomains: [Cultuur]\npublished: 2025-01-01\n---\n`;

const sheet = (body: string, fields = 'goals: [Een doel]\n') => `${frontMatter(fields)}\n${body}\n`;

export interface StressCase {
  name: string;
  /** What the case attacks, for the report. */
  what: string;
  text: string;
}

export function stressCorpus(): StressCase[] {
  const keys = Array.from({ length: 40_000 }, (_, i) => `${i.toString(36)}: `).join('\n');
  const deepYaml = `${'['.repeat(10_000)}${']'.repeat(10_000)}`;
  return [
    {
      name: 'setext-headings',
      what: '8,192 one-letter setext headings (a, then =)',
      text: sheet('a\n=\n'.repeat(8192)),
    },
    {
      name: 'emphasis-underscore-star',
      what: '"_a*" repeated (32 KB)',
      text: sheet('_a*'.repeat(10_923)),
    },
    {
      name: 'emphasis-star-space',
      what: '"a* " repeated (36 KB)',
      text: sheet('a* '.repeat(12_000)),
    },
    {
      name: 'bracket-references',
      what: '"[a]" repeated (45 KB)',
      text: sheet('[a]'.repeat(15_000)),
    },
    {
      name: 'image-references',
      what: '"![a]" repeated (48 KB)',
      text: sheet('![a]'.repeat(12_000)),
    },
    {
      name: 'link-openers',
      what: '"[a](b " repeated (48 KB)',
      text: sheet('[a](b '.repeat(8_000)),
    },
    { name: 'list-items', what: '64,000 list items', text: sheet('- a\n'.repeat(64_000)) },
    {
      name: 'footnote-references',
      what: '51,000 footnote references',
      text: sheet(`${'[^1]'.repeat(51_000)}\n\n[^1]: x`),
    },
    { name: 'backticks', what: '"`a" repeated (64 KB)', text: sheet('`a'.repeat(32_000)) },
    {
      name: 'block-nesting',
      what: 'front matter indented 500 levels deep',
      text: sheet(
        'Tekst.',
        `goals:\n${Array.from({ length: 500 }, (_, i) => `${' '.repeat(i)}- `).join('\n')}a\n`,
      ),
    },
    {
      name: 'front-matter-keys',
      what: '40,000 distinct unknown front-matter fields',
      text: `---\n${keys}\n---\n`,
    },
    {
      name: 'front-matter-flow-keys',
      what: '30,000 fields in one {…} mapping',
      text: `---\nextra: {${Array.from({ length: 30_000 }, (_, i) => `${i.toString(36)}: `).join(',')}}\n---\n`,
    },
    {
      name: 'front-matter-nesting',
      what: 'a list nested 10,000 levels deep',
      text: sheet('Tekst.', `goals: ${deepYaml}\n`),
    },
    {
      name: 'long-list-field',
      what: 'goals with 130,000 items',
      text: sheet('Tekst.', `goals: [${Array(130_000).fill('a').join(',')}]\n`),
    },
    {
      name: 'long-line',
      what: 'one line of 200 KB without spaces',
      text: sheet('x'.repeat(200_000)),
    },
    // Just within the budgets: what a hostile sheet can still make the parser do.
    {
      name: 'within-budget-setext',
      what: '200 setext headings',
      text: sheet('a\n=\n'.repeat(200)),
    },
    {
      name: 'within-budget-emphasis',
      what: '"_a*" repeated 1,000 times',
      text: sheet('_a*'.repeat(1000)),
    },
    {
      name: 'within-budget-brackets',
      what: '"![a]" repeated 1,000 times',
      text: sheet('![a]'.repeat(1000)),
    },
    {
      name: 'within-budget-lists',
      what: '1,000 list items nested in 19 levels of quotes',
      text: sheet(`${'> '.repeat(19)}- a\n`.repeat(1000)),
    },
    {
      name: 'within-budget-mixed',
      what: 'every budget used to its limit in one text',
      text: sheet(
        `${'a\n=\n'.repeat(190)}${'_a*'.repeat(990)}${'[a]'.repeat(990)}\n\n${'`a'.repeat(990)}\n\n${'- a\n'.repeat(990)}`,
      ),
    },
    {
      name: 'within-budget-yaml',
      what: '5,000 list items in the front matter',
      text: sheet('Tekst.', `keywords: [${Array(4990).fill('ab').join(',')}]\n`),
    },
  ];
}
