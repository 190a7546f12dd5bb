/** Turns zod's issues into sentences that say which field, what is wrong and how to fix it. */
import type { z } from 'zod';
import { suggest } from '../util/suggest.ts';
import { messages } from '../../i18n/messages.ts';
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

export function describeIssue(
  issue: z.core.$ZodIssue,
  raw: unknown,
  schema: z.ZodType,
  unknownKey?: string,
): string {
  const path = issue.path as Path;
  const name = fieldName(path);
  const json = toJsonSchema(schema);
  const title = nodeAt(json, path)?.title;

  if (issue.code === 'unrecognized_keys' && unknownKey !== undefined) {
    const known = fieldsOf(nodeAt(json, path));
    return messages.fields.unknown({
      field: unknownKey,
      parent: path.length ? name : undefined,
      suggestions: suggest(unknownKey, known, 2),
      known,
    });
  }

  const value = valueAt(raw, path);
  if (issue.code === 'invalid_type') {
    if (value === undefined) return messages.fields.missing(name, title);
    if (value === null) return messages.fields.empty(name, title);
    return messages.fields.wrongKind(name, title, issue.expected, value);
  }
  // Our own messages (set in the schema, or by zodErrorMap) read as the end of a sentence starting with the field.
  return messages.fields.says(name, title, issue.message);
}

/**
 * The one zod error map: zod's built-in issues, for schemas that set no message of their own
 * (the vocabulary entries), worded as the end of a sentence that starts with the field.
 * Pass it to safeParse; a schema's own message takes precedence.
 */
export function zodErrorMap(issue: z.core.$ZodRawIssue): string {
  const f = messages.field;
  switch (issue.code) {
    case 'invalid_type':
      return issue.expected === 'string' ? f.expectedText : f.invalid;
    case 'too_small':
      if (issue.origin === 'string')
        return Number(issue.minimum) <= 1 ? f.notEmpty : f.tooShort(Number(issue.minimum));
      return f.invalid;
    case 'too_big':
      return issue.origin === 'string' ? f.tooLong(Number(issue.maximum)) : f.invalid;
    case 'invalid_value':
      return f.oneOf(issue.values.map(String));
    case 'unrecognized_keys':
      return f.unknownFields(issue.keys);
    case 'invalid_format':
      if (issue.format === 'email') return f.email;
      if (issue.format === 'url') return f.url;
      if (issue.format === 'date') return f.date;
      return f.invalidFormat;
    default:
      return f.invalid;
  }
}
