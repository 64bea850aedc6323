import seedrandom from 'seedrandom';

/** A source of uniform numbers in [0, 1). */
export interface RandomStream {
  next(): number;
}

/**
 * Makes named, independent sub-streams of one seed. Each name gets its own generator,
 * so adding a metric or a segment never shifts the numbers another one draws.
 */
export function createStreamFactory(seed: number | string): (name: string) => RandomStream {
  return (name) => {
    // Alea's generator reads no `this`: it is the stream's `next` itself, one call less per
    // uniform (a week's run draws a few hundred thousand).
    const generator = seedrandom.alea(`${seed}\u0000${name}`);
    return { next: generator };
  };
}
