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
import { fold } from '../text.ts';

/** Words that say nothing about which practice a title names. */
const smallWords = new Set(['de', 'het', 'een', 'en', 'van', 'voor', 'in', 'met', 'op', 'aan', 'te', 'bij', 'door', 'naar', 'om', 'tot', 'of', 'uit', 'over', 'als', 'die', 'dat', 'der', 'des', 'je', 'jouw', 'onze', 'hun']);

/** Jaccard similarity of the trigram sets from which two titles count as near-duplicates. */
export const similarTitles = 0.7;
/** Or: this share of the shorter title's trigrams is in the longer one ("Wooncoach" in "Wooncoach voor huurders")... */
export const containedTitle = 0.9;
/** ...provided the shorter one has at least this many trigrams (so "Taalcafé" is not in every "Taalcafé ..."). */
const minContained = 12;

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
  const sets = titles.map((title) => trigrams(titleKey(title)));
  // Rarest trigrams first: the prefixes then hold the trigrams that narrow the search most.
  const frequency = new Map<string, number>();
  for (const set of sets) for (const gram of set) frequency.set(gram, (frequency.get(gram) ?? 0) + 1);
  const rank = new Map([...frequency.keys()].sort((x, y) => frequency.get(x)! - frequency.get(y)! || (x < y ? -1 : 1)).map((gram, i) => [gram, i]));
  for (const set of sets) set.sort((x, y) => rank.get(x)! - rank.get(y)!);

  const postings = new Map<string, number[]>();
  sets.forEach((set, index) => {
    for (const gram of set) {
      const list = postings.get(gram);
      if (list) list.push(index);
      else postings.set(gram, [index]);
    }
  });

  const pairs = new Map<number, SimilarPair>();
  const seen = new Set<number>();
  const members = sets.map((set) => new Set(set));
  sets.forEach((set, a) => {
    if (!set.length) return;
    // If J(A,B) >= t then |A∩B| >= t·|A|, and if A is the shorter and c of it is in B, |A∩B| >= c·|A|:
    // either way B holds one of A's |A| - ceil(t·|A|) + 1 rarest trigrams.
    const prefix = set.length - Math.ceil(similarTitles * set.length) + 1;
    seen.clear();
    for (const gram of set.slice(0, prefix)) {
      for (const b of postings.get(gram)!) {
        if (b === a || seen.has(b)) continue;
        seen.add(b);
        const [small, large] = set.length <= sets[b]!.length ? [a, b] : [b, a];
        let shared = 0;
        for (const g of sets[small]!) if (members[large]!.has(g)) shared++;
        const union = sets[a]!.length + sets[b]!.length - shared;
        const similarity = shared / union;
        const contained = sets[small]!.length >= minContained && shared / sets[small]!.length >= containedTitle;
        // A pair can be found from both ends: keep it once, under its lower index.
        if (similarity >= similarTitles || contained) pairs.set(a < b ? a * sets.length + b : b * sets.length + a, { a: Math.min(a, b), b: Math.max(a, b), similarity });
      }
    }
  });
  return [...pairs.values()].sort((x, y) => y.similarity - x.similarity || x.a - y.a || x.b - y.b);
}
