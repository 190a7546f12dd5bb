/**
 * A small seeded pseudo-random generator, so `npm run generate` gives byte-identical
 * output for the same seed on every machine (Math.random cannot be seeded).
 */

/** 32-bit FNV-1a hash of a string: turns any seed text into generator state. */
export function hashString(value: string): number {
  let hash = 0x811c9dc5;
  for (let i = 0; i < value.length; i++) {
    hash ^= value.charCodeAt(i);
    hash = Math.imul(hash, 0x01000193) >>> 0;
  }
  return hash >>> 0;
}

export class Random {
  private a: number;
  private b: number;
  private c: number;
  private d: number;

  /** sfc32, seeded from the seed text; the same seed always gives the same sequence. */
  constructor(seed: string) {
    this.a = hashString(`a:${seed}`);
    this.b = hashString(`b:${seed}`);
    this.c = hashString(`c:${seed}`);
    this.d = 1;
    for (let i = 0; i < 12; i++) this.next();
  }

  /** A float in [0, 1). */
  next(): number {
    const t = (((this.a + this.b) | 0) + this.d) | 0;
    this.d = (this.d + 1) | 0;
    this.a = this.b ^ (this.b >>> 9);
    this.b = (this.c + (this.c << 3)) | 0;
    this.c = (this.c << 21) | (this.c >>> 11);
    this.c = (this.c + t) | 0;
    return (t >>> 0) / 4294967296;
  }

  /** An integer in [min, max], both included. */
  int(min: number, max: number): number {
    return min + Math.floor(this.next() * (max - min + 1));
  }

  chance(probability: number): boolean {
    return this.next() < probability;
  }

  pick<T>(items: readonly T[]): T {
    if (!items.length) throw new Error('cannot pick from an empty list');
    return items[Math.floor(this.next() * items.length)]!;
  }

  /** `count` different items, in random order. */
  sample<T>(items: readonly T[], count: number): T[] {
    return this.shuffle(items).slice(0, Math.min(count, items.length));
  }

  shuffle<T>(items: readonly T[]): T[] {
    const copy = [...items];
    for (let i = copy.length - 1; i > 0; i--) {
      const j = Math.floor(this.next() * (i + 1));
      [copy[i], copy[j]] = [copy[j]!, copy[i]!];
    }
    return copy;
  }
}

/**
 * Picks items with given weights (a skewed distribution, as in a real catalogue where some
 * categories and the big cities are far more common). Precomputes the cumulative sums.
 */
export class Weighted<T> {
  readonly items: readonly T[];
  private readonly cumulative: number[];

  constructor(entries: readonly (readonly [T, number])[]) {
    this.items = entries.map(([item]) => item);
    let total = 0;
    this.cumulative = entries.map(([, weight]) => (total += weight));
    if (!(total > 0)) throw new Error('weights must add up to more than zero');
  }

  pick(random: Random): T {
    const target = random.next() * this.cumulative.at(-1)!;
    let low = 0;
    let high = this.cumulative.length - 1;
    while (low < high) {
      const mid = (low + high) >> 1;
      if (this.cumulative[mid]! > target) high = mid;
      else low = mid + 1;
    }
    return this.items[low]!;
  }

  /** `count` different items, each drawn by weight. */
  pickDistinct(random: Random, count: number): T[] {
    const chosen: T[] = [];
    const wanted = Math.min(count, this.items.length);
    for (let tries = 0; chosen.length < wanted && tries < wanted * 50; tries++) {
      const item = this.pick(random);
      if (!chosen.includes(item)) chosen.push(item);
    }
    return chosen;
  }
}

/** Zipf-like weights: the item at rank r (0-based) weighs 1 / (r + 1)^exponent. */
export function zipf<T>(items: readonly T[], exponent = 1): [T, number][] {
  return items.map((item, rank) => [item, 1 / Math.pow(rank + 1, exponent)]);
}
