import type { FreshEvaluationRecord } from './freshFirstEvaluation';

/**
 * The sixty-ninth fresh held-out set's figures (bw001–bw060, three authors) from its one
 * evaluation (2026-12-05 01:30 UTC; grader frozen at commit ba70205, `corpus69a`, `corpus69b` and
 * `corpus69c` merged after it), copied from `npx tsx test/bench/grading.bench.ts`. A record, not
 * a target: the grader was not tuned on this set before it (README.md). The corpus test checks
 * the grader does no worse than this.
 */
export const SIXTY_NINTH_FRESH_FIRST_EVALUATION: FreshEvaluationRecord = {
  points: {
    'pm-owns': { precision: 25 / 25, recall: 25 / 25 },
    'cohort-order': { precision: 29 / 29, recall: 29 / 30 },
    thresholds: { precision: 28 / 28, recall: 28 / 28 },
    holds: { precision: 24 / 25, recall: 24 / 30 },
    'sign-off': { precision: 13 / 14, recall: 13 / 25 },
    rollback: { precision: 25 / 25, recall: 25 / 26 },
    'canary-vs-ab': { precision: 23 / 24, recall: 23 / 23 },
    'model-metrics': { precision: 17 / 17, recall: 17 / 19 },
  },
  classes: {
    strong: { min: 51, max: 97 },
    middling: { min: 19, max: 48 },
    weak: { min: 0, max: 7 },
    salad: { min: 0, max: 24 },
    negated: { min: 0, max: 3 },
    misconception: { min: 16, max: 25 },
    'off-topic': { min: 0, max: 8 },
  },
};
