import type { FreshEvaluationRecord } from './freshFirstEvaluation';

/**
 * The twenty-sixth fresh held-out set's figures (af001–af060, three authors) from its one
 * evaluation (2026-12-03 02:49 UTC; grader frozen at commit b16b32e, `corpus26a`, `corpus26b` and
 * `corpus26c` merged after it), copied from `npx tsx test/bench/grading.bench.ts`. A record,
 * not a target: the grader was not tuned on this set before it (README.md). The corpus test
 * checks the grader does no worse than this.
 */
export const TWENTY_SIXTH_FRESH_FIRST_EVALUATION: FreshEvaluationRecord = {
  points: {
    'pm-owns': { precision: 23 / 25, recall: 23 / 27 },
    'cohort-order': { precision: 25 / 25, recall: 25 / 25 },
    thresholds: { precision: 27 / 27, recall: 27 / 27 },
    holds: { precision: 28 / 29, recall: 28 / 29 },
    'sign-off': { precision: 25 / 25, recall: 25 / 27 },
    rollback: { precision: 28 / 28, recall: 28 / 29 },
    'canary-vs-ab': { precision: 22 / 23, recall: 22 / 24 },
    'model-metrics': { precision: 13 / 13, recall: 13 / 15 },
  },
  classes: {
    strong: { min: 38, max: 100 },
    middling: { min: 4, max: 56 },
    weak: { min: 0, max: 7 },
    salad: { min: 4, max: 8 },
    negated: { min: 0, max: 22 },
    misconception: { min: 14, max: 47 },
    'off-topic': { min: 0, max: 10 },
  },
};
