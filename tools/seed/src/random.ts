const HEX_DIGITS = '0123456789abcdef';

/** A small seeded PRNG (mulberry32): the same seed gives the same demo data on every machine. */
export class Random {
  private state: number;

  constructor(seed: number) {
    this.state = seed >>> 0;
  }

  next(): number {
    this.state = (this.state + 0x6d2b79f5) >>> 0;
    let t = this.state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  }

  int(min: number, max: number): number {
    return min + Math.floor(this.next() * (max - min + 1));
  }

  pick<T>(items: readonly T[]): T {
    return items[Math.floor(this.next() * items.length)];
  }

  /** A version-4-shaped UUID drawn from this generator: 32 hex digits, the 13th set to 4 and the 17th to 8–b. */
  uuid(): string {
    let uuid = '';
    for (let i = 0; i < 32; i += 1) {
      const drawn = Math.floor(this.next() * 16);
      const digit = i === 12 ? 4 : i === 16 ? (drawn & 0x3) | 0x8 : drawn;
      if (i === 8 || i === 12 || i === 16 || i === 20) uuid += '-';
      uuid += HEX_DIGITS[digit];
    }
    return uuid;
  }
}
