/**
 * The fifth red team's scores (z001–z020) at its one evaluation (2026-12-02 08:40 UTC; grader
 * frozen at c37f5c9, `redteam5` merged after it), copied from the per-answer grades behind
 * `npx tsx test/bench/grading.bench.ts`. A record, not a target: z001–z012 are answers that use
 * every point's words without committing to a plan, z013–z020 committed controls. Ten of the
 * twelve tricks missed their class's target; every control scored 75 or more (README.md of the
 * corpus). The probe test holds the grader to no trick scoring higher and no control lower.
 */
export const FIFTH_RED_TEAM_FIRST_SCORES: Readonly<Record<string, number>> = {
  z001: 93,
  z002: 68,
  z003: 16,
  z004: 92,
  z005: 49,
  z006: 78,
  z007: 93,
  z008: 39,
  z009: 81,
  z010: 86,
  z011: 87,
  z012: 0,
  z013: 91,
  z014: 98,
  z015: 85,
  z016: 79,
  z017: 95,
  z018: 95,
  z019: 88,
  z020: 95,
};
