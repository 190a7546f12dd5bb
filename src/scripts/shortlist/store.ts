/**
 * The reader's comparison list: sheet slugs kept in localStorage, and the compare page's
 * address (/vergelijk/?p=a&p=b). Runs in the browser; pure apart from the storage calls.
 */

/** How many sheets fit side by side on the compare page (and on an A4 page). */
export const maxCompared = 4;
export const storageKey = 'praktijkbank:vergelijk';
/** The compare page's URL parameter, repeated once per sheet. */
export const compareParam = 'p';

const slugPattern = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

/** Slugs from untrusted text (storage, an address): well-formed, each once, in order. */
export function cleanSlugs(values: readonly unknown[]): string[] {
  const slugs: string[] = [];
  for (const value of values)
    if (typeof value === 'string' && slugPattern.test(value) && !slugs.includes(value))
      slugs.push(value);
  return slugs;
}

/** The list kept in this browser; empty when there is none or storage is unavailable. */
export function readShortlist(): string[] {
  try {
    const parsed: unknown = JSON.parse(localStorage.getItem(storageKey) ?? '[]');
    return Array.isArray(parsed) ? cleanSlugs(parsed).slice(0, maxCompared) : [];
  } catch {
    return [];
  }
}

export function writeShortlist(slugs: readonly string[]): boolean {
  try {
    if (slugs.length)
      localStorage.setItem(storageKey, JSON.stringify(cleanSlugs(slugs).slice(0, maxCompared)));
    else localStorage.removeItem(storageKey);
    return true;
  } catch {
    return false;
  }
}

/** Whether this browser lets the page keep a list (not in some private modes, or with storage blocked). */
export function storageWorks(): boolean {
  try {
    localStorage.setItem(`${storageKey}:test`, '1');
    localStorage.removeItem(`${storageKey}:test`);
    return true;
  } catch {
    return false;
  }
}

/** "?p=a&p=b" for a list ("" when empty). */
export function compareQuery(slugs: readonly string[]): string {
  const params = new URLSearchParams();
  for (const slug of slugs) params.append(compareParam, slug);
  const text = params.toString();
  return text ? `?${text}` : '';
}

/** The sheets an address asks to compare, well-formed and each once (not yet cut to maxCompared). */
export function slugsFromQuery(query: string | URLSearchParams): string[] {
  const params = typeof query === 'string' ? new URLSearchParams(query) : query;
  return cleanSlugs(params.getAll(compareParam).map((value) => value.trim()));
}
