/**
 * Titles so alike that two sheets may describe one practice ("Buddyproject voor
 * nieuwkomers" and "Buddy-project voor nieuwkomers"). Titles are compared as sets of letter
 * trigrams after folding case and accents and dropping small Dutch words, so spelling
 * variants, hyphens and word order count little.
 *
 * Comparing every title with every other is quadratic (50 million pairs at 10,000 sheets);
 * prefix filtering finds the same pairs from a few of each title's rarest trigrams: two
 * titles that share at least a fraction of their trigrams must share one of those.
 */
import { fold } from '../util/text.ts';

/** Words that say nothing about which practice a title names. */
const smallWords = new Set([
  'de',
  'het',
  'een',
  'en',
  'van',
  'voor',
  'in',
  'met',
  'op',
  'aan',
  'te',
  'bij',
  'door',
  'naar',
  'om',
  'tot',
  'of',
  'uit',
  'over',
  'als',
  'die',
  'dat',
  'der',
  'des',
  'je',
  'jouw',
  'onze',
  'hun',
]);

/** Jaccard similarity of the trigram sets from which two titles count as near-duplicates. */
export const similarTitles = 0.7;
/** Or: this share of the shorter title's trigrams is in the longer one ("Wooncoach" in "Wooncoach voor huurders")... */
export const containedTitle = 0.9;
/** ...provided the shorter one has at least this many trigrams (so "Taalcafé" is not in every "Taalcafé ...")... */
const minContained = 12;
/** ...and the longer one is at most this many times as long (a title inside a paragraph-long one is no duplicate). */
const maxContainedRatio = 3;

/** The letters that matter in a title: "Buddy-project voor nieuwkomers!" → "buddyprojectnieuwkomers". */
export function titleKey(title: string): string {
  return fold(title)
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .split(' ')
    .filter((word) => word && !smallWords.has(word))
    .join('');
}

function trigrams(key: string): string[] {
  if (key.length < 3) return key ? [key] : [];
  const set = new Set<string>();
  for (let i = 0; i + 3 <= key.length; i++) set.add(key.slice(i, i + 3));
  return [...set];
}

export interface SimilarPair {
  /** Indexes into the titles given, a < b. */
  a: number;
  b: number;
  /** Jaccard similarity of their trigram sets (1: the same letters). */
  similarity: number;
}

/** Pairs of near-duplicate titles, by index, each pair once, most similar first. */
export function nearDuplicateTitles(titles: readonly string[]): SimilarPair[] {
  // Titles with the same letters are duplicates outright: compare each distinct key once.
  const keys = titles.map(titleKey);
  const byKey = new Map<string, number[]>();
  keys.forEach((key, index) => {
    const list = byKey.get(key);
    if (list) list.push(index);
    else byKey.set(key, [index]);
  });
  const distinct = [...byKey.keys()];
  const grams = distinct.map(trigrams);
  // Rarest trigrams first: the prefixes then hold the trigrams that narrow the search most.
  const frequency = new Map<string, number>();
  for (const set of grams)
    for (const gram of set) frequency.set(gram, (frequency.get(gram) ?? 0) + 1);
  const rank = new Map(
    [...frequency.keys()]
      .sort((x, y) => frequency.get(x)! - frequency.get(y)! || (x < y ? -1 : 1))
      .map((gram, i) => [gram, i]),
  );
  // Each title as its trigrams' ranks, ascending: prefixes are the rarest, and two titles intersect in one merge.
  const sets = grams.map((set) => Int32Array.from(set, (gram) => rank.get(gram)!).sort());

  const postings: number[][] = Array.from({ length: rank.size }, () => []);
  sets.forEach((set, index) => {
    for (const gram of set) postings[gram]!.push(index);
  });

  const similar = new Map<number, { a: number; b: number; similarity: number }>();
  const lastSeen = new Int32Array(sets.length).fill(-1);
  sets.forEach((set, a) => {
    if (!set.length) return;
    // If J(A,B) >= t then |A∩B| >= t·|A|, and if A is the shorter and c of it is in B, |A∩B| >= c·|A|:
    // either way B holds one of A's |A| - ceil(t·|A|) + 1 rarest trigrams.
    const prefix = set.length - Math.ceil(similarTitles * set.length) + 1;
    const size = set.length;
    for (let p = 0; p < prefix; p++) {
      for (const b of postings[set[p]!]!) {
        // A pair may be found from both ends (the shorter title always finds a longer one that
        // contains it; the longer need not find the shorter): it is kept once.
        if (b === a || lastSeen[b] === a) continue;
        lastSeen[b] = a;
        const other = sets[b]!;
        const [lo, hi] = size <= other.length ? [size, other.length] : [other.length, size];
        const mayBeSimilar = lo >= similarTitles * hi;
        const mayBeContained = lo >= minContained && hi <= maxContainedRatio * lo;
        if (!mayBeSimilar && !mayBeContained) continue;
        const key = Math.min(a, b) * sets.length + Math.max(a, b);
        if (similar.has(key)) continue;
        let shared = 0;
        for (let i = 0, j = 0; i < size && j < other.length;) {
          if (set[i]! === other[j]!) {
            shared++;
            i++;
            j++;
          } else if (set[i]! < other[j]!) i++;
          else j++;
        }
        const similarity = shared / (size + other.length - shared);
        if (similarity >= similarTitles || (mayBeContained && shared / lo >= containedTitle))
          similar.set(key, { a: Math.min(a, b), b: Math.max(a, b), similarity });
      }
    }
  });

  const pairs: SimilarPair[] = [];
  for (const group of byKey.values())
    for (let i = 0; i < group.length; i++)
      for (let j = i + 1; j < group.length; j++)
        pairs.push({ a: group[i]!, b: group[j]!, similarity: 1 });
  for (const { a, b, similarity } of similar.values())
    for (const x of byKey.get(distinct[a]!)!)
      for (const y of byKey.get(distinct[b]!)!)
        pairs.push({ a: Math.min(x, y), b: Math.max(x, y), similarity });
  return pairs.sort((x, y) => y.similarity - x.similarity || x.a - y.a || x.b - y.b);
}
