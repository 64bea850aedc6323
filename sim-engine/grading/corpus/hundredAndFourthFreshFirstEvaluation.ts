import type { FreshEvaluationRecord } from './freshFirstEvaluation';

/**
 * The hundred-and-fourth fresh held-out set's figures (df001–df060, three authors) from its one
 * evaluation (2026-12-06; grader frozen at commit fa3ed046, `corpus104a`, `corpus104b` and
 * `corpus104c` merged after it), copied from `npx tsx test/bench/grading.bench.ts`. A record, not
 * a target: the grader was not tuned on this set before it (README.md). The corpus test checks
 * the grader does no worse than this.
 */
export const HUNDRED_AND_FOURTH_FRESH_FIRST_EVALUATION: FreshEvaluationRecord = {
  points: {
    'pm-owns': { precision: 26 / 26, recall: 26 / 27 },
    'cohort-order': { precision: 30 / 31, recall: 30 / 31 },
    thresholds: { precision: 26 / 27, recall: 26 / 26 },
    holds: { precision: 27 / 27, recall: 27 / 30 },
    'sign-off': { precision: 25 / 25, recall: 25 / 26 },
    rollback: { precision: 23 / 23, recall: 23 / 27 },
    'canary-vs-ab': { precision: 22 / 25, recall: 22 / 22 },
    'model-metrics': { precision: 14 / 16, recall: 14 / 17 },
  },
  classes: {
    strong: { min: 68, max: 98 },
    middling: { min: 18, max: 47 },
    weak: { min: 0, max: 6 },
    salad: { min: 2, max: 18 },
    negated: { min: 0, max: 36 },
    misconception: { min: 13, max: 21 },
    'off-topic': { min: 0, max: 8 },
  },
};
