import { describe, expect, it } from 'vitest';
import { Random } from '../../scripts/lib/generate/random.ts';
import { relatedInTitleOrder, type Labelled } from '../../src/lib/site/related.ts';

/** The rule as first written: score every other sheet, sort by score, then title order. */
function naive(items: readonly Labelled[], max = 3): number[][] {
  const overlap = (a: readonly string[], b: readonly string[]) =>
    a.filter((x) => b.includes(x)).length;
  return items.map((item, self) =>
    items
      .map((other, rank) => ({
        rank,
        score:
          (other.category === item.category ? 3 : 0) +
          2 * overlap(other.policyDomains, item.policyDomains) +
          overlap(other.targetGroups, item.targetGroups),
      }))
      .filter(({ rank, score }) => rank !== self && score > 0)
      .sort((a, b) => b.score - a.score || a.rank - b.rank)
      .slice(0, max)
      .map(({ rank }) => rank),
  );
}

function randomItems(seed: string, count: number, labels: number): Labelled[] {
  const random = new Random(seed);
  const names = (prefix: string, n: number) => Array.from({ length: n }, (_, i) => `${prefix}${i}`);
  const categories = names('c', Math.max(2, labels / 2));
  const domains = names('d', labels);
  const groups = names('t', labels);
  return Array.from({ length: count }, () => ({
    category: random.pick(categories),
    policyDomains: random.sample(domains, random.int(1, 4)),
    targetGroups: random.sample(groups, random.int(1, 3)),
  }));
}

describe('related sheets', () => {
  it('are the same as scoring every pair, for many random catalogues', () => {
    for (const [count, labels] of [
      [1, 4],
      [2, 4],
      [5, 4],
      [40, 3],
      [300, 6],
      [600, 12],
      [400, 30],
    ] as const) {
      for (const seed of ['a', 'b', 'c']) {
        const items = randomItems(`${seed}${count}`, count, labels);
        expect(
          relatedInTitleOrder(items),
          `${count} items, ${labels} labels, seed ${seed}`,
        ).toEqual(naive(items));
      }
    }
  });

  it('honours another maximum and leaves out sheets that share nothing', () => {
    const items: Labelled[] = [
      { category: 'A', policyDomains: ['x'], targetGroups: ['p'] },
      { category: 'B', policyDomains: ['y'], targetGroups: ['q'] },
      { category: 'A', policyDomains: ['y'], targetGroups: ['q'] },
      { category: 'C', policyDomains: ['x'], targetGroups: ['q'] },
    ];
    expect(relatedInTitleOrder(items, 5)).toEqual(naive(items, 5));
    expect(relatedInTitleOrder(items)[0]).toEqual([2, 3]);
    expect(relatedInTitleOrder(items, 1)).toEqual([[2], [2], [0], [0]]);
  });
});
