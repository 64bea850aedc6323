/**
 * The third red team's scores (v001–v020) at its one evaluation (2026-12-02 05:25 UTC; grader
 * frozen at a1b15d4, `redteam3` merged after it), copied from the per-answer grades behind
 * `npx tsx test/bench/grading.bench.ts`. A record, not a target: v001–v012 are answers that use
 * every point's words without committing to a plan, v013–v020 committed controls. Seven of the
 * twelve tricks missed their class's target and three controls scored under 75 (README.md of
 * the corpus). The probe test holds the grader to no trick scoring higher and no control lower.
 */
export const THIRD_RED_TEAM_FIRST_SCORES: Readonly<Record<string, number>> = {
  v001: 69,
  v002: 23,
  v003: 0,
  v004: 88,
  v005: 0,
  v006: 0,
  v007: 49,
  v008: 88,
  v009: 72,
  v010: 70,
  v011: 87,
  v012: 16,
  v013: 94,
  v014: 91,
  v015: 42,
  v016: 97,
  v017: 95,
  v018: 72,
  v019: 63,
  v020: 86,
};
