/**
 * Text of an imported sheet, and additions to the vocabulary files. Written with the `yaml`
 * package, keys in a fixed order: the same export always gives the same bytes.
 */
import { Document, Scalar, isScalar, stringify, visit } from 'yaml';
import type { VocabularyAddition } from './convert.ts';

/** Long texts (summary, an example's text) as block scalars; everything else as the yaml package writes it. */
export function sheetText(data: Record<string, unknown>, body: string): string {
  const doc = new Document(data, { aliasDuplicateObjects: false });
  visit(doc, {
    Pair(_, pair) {
      if (!isScalar(pair.key) || !isScalar(pair.value) || typeof pair.value.value !== 'string') return;
      if (pair.key.value !== 'summary' && pair.key.value !== 'text') return;
      const value = pair.value.value;
      if (value.includes('\n')) pair.value.type = Scalar.BLOCK_LITERAL;
      else if (value.length > 80) pair.value.type = Scalar.BLOCK_FOLDED;
    },
  });
  const yaml = doc.toString({ lineWidth: 100, minContentWidth: 20 });
  return `---\n${yaml}---\n${body ? `\n${body}\n` : ''}`;
}

/** The YAML to append to a vocabulary file for new terms, each with a comment saying where it came from. */
export function vocabularyAppendix(existing: string, additions: readonly VocabularyAddition[], fileName: string): string {
  const lines = additions.map(
    (a) => `# Added by \`npm run import\` from ${fileName}: check the name and add a description.\n${stringify([{ name: a.name, slug: a.slug }])}`,
  );
  const separator = existing === '' || existing.endsWith('\n') ? '' : '\n';
  return `${separator}${lines.join('')}`;
}
