import type { FreshEvaluationRecord } from './freshFirstEvaluation';

/**
 * The seventy-third fresh held-out set's figures (ca001–ca060, three authors) from its one
 * evaluation (2026-12-05 08:18 UTC; grader frozen at commit 9ed223b, `corpus73a`, `corpus73b` and
 * `corpus73c` merged after it), copied from `npx tsx test/bench/grading.bench.ts`. A record, not a
 * target: the grader was not tuned on this set before it (README.md). The corpus test checks the
 * grader does no worse than this.
 */
export const SEVENTY_THIRD_FRESH_FIRST_EVALUATION: FreshEvaluationRecord = {
  points: {
    'pm-owns': { precision: 26 / 29, recall: 26 / 26 },
    'cohort-order': { precision: 30 / 31, recall: 30 / 30 },
    thresholds: { precision: 25 / 25, recall: 25 / 25 },
    holds: { precision: 29 / 30, recall: 29 / 30 },
    'sign-off': { precision: 13 / 13, recall: 13 / 26 },
    rollback: { precision: 28 / 28, recall: 28 / 28 },
    'canary-vs-ab': { precision: 24 / 24, recall: 24 / 24 },
    'model-metrics': { precision: 17 / 17, recall: 17 / 17 },
  },
  classes: {
    strong: { min: 67, max: 95 },
    middling: { min: 18, max: 74 },
    weak: { min: 0, max: 7 },
    salad: { min: 0, max: 3 },
    negated: { min: 0, max: 3 },
    misconception: { min: 18, max: 47 },
    'off-topic': { min: 0, max: 19 },
  },
};
