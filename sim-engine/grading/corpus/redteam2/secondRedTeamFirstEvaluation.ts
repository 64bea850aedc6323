/**
 * The second red team's scores (t001–t020) at its one evaluation (2026-12-02 04:59 UTC; grader
 * frozen at 7a35daa, `redteam2` merged after it), copied from the per-answer grades behind
 * `npx tsx test/bench/grading.bench.ts`. A record, not a target: t001–t012 are answers that use
 * every point's words without committing to a plan, t013–t020 committed controls. Ten of the
 * twelve tricks scored over 30 here (README.md of the corpus): the grader's reading of commitment
 * was written on tricks it had seen and did not reach these. The probe test holds the grader to
 * no trick scoring higher and no control lower than this.
 */
export const SECOND_RED_TEAM_FIRST_SCORES: Readonly<Record<string, number>> = {
  t001: 79,
  t002: 84,
  t003: 84,
  t004: 20,
  t005: 0,
  t006: 68,
  t007: 88,
  t008: 77,
  t009: 69,
  t010: 66,
  t011: 74,
  t012: 88,
  t013: 83,
  t014: 92,
  t015: 94,
  t016: 89,
  t017: 89,
  t018: 95,
  t019: 92,
  t020: 95,
};
