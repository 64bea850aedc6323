import { createStreamFactory, type RandomStream } from '../random/stream';

/**
 * Seeded choices for the generator. Each part of a scenario (product, segments, regression,
 * prose) draws from its own named stream, so changing how one part is drawn never shifts
 * another part of the same seed.
 */
export interface Draw {
  /** A number in [low, high). */
  between(low: number, high: number): number;
  /** A whole number from low to high inclusive. */
  whole(low: number, high: number): number;
  /** True with probability p. */
  chance(p: number): boolean;
  pick<T>(items: readonly T[]): T;
  /** Up to `count` distinct items, in a random order. */
  some<T>(items: readonly T[], count: number): T[];
}

function drawFrom(stream: RandomStream): Draw {
  const draw: Draw = {
    between: (low, high) => low + (high - low) * stream.next(),
    whole: (low, high) => low + Math.floor(stream.next() * (high - low + 1)),
    chance: (p) => stream.next() < p,
    pick: <T>(items: readonly T[]): T => {
      const item = items[Math.floor(stream.next() * items.length)];
      if (item === undefined) throw new RangeError('the generator picked from an empty list');
      return item;
    },
    some: <T>(items: readonly T[], count: number): T[] => {
      const pool = [...items];
      for (let i = pool.length - 1; i > 0; i--) {
        const j = Math.floor(stream.next() * (i + 1));
        [pool[i], pool[j]] = [pool[j]!, pool[i]!];
      }
      return pool.slice(0, count);
    },
  };
  return draw;
}

/** One named, independent draw per part of the scenario, all from the generator seed. */
export function drawsFor(seed: number, level: string): (part: string) => Draw {
  const streams = createStreamFactory(`generator\u0000${level}\u0000${seed}`);
  return (part) => drawFrom(streams(part));
}

/** Rounds to a number of decimals, so the brief and the scenario carry the same figure. */
export function rounded(value: number, decimals: number): number {
  const factor = 10 ** decimals;
  return Math.round(value * factor) / factor;
}
