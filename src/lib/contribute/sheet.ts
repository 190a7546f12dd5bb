/**
 * From what a contributor typed to the sheet file: form values to schema input, and a
 * validated sheet to MDX text (YAML front matter + Markdown body). Pure and browser-safe:
 * the contribution form runs this in the browser, the tests run it in Node.
 */
import { sheetText } from '../sheet/write.ts';
import type { FieldSpec } from './form-spec.ts';

/** What the form holds: text fields as strings, lists as arrays, groups as objects. */
export type FormValue = string | string[] | FormValues | FormValues[];
export interface FormValues {
  [key: string]: FormValue | undefined;
}

const isBlank = (value: unknown) => typeof value !== 'string' || value.trim() === '';

/**
 * Form values as input for the practice schema. Empty text fields are left out (so the
 * schema reports a missing required field, or uses its default), an optional group with
 * nothing filled in is left out, but a list item stays even when empty: the schema then
 * reports it, and the contributor fills it in or removes it (nothing typed is dropped,
 * and error paths keep matching the form's items).
 */
export function formToInput(
  fields: readonly FieldSpec[],
  values: FormValues,
): Record<string, unknown> {
  const input: Record<string, unknown> = {};
  for (const field of fields) {
    const value = values[field.key];
    switch (field.kind) {
      case 'text':
      case 'choice':
      case 'term':
        if (!isBlank(value)) input[field.key] = value;
        break;
      case 'number':
        // Digits become a number; anything else is passed on as typed, for the schema to report.
        if (typeof value === 'number') input[field.key] = value;
        else if (!isBlank(value))
          input[field.key] = /^\s*\d+\s*$/.test(value as string) ? Number(value) : value;
        break;
      case 'texts':
      case 'terms': {
        const items = Array.isArray(value)
          ? (value as unknown[]).map((item) => (typeof item === 'string' ? item : ''))
          : [];
        if (items.length || field.required) input[field.key] = items;
        break;
      }
      case 'group': {
        const group = formToInput(field.fields, isGroup(value) ? value : {});
        if (Object.keys(group).length || field.required) input[field.key] = group;
        break;
      }
      case 'groups': {
        const items = Array.isArray(value)
          ? (value as unknown[]).map((item) => formToInput(field.fields, isGroup(item) ? item : {}))
          : [];
        if (items.length || field.required) input[field.key] = items;
        break;
      }
    }
  }
  return input;
}

const isGroup = (value: unknown): value is FormValues =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

/** A validated sheet without what the file need not say: empty lists, absent values, defaults. */
export function compactSheet(
  fields: readonly FieldSpec[],
  data: Record<string, unknown>,
): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const field of fields) {
    const value = data[field.key];
    if (value === undefined || value === null) continue;
    if (Array.isArray(value) && value.length === 0 && !field.required) continue;
    if (field.kind === 'choice' && value === field.default) continue;
    if (field.kind === 'group' && isGroup(value))
      out[field.key] = compactSheet(field.fields, value);
    else if (field.kind === 'groups' && Array.isArray(value))
      out[field.key] = value.map((item) =>
        compactSheet(field.fields, item as Record<string, unknown>),
      );
    else out[field.key] = value;
  }
  return out;
}

/**
 * The body as MDX that shows exactly what was typed: Markdown (lists, **bold**, links)
 * keeps working, but "<", "{" and "}" are escaped so they cannot start a component or an
 * expression, and a line starting with "import"/"export" cannot become code.
 */
export function escapeBody(text: string): string {
  return text
    .replace(/\r\n?/g, '\n')
    .replace(/[<{}]/g, (c) => `\\${c}`)
    .replace(
      /^([ \t]*)(import|export)\b/gm,
      (_, space: string, word: string) => `${space}&#${word.charCodeAt(0)};${word.slice(1)}`,
    )
    .split('\n')
    .map((line) => line.trimEnd())
    .join('\n')
    .replace(/^\n+|\n+$/g, '');
}

/** The complete file: front matter in the schema's field order, then the body. */
export function sheetToMdx(
  fields: readonly FieldSpec[],
  data: Record<string, unknown>,
  body = '',
): string {
  return sheetText(compactSheet(fields, data), escapeBody(body));
}
