import type { Band, Verdict } from '../domain/score';

/**
 * Band cut-offs on the 0–100 total: strong from 75 (every habit of the seed's strong answer,
 * with room for one slip), adequate from 50 (most habits), weak below.
 */
export const BAND_CUTOFFS = { strong: 75, adequate: 50 } as const;

/** Verdict cut-offs on a dimension's share of its maximum. */
export const VERDICT_CUTOFFS = { strong: 0.8, partial: 0.3 } as const;

/** The band of a total score. */
export function bandFor(total: number): Band {
  if (total >= BAND_CUTOFFS.strong) return 'strong';
  return total >= BAND_CUTOFFS.adequate ? 'adequate' : 'weak';
}

/** The verdict of a dimension that earned `fraction` of its maximum. */
export function verdictFor(fraction: number): Verdict {
  if (fraction >= VERDICT_CUTOFFS.strong) return 'strong';
  return fraction >= VERDICT_CUTOFFS.partial ? 'partial' : 'missing';
}
