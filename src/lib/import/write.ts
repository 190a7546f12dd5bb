/**
 * Additions to the vocabulary files (imported sheets are written by src/lib/sheet/write.ts).
 * Written with the `yaml` package: the same export always gives the same bytes.
 */
import { stringify } from 'yaml';
import { messages } from '../../i18n/messages.ts';
import type { VocabularyAddition } from './convert.ts';

/** The YAML to append to a vocabulary file for new terms, each with a comment saying where it came from. */
export function vocabularyAppendix(
  existing: string,
  additions: readonly VocabularyAddition[],
  fileName: string,
): string {
  const lines = additions.map(
    (a) =>
      `# ${messages.import.vocabularyComment(fileName)}\n${stringify([{ name: a.name, slug: a.slug }])}`,
  );
  const separator = existing === '' || existing.endsWith('\n') ? '' : '\n';
  return `${separator}${lines.join('')}`;
}
