import { sampleMultinomial } from '../random/multinomial';
import type { Sampler } from '../random/samplers';
import type { TailHistogram } from './latencyHistogram';

/*
 * Drawing a latency histogram bucket by bucket costs one binomial per 2 % bucket the
 * requests reach (about 54 per arm and interval, a third of a week's run). The requests are
 * drawn instead over groups of DRAWN_GROUP neighbouring buckets (≈ 12 % wide), an exact
 * multinomial, and each group's count is then shared among its buckets in proportion to their
 * probabilities: the expected bucket counts given the group's count (a Rao–Blackwell step),
 * not a further draw.
 *
 * What this keeps and what it changes:
 * - every count below, between and above groups is drawn exactly, so the number of requests
 *   under any group edge has its exact distribution;
 * - inside a group the shape is the arm's true latency shape at 2 % resolution (its own mix of
 *   segments and load), so a quantile read there carries no more interpolation bias than
 *   with every bucket drawn: each bucket's expected count is unchanged;
 * - the count under a point inside a group no longer varies with the split inside the group,
 *   so a quantile read varies a little less than the sample quantile would (at most
 *   π(1 − π)·P(group) of its variance, π the point's share of its group: ≤ 15 % at p99,
 *   ≤ 12 % at p95 for a log-spread of 0.5). The gates' variance q(1 − q)/(n f²) is that of the
 *   sample quantile, so they err slightly on the cautious side.
 */

/** 2 % buckets per drawn group: 2^(6/36) ≈ 12 % wide. */
export const DRAWN_GROUP = 6;

/** An arm's tail probabilities grouped for drawing (see `groupTail`). */
export interface GroupedTail {
  /** Probability of each group of DRAWN_GROUP buckets. */
  readonly groups: Float64Array;
  /** Each bucket's share of its group's probability (0 in a group of probability 0). */
  readonly shareInGroup: Float64Array;
  /**
   * Group counts of the last draw, rewritten at every draw: kept with the arm's mix (so by the
   * run), not by the module, so two runs at once never share them.
   */
  readonly groupCounts: Float64Array;
}

export function emptyGroupedTail(tailBuckets: number): GroupedTail {
  const groups = Math.ceil(tailBuckets / DRAWN_GROUP);
  return {
    groups: new Float64Array(groups),
    shareInGroup: new Float64Array(tailBuckets),
    groupCounts: new Float64Array(groups),
  };
}

/** Fills `into` from the tail bucket probabilities `tail` (once per change of the mix). */
export function groupTail(tail: Float64Array, into: GroupedTail): void {
  const { groups, shareInGroup } = into;
  for (let group = 0; group < groups.length; group++) {
    const from = group * DRAWN_GROUP;
    const to = Math.min(tail.length, from + DRAWN_GROUP);
    let probability = 0;
    for (let bucket = from; bucket < to; bucket++) probability += tail[bucket] ?? 0;
    groups[group] = probability;
    for (let bucket = from; bucket < to; bucket++) {
      shareInGroup[bucket] = probability > 0 ? (tail[bucket] ?? 0) / probability : 0;
    }
  }
}

/**
 * Draws `requests` requests into `into` (cleared): Binomial(requests, below) faster than the
 * tail, the rest an exact multinomial over the groups, each group's count shared among its
 * buckets by their probabilities.
 */
export function drawLatency(
  sampler: Sampler,
  requests: number,
  below: number,
  tail: GroupedTail,
  into: TailHistogram,
): void {
  into.count = requests;
  into.below = sampler.binomial(requests, Math.min(1, below));
  const { groups, shareInGroup, groupCounts } = tail;
  const groupTop = sampleMultinomial(
    sampler.uniform,
    requests - into.below,
    groups,
    1 - below,
    groupCounts,
  );
  const { buckets } = into;
  let top = 0;
  for (let group = 0; group < groupTop; group++) {
    const count = groupCounts[group] ?? 0;
    if (count <= 0) continue;
    const from = group * DRAWN_GROUP;
    const to = Math.min(buckets.length, from + DRAWN_GROUP);
    let last = -1;
    for (let bucket = from; bucket < to; bucket++) {
      const share = shareInGroup[bucket] ?? 0;
      if (share > 0) {
        buckets[bucket] = count * share;
        last = bucket;
      }
    }
    // Rounding can hand a group of probability 0 the last few trials (the multinomial's last
    // category takes what is left): they go to its last bucket.
    if (last < 0) {
      last = to - 1;
      buckets[last] = count;
    }
    top = last + 1;
  }
  into.top = top;
}
