// A seeded generator (mulberry32): the same seed gives the same corpus on every machine.

export class Random {
  private state: number;

  constructor(seed: number) {
    this.state = seed >>> 0 || 0x9e3779b9;
  }

  /** Uniform in [0, 1). */
  next(): number {
    this.state = (this.state + 0x6d2b79f5) >>> 0;
    let t = this.state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  }

  /** Integer in [min, max], inclusive. */
  int(min: number, max: number): number {
    return min + Math.floor(this.next() * (max - min + 1));
  }

  chance(probability: number): boolean {
    return this.next() < probability;
  }

  pick<T>(items: readonly T[]): T {
    return items[Math.floor(this.next() * items.length)] as T;
  }

  /** Index in [0, n) where small indexes are much likelier: a few people appear everywhere. */
  skewed(n: number, exponent = 2.2): number {
    return Math.min(n - 1, Math.floor(n * this.next() ** exponent));
  }

  /** k distinct items, each accepted only if keep(item) says so. */
  distinct<T>(k: number, draw: () => T, keep: (item: T, chosen: T[]) => boolean): T[] {
    const chosen: T[] = [];
    for (let attempts = 0; chosen.length < k && attempts < k * 50; attempts++) {
      const item = draw();
      if (!chosen.includes(item) && keep(item, chosen)) chosen.push(item);
    }
    return chosen;
  }
}
