/** Turns zod's issues into sentences that say which field, what is wrong and how to fix it. */
import type { z } from 'zod';
import { suggest } from '../util/suggest.ts';
import { orList } from '../util/text.ts';
import { fieldsOf, nodeAt, toJsonSchema } from '../../schema/json-schema.ts';
import type { Path } from './frontmatter.ts';

/** "examples[2].contacts[0].email" */
export function fieldName(path: Path): string {
  return path
    .map((key, index) =>
      typeof key === 'number' ? `[${key}]` : `${index ? '.' : ''}${String(key)}`,
    )
    .join('');
}

/** The value at a path in what was parsed (undefined where there is none). */
export function valueAt(raw: unknown, path: Path): unknown {
  let value = raw;
  for (const key of path) {
    if (value === null || typeof value !== 'object') return undefined;
    value = (value as Record<PropertyKey, unknown>)[key];
  }
  return value;
}

const kindNames: Record<string, string> = {
  string: 'text',
  number: 'a number',
  boolean: 'true or false',
  array: 'a list (lines starting with "- ")',
  object: 'a group of fields',
  date: 'a date',
};

function kindOf(value: unknown): string {
  if (value === null) return 'an empty value';
  if (Array.isArray(value)) return 'a list';
  if (typeof value === 'object') return 'a group of fields';
  if (typeof value === 'string') return 'text';
  if (typeof value === 'number') return `the number ${value}`;
  if (typeof value === 'boolean') return `${value}`;
  return typeof value;
}

export function describeIssue(
  issue: z.core.$ZodIssue,
  raw: unknown,
  schema: z.ZodType,
  unknownKey?: string,
): string {
  const path = issue.path as Path;
  const name = fieldName(path);
  const json = toJsonSchema(schema);
  const label = (p: Path) => {
    const title = nodeAt(json, p)?.title;
    return title ? ` (${title})` : '';
  };

  if (issue.code === 'unrecognized_keys' && unknownKey !== undefined) {
    const known = fieldsOf(nodeAt(json, path));
    const close = suggest(unknownKey, known, 2);
    const where = path.length ? ` in "${name}"` : '';
    return `unknown field "${unknownKey}"${where}.${close.length ? ` Did you mean ${orList(close.map((k) => `"${k}"`))}?` : ''} Known fields: ${known.join(', ')}`;
  }

  const value = valueAt(raw, path);
  if (issue.code === 'invalid_type') {
    if (value === undefined)
      return `missing required field "${name}"${label(path)}: add it to the front matter`;
    if (value === null)
      return `field "${name}"${label(path)} is empty: fill it in or remove the line`;
    const expected = kindNames[issue.expected] ?? issue.expected;
    return `field "${name}"${label(path)} must be ${expected}, not ${kindOf(value)}`;
  }
  // Our own messages (set in the schema) read as the end of a sentence starting with the field.
  return `field "${name}"${label(path)} ${issue.message}`;
}
