import type { FreshEvaluationRecord } from './freshFirstEvaluation';

/**
 * The ninety-eighth fresh held-out set's figures (cz001–cz060, three authors) from its one
 * evaluation (2026-12-06 08:27 UTC; grader frozen at commit 9c2d508, `corpus98a`, `corpus98b` and
 * `corpus98c` merged after it), copied from `npx tsx test/bench/grading.bench.ts`. A record, not a
 * target: the grader was not tuned on this set before it (README.md). The corpus test checks the
 * grader does no worse than this.
 */
export const NINETY_EIGHTH_FRESH_FIRST_EVALUATION: FreshEvaluationRecord = {
  points: {
    'pm-owns': { precision: 24 / 27, recall: 24 / 27 },
    'cohort-order': { precision: 29 / 30, recall: 29 / 31 },
    thresholds: { precision: 28 / 29, recall: 28 / 28 },
    holds: { precision: 28 / 28, recall: 28 / 31 },
    'sign-off': { precision: 24 / 25, recall: 24 / 24 },
    rollback: { precision: 20 / 23, recall: 20 / 27 },
    'canary-vs-ab': { precision: 20 / 21, recall: 20 / 23 },
    'model-metrics': { precision: 17 / 17, recall: 17 / 18 },
  },
  classes: {
    strong: { min: 31, max: 95 },
    middling: { min: 8, max: 40 },
    weak: { min: 0, max: 6 },
    salad: { min: 0, max: 31 },
    negated: { min: 0, max: 16 },
    misconception: { min: 13, max: 63 },
    'off-topic': { min: 0, max: 1 },
  },
};
