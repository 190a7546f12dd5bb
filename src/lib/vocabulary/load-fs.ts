/** Reads and checks the vocabulary files under content/vocabularies/. */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { z } from 'zod';
import { vocabularyKeys, vocabularyRegistry, type VocabularyKey } from '../../schema/vocabulary.ts';
import type { Problem } from '../util/problems.ts';
import { parseFrontmatter } from '../sheet/frontmatter.ts';
import { describeIssue, zodErrorMap } from '../sheet/issues.ts';
import { messages } from '../../i18n/messages.ts';
import type { VocabularyData } from './lookup.ts';

export function loadVocabularyData(contentDir: string): {
  data: VocabularyData;
  problems: Problem[];
} {
  const problems: Problem[] = [];
  const data = {} as Record<VocabularyKey, unknown[]>;
  for (const key of vocabularyKeys) {
    const spec = vocabularyRegistry[key];
    const file = path.join(contentDir, 'vocabularies', spec.file);
    const shown = path.relative(process.cwd(), file);
    const report = (line: number, column: number, message: string) =>
      problems.push({ file: shown, line, column, message, severity: 'error' });
    let text: string;
    try {
      text = readFileSync(file, 'utf8');
    } catch {
      report(1, 1, messages.vocabulary.missing(shown));
      data[key] = [];
      continue;
    }
    // The same YAML reader as sheets, so vocabulary mistakes are located the same way.
    const parsed = parseFrontmatter(
      { yaml: text, yamlLine: 1, body: '', bodyLine: 1 },
      { maxFields: Infinity },
    );
    for (const error of parsed.errors)
      report(error.position.line, error.position.column, error.message);
    const listSchema = z.array(spec.schema as z.ZodType);
    const result = listSchema.safeParse(parsed.data ?? [], { error: zodErrorMap });
    if (!result.success) {
      for (const issue of result.error.issues) {
        const where = parsed.locate(issue.path);
        report(where.line, where.column, describeIssue(issue, parsed.data, listSchema));
      }
      data[key] = [];
      continue;
    }
    const entries = result.data as { name: string; slug?: string; formerNames?: string[] }[];
    const seen = new Map<string, number>();
    entries.forEach((entry, index) => {
      for (const name of [entry.name, entry.slug, ...(entry.formerNames ?? [])]) {
        if (!name) continue;
        const first = seen.get(name);
        if (first !== undefined && first !== index) {
          const where = parsed.locate([index]);
          report(where.line, where.column, messages.vocabulary.duplicate(name, first + 1));
        }
        seen.set(name, index);
      }
    });
    data[key] = entries;
  }
  return { data: data as unknown as VocabularyData, problems };
}
