/**
 * A sheet file back into the contribution form ("Open een fiche"): an editor who received a
 * sheet by e-mail opens it in the form, sees the same check as validate and the preview, and
 * sends it on. The inverse of sheetToMdx (sheet.ts): front matter to form values, the body
 * with the form's escapes undone, so opening and saving a form-made sheet changes nothing.
 */
import { decodeSheet, parseFrontmatter, splitSheet } from '../sheet/frontmatter.ts';
import type { FormValues } from './sheet.ts';

export type OpenedSheet =
  | {
      ok: true;
      values: FormValues;
      body: string;
      /** The body uses components or expressions the form's text field would turn into plain text. */
      hasComponents: boolean;
    }
  | { ok: false; line: number; message: string };

/** Undoes escapeBody: "\<", "\{", "\}" and a line-leading "&#105;mport" or "&#101;xport". */
export function unescapeBody(text: string): string {
  return text
    .replace(/\\([<{}])/g, '$1')
    .replace(
      /^([ \t]*)&#(105|101);(mport|xport)\b/gm,
      (_, space: string, code: string, rest: string) =>
        `${space}${String.fromCharCode(Number(code))}${rest}`,
    );
}

export function openSheet(bytes: Uint8Array): OpenedSheet {
  const decoded = decodeSheet(bytes);
  if (!decoded.ok) return { ok: false, line: decoded.position.line, message: decoded.message };
  const split = splitSheet(decoded.value);
  if (!split.ok) return { ok: false, line: split.position.line, message: split.message };
  const frontmatter = parseFrontmatter(split.value);
  const error = frontmatter.errors[0];
  if (error) return { ok: false, line: error.position.line, message: error.message };
  const data = frontmatter.data;
  const body = split.value.body.replace(/^\n+|\n+$/g, '');
  return {
    ok: true,
    // Not a group of fields: the form opens empty, and its check says what is wrong.
    values: data && typeof data === 'object' && !Array.isArray(data) ? (data as FormValues) : {},
    body: unescapeBody(body),
    // An unescaped "<" or "{" is markup the form would show as text once saved again.
    hasComponents: /(^|[^\\])[<{]/.test(body),
  };
}
