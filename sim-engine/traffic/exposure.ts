import type { CohortOrder } from '../domain/plan';
import type { Segment } from '../domain/scenario';

/**
 * Segment indexes in the order the plan exposes them: each cohort entry names a segment id
 * or a kind (every segment of that kind, in scenario order); segments the plan leaves out
 * come last, since reaching 100 % exposes them anyway.
 */
export function exposureOrder(segments: readonly Segment[], cohorts: readonly string[]): number[] {
  const order: number[] = [];
  const taken = new Set<number>();
  const take = (index: number) => {
    if (!taken.has(index)) {
      taken.add(index);
      order.push(index);
    }
  };
  for (const entry of cohorts) {
    const byId = segments.findIndex((segment) => segment.id === entry);
    if (byId >= 0) take(byId);
    else segments.forEach((segment, index) => segment.kind === entry && take(index));
  }
  segments.forEach((_, index) => take(index));
  return order;
}

/**
 * The share of each segment's traffic on the new version when `percent` of all traffic is:
 * segments fill in cohort order (the last one partly), or an even slice for "random".
 */
export function segmentExposure(
  segments: readonly Segment[],
  cohorts: CohortOrder,
  percent: number,
): Float64Array {
  const exposure = new Float64Array(segments.length);
  const target = Math.min(1, Math.max(0, percent / 100));
  if (cohorts === 'random') return exposure.fill(target);
  let remaining = target;
  for (const index of exposureOrder(segments, cohorts)) {
    const share = segments[index]?.share ?? 0;
    if (remaining <= 0 || share <= 0) continue;
    const taken = Math.min(share, remaining);
    exposure[index] = taken / share;
    remaining -= taken;
  }
  // Shares sum to 1 up to rounding; never leave a sliver unexposed at 100 %.
  if (target >= 1) exposure.fill(1);
  return exposure;
}
