import { BUCKET_COUNT, tailProbabilities, type LatencyShape } from './latencyHistogram';

/**
 * Each segment's own latency tail probabilities, kept until its latency shape changes. A
 * mix of segments is linear in their weights, so when only the weights move (segments in
 * other time zones wax and wane over the day) the arm's tail is a weighted sum of cached
 * vectors, not a fresh evaluation of every bucket's CDF. Bit-identical to evaluating the
 * mix directly: each term is the same product, added in the same order.
 */
export class SegmentTails {
  private readonly shapes: (LatencyShape | null)[];
  private readonly below: Float64Array;
  private readonly tails: Float64Array[];
  private readonly one = new Float64Array([1]);

  constructor(
    segmentCount: number,
    private readonly tailStart: number,
  ) {
    this.shapes = new Array<LatencyShape | null>(segmentCount).fill(null);
    this.below = new Float64Array(segmentCount);
    this.tails = Array.from(
      { length: segmentCount },
      () => new Float64Array(BUCKET_COUNT - tailStart),
    );
  }

  /** Fills `into` with the weighted tail of the shapes and returns the share below it. */
  mix(shapes: readonly LatencyShape[], weights: ArrayLike<number>, into: Float64Array): number {
    into.fill(0);
    let below = 0;
    for (let s = 0; s < shapes.length; s++) {
      const weight = weights[s] ?? 0;
      const shape = shapes[s];
      const tail = this.tails[s];
      if (weight <= 0 || !shape || !tail) continue;
      if (this.shapes[s] !== shape) {
        this.below[s] = tailProbabilities([shape], this.one, this.tailStart, tail);
        this.shapes[s] = shape;
      }
      below += weight * (this.below[s] ?? 0);
      for (let bucket = 0; bucket < tail.length; bucket++)
        into[bucket] = (into[bucket] ?? 0) + weight * (tail[bucket] ?? 0);
    }
    return below;
  }
}
