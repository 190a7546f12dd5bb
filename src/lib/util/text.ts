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

/** A quoted value for messages, shortened so a pasted paragraph does not flood the terminal. */
export function quote(value: unknown, max = 60): string {
  const text = typeof value === 'string' ? value : JSON.stringify(value);
  const short = text.length > max ? `${text.slice(0, max - 1)}…` : text;
  return `"${short}"`;
}

/** "a", "a or b", "a, b or c": for suggestions in messages. */
export function orList(items: readonly string[]): string {
  if (items.length <= 1) return items.join('');
  return `${items.slice(0, -1).join(', ')} or ${items.at(-1)}`;
}
