import type { FreshEvaluationRecord } from './freshFirstEvaluation';

/**
 * The twenty-ninth fresh held-out set's figures (ai001–ai060, three authors) from its one
 * evaluation (2026-12-03 03:32 UTC; grader frozen at commit b3b3c74, `corpus29a`, `corpus29b` and
 * `corpus29c` merged after it), copied from `npx tsx test/bench/grading.bench.ts`. A record,
 * not a target: the grader was not tuned on this set before it (README.md). The corpus test
 * checks the grader does no worse than this.
 */
export const TWENTY_NINTH_FRESH_FIRST_EVALUATION: FreshEvaluationRecord = {
  points: {
    'pm-owns': { precision: 25 / 27, recall: 25 / 27 },
    'cohort-order': { precision: 27 / 29, recall: 27 / 27 },
    thresholds: { precision: 27 / 29, recall: 27 / 27 },
    holds: { precision: 25 / 26, recall: 25 / 28 },
    'sign-off': { precision: 24 / 28, recall: 24 / 27 },
    rollback: { precision: 29 / 31, recall: 29 / 30 },
    'canary-vs-ab': { precision: 23 / 23, recall: 23 / 24 },
    'model-metrics': { precision: 15 / 18, recall: 15 / 15 },
  },
  classes: {
    strong: { min: 58, max: 98 },
    middling: { min: 25, max: 61 },
    weak: { min: 0, max: 21 },
    salad: { min: 4, max: 34 },
    negated: { min: 0, max: 22 },
    misconception: { min: 17, max: 52 },
    'off-topic': { min: 0, max: 7 },
  },
};
