/** Lower case without diacritics, for comparisons that should not care about "é" versus "e". */
export function fold(value: string): string {
  return value
    .normalize('NFD')
    .replace(/\p{Diacritic}/gu, '')
    .toLowerCase()
    .trim();
}

/** Page-address form of a name: "Nazareth-De Pinte" becomes "nazareth-de-pinte". */
export function slugify(value: string): string {
  return fold(value)
    .replace(/['’]/g, '')
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
}

/** Dutch (Belgian) collation, so "Ê" sorts with "E" and case does not matter. */
export const collator = new Intl.Collator('nl-BE', { sensitivity: 'base', numeric: true });

const escapes: Record<string, string> = { '\n': '\\n', '\r': '\\r', '\t': '\\t' };

/**
 * Control characters, line and paragraph separators and bidirectional controls, written as
 * escapes (\n, \u001b): a value from a contributor's file then shows as one line of plain
 * text, and cannot move the cursor, recolour a terminal or forge a CI annotation.
 */
export function escapeControls(value: string): string {
  return value.replace(
    // eslint-disable-next-line no-control-regex
    /[\u0000-\u001f\u007f-\u009f\u061c\u200e\u200f\u2028\u2029\u202a-\u202e\u2066-\u2069]/g,
    (c) => escapes[c] ?? `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`,
  );
}

/** A quoted value for messages, shortened so a pasted paragraph does not flood the terminal. */
export function quote(value: unknown, max = 60): string {
  const text = escapeControls(
    typeof value === 'string' ? value : (JSON.stringify(value) ?? String(value)),
  );
  const short = text.length > max ? `${text.slice(0, max - 1)}…` : text;
  return `"${short}"`;
}

/** A file path inside a message, quoted and escaped like any other value, never shortened. */
export const quotePath = (file: string) => `"${escapeControls(file)}"`;

/** "a", "a or b", "a, b or c": for suggestions in messages. */
export function orList(items: readonly string[]): string {
  if (items.length <= 1) return items.join('');
  return `${items.slice(0, -1).join(', ')} or ${items.at(-1)}`;
}
