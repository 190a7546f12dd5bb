/**
 * "Related sheets" for every sheet at once, in time that grows linearly with the catalogue.
 *
 * The rule (unchanged): a sheet's related sheets are the others with the highest score,
 * where sharing the category counts 3, each shared policy domain 2 and each shared target
 * group 1; a score of 0 never counts; ties go to the sheet that comes first in title order.
 *
 * Comparing every sheet with every other sheet costs n² (minutes for 10,000 sheets).
 * Instead, every combination of a sheet's labels (category, domains, target groups) is
 * indexed with the sheets carrying all of them, in title order. For one sheet, the
 * combinations of its own labels are visited from the highest weight down: a sheet first
 * met in the list of a combination of weight w scores exactly w (had it shared more, it
 * would have been met at that heavier combination already), so the first sheets met, level
 * by level, are the best ones, and the search stops as soon as enough are found.
 */

export interface Labelled {
  category: string;
  policyDomains: readonly string[];
  targetGroups: readonly string[];
}

const weights = { category: 3, policyDomains: 2, targetGroups: 1 } as const;

function labelsOf(item: Labelled): { keys: string[]; weights: number[] } {
  const labels = new Map<string, number>();
  labels.set(`c\u0000${item.category}`, weights.category);
  for (const domain of item.policyDomains) labels.set(`d\u0000${domain}`, weights.policyDomains);
  for (const group of item.targetGroups) labels.set(`t\u0000${group}`, weights.targetGroups);
  const keys = [...labels.keys()].sort();
  return { keys, weights: keys.map((key) => labels.get(key)!) };
}

/** Every non-empty combination of the labels, as an index key, with its weight. */
function combinations(labels: {
  keys: string[];
  weights: number[];
}): { key: string; weight: number }[] {
  const result: { key: string; weight: number }[] = [];
  const count = labels.keys.length;
  for (let mask = 1; mask < 1 << count; mask++) {
    const parts: string[] = [];
    let weight = 0;
    for (let i = 0; i < count; i++)
      if (mask & (1 << i)) {
        parts.push(labels.keys[i]!);
        weight += labels.weights[i]!;
      }
    result.push({ key: parts.join('\u0001'), weight });
  }
  return result;
}

/**
 * For each item (given in title order, so an index is a rank), the indexes of its `max`
 * related items, best first.
 */
export function relatedInTitleOrder(items: readonly Labelled[], max = 3): number[][] {
  const combos = items.map((item) => combinations(labelsOf(item)));
  const index = new Map<string, number[]>();
  combos.forEach((list, rank) => {
    for (const { key } of list) {
      const holders = index.get(key);
      if (holders) holders.push(rank);
      else index.set(key, [rank]);
    }
  });

  return combos.map((list, self) => {
    const levels = [...list].sort((a, b) => b.weight - a.weight);
    const found: number[] = [];
    const taken = new Set<number>([self]);
    for (let start = 0; start < levels.length && found.length < max;) {
      const weight = levels[start]!.weight;
      const need = max - found.length;
      const level: number[] = [];
      let end = start;
      for (; end < levels.length && levels[end]!.weight === weight; end++) {
        let added = 0;
        for (const rank of index.get(levels[end]!.key)!) {
          if (added === need) break;
          if (taken.has(rank)) continue;
          level.push(rank);
          added++;
        }
      }
      for (const rank of [...new Set(level)].sort((a, b) => a - b).slice(0, need)) {
        found.push(rank);
        taken.add(rank);
      }
      start = end;
    }
    return found;
  });
}
