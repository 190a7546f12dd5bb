/** Sheet corpora (malicious, malformed): each fixture checked against its exact expected messages. */
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { expect, it } from 'vitest';
import { loadVocabularyContext } from '../../src/lib/catalogue/catalogue-fs.ts';
import { formatProblem } from '../../src/lib/util/problems.ts';
import { checkSheet } from '../../src/lib/sheet/check.ts';
import { fieldsOf, toJsonSchema } from '../../src/schema/json-schema.ts';
import { contentRoot } from './paths.ts';

export const context = loadVocabularyContext(contentRoot);

/** "title, summary, ...": the top-level fields, as "unknown field" messages list them. */
export const topFields = fieldsOf(toJsonSchema(context.schema)).join(', ');

/** Checks one sheet; its problems as "line:column: message" (without the file name). */
export function checkLines(file: string, bytes: Uint8Array = readFileSync(file), render = false) {
  const result = checkSheet(file, bytes, { ...context, render, displayName: () => '' });
  return { ...result, lines: result.problems.map((p) => formatProblem(p).replace(/^:/, '')) };
}

/** One test that the folder's .mdx files and the table match, and one per file that it gets exactly its messages and is refused. */
export function corpusTests(
  dir: string,
  expected: Record<string, string[]>,
  minimum: number,
  verb: string,
) {
  it(`has an expected message for every fixture, and at least ${minimum} of them`, () => {
    const names = readdirSync(dir)
      .filter((f) => f.endsWith('.mdx'))
      .map((f) => f.replace(/\.mdx$/, ''));
    expect(names.sort()).toEqual(Object.keys(expected).sort());
    expect(names.length).toBeGreaterThanOrEqual(minimum);
  });

  for (const [name, messages] of Object.entries(expected)) {
    it(`${name} ${verb}`, () => {
      const result = checkLines(path.join(dir, `${name}.mdx`), undefined, true);
      expect(result.lines).toEqual(messages);
      expect(result.data).toBeUndefined();
      expect(result.rendered).toBeUndefined();
    });
  }
}
