import { distance } from 'fastest-levenshtein';
import { fold } from './text.ts';

/**
 * The known values closest to a misspelt one, best first. Folding first means
 * "beersel" and "Béersel" rank as exact matches of "Beersel".
 */
export function suggest(input: string, known: readonly string[], max = 3): string[] {
  const wanted = fold(input);
  if (!wanted) return [];
  const limit = Math.max(2, Math.floor(wanted.length / 3));
  return known
    .map((candidate) => {
      const folded = fold(candidate);
      let score = distance(wanted, folded);
      // A name typed in part ("Pinte" for "Nazareth-De Pinte") is a good hint too.
      if (wanted.length >= 4 && folded.includes(wanted)) score = Math.min(score, 1);
      return { candidate, score };
    })
    .filter(({ score }) => score <= limit)
    .sort((a, b) => a.score - b.score || a.candidate.localeCompare(b.candidate, 'nl'))
    .slice(0, max)
    .map(({ candidate }) => candidate);
}
