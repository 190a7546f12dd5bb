/**
 * A sheet as text: the one writer of front matter for the form, the importer and the
 * generator, so every sheet that Praktijkbank writes looks the same. Written with the
 * `yaml` package, keys in the order given: the same data always gives the same bytes.
 * Pure and browser-safe.
 */
import { Document, Scalar, isScalar, visit } from 'yaml';
import { slugify } from '../util/text.ts';

/** Keys whose long values read better as a block of text than as one long line. */
const blockKeys = new Set(['summary', 'text']);

/** The complete file: front matter, then the body (already Markdown, escaped where needed). */
export function sheetText(data: Record<string, unknown>, body = ''): string {
  const doc = new Document(data, { aliasDuplicateObjects: false });
  visit(doc, {
    Pair(_, pair) {
      if (!isScalar(pair.key) || !isScalar(pair.value) || typeof pair.value.value !== 'string')
        return;
      if (!blockKeys.has(String(pair.key.value))) return;
      const value = pair.value.value;
      if (value.includes('\n')) pair.value.type = Scalar.BLOCK_LITERAL;
      else if (value.length > 80) pair.value.type = Scalar.BLOCK_FOLDED;
    },
  });
  const yaml = doc.toString({ lineWidth: 100, minContentWidth: 20 });
  return `---\n${yaml}---\n${body ? `\n${body}\n` : ''}`;
}

export const maxSlugLength = 80;

/**
 * The file name (and page address) for a title: "Buddy's voor nieuwkomers" becomes
 * "buddys-voor-nieuwkomers"; a long one is cut at a hyphen.
 */
export function slugForTitle(title: string, max = maxSlugLength): string {
  const slug = slugify(title);
  if (!slug) return 'nieuwe-praktijk';
  if (slug.length <= max) return slug;
  const cut = slug.slice(0, max + 1);
  const hyphen = cut.lastIndexOf('-');
  return (hyphen > 20 ? cut.slice(0, hyphen) : cut.slice(0, max)).replace(/-+$/, '');
}
