/**
 * The fourth red team's scores (w001–w020) at its one evaluation (2026-12-02 08:08 UTC; grader
 * frozen at 29dad6e, `redteam4` merged after it), copied from the per-answer grades behind
 * `npx tsx test/bench/grading.bench.ts`. A record, not a target: w001–w012 are answers that use
 * every point's words without committing to a plan, w013–w020 committed controls. Seven of the
 * twelve tricks missed their class's target and one control scored under 75 (README.md of the
 * corpus). The probe test holds the grader to no trick scoring higher and no control lower.
 */
export const FOURTH_RED_TEAM_FIRST_SCORES: Readonly<Record<string, number>> = {
  w001: 32,
  w002: 0,
  w003: 35,
  w004: 62,
  w005: 65,
  w006: 0,
  w007: 23,
  w008: 21,
  w009: 23,
  w010: 86,
  w011: 58,
  w012: 62,
  w013: 74,
  w014: 94,
  w015: 89,
  w016: 95,
  w017: 98,
  w018: 84,
  w019: 95,
  w020: 81,
};
