import { BUCKET_COUNT, tailProbabilities, type LatencyShape } from './latencyHistogram';

/** Shapes kept per segment: the day's load steps (metrics/loadLatency.ts) and a regression's. */
const SHAPES_KEPT = 24;

interface KeptTail {
  readonly below: number;
  readonly tail: Float64Array;
}

/**
 * Each segment's own latency tail probabilities, kept per latency shape (by identity). A
 * mix of segments is linear in their weights, so when only the weights move (segments in
 * other time zones wax and wane over the day) the arm's tail is a weighted sum of cached
 * vectors, not a fresh evaluation of every bucket's CDF; when the load moves latency a
 * bucket up or down and back, the shapes seen before are reused. Bit-identical to
 * evaluating the mix directly: each term is the same product, added in the same order.
 */
export class SegmentTails {
  private readonly kept: Map<LatencyShape, KeptTail>[];
  private readonly one = new Float64Array([1]);

  constructor(
    segmentCount: number,
    private readonly tailStart: number,
  ) {
    this.kept = Array.from({ length: segmentCount }, () => new Map<LatencyShape, KeptTail>());
  }

  /** Fills `into` with the weighted tail of the shapes and returns the share below it. */
  mix(shapes: readonly LatencyShape[], weights: ArrayLike<number>, into: Float64Array): number {
    into.fill(0);
    let below = 0;
    for (let s = 0; s < shapes.length; s++) {
      const weight = weights[s] ?? 0;
      const shape = shapes[s];
      if (weight <= 0 || !shape) continue;
      const kept = this.tailOf(s, shape);
      below += weight * kept.below;
      const tail = kept.tail;
      for (let bucket = 0; bucket < tail.length; bucket++)
        into[bucket] = (into[bucket] ?? 0) + weight * (tail[bucket] ?? 0);
    }
    return below;
  }

  private tailOf(segment: number, shape: LatencyShape): KeptTail {
    const kept = this.kept[segment] ?? new Map<LatencyShape, KeptTail>();
    const found = kept.get(shape);
    if (found) return found;
    const tail = new Float64Array(BUCKET_COUNT - this.tailStart);
    const fresh = { below: tailProbabilities([shape], this.one, this.tailStart, tail), tail };
    // A growing regression makes a new shape every interval: keep the latest few only.
    if (kept.size >= SHAPES_KEPT) {
      const oldest = kept.keys().next().value;
      if (oldest) kept.delete(oldest);
    }
    kept.set(shape, fresh);
    this.kept[segment] = kept;
    return fresh;
  }
}
