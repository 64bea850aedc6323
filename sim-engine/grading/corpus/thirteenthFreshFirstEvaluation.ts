import type { FreshEvaluationRecord } from './freshFirstEvaluation';

/**
 * The thirteenth fresh held-out set's figures (e001–e060, three authors) from its one evaluation
 * (2026-12-02 11:16 UTC; grader frozen at commit 1d1d7f3, `corpus13a`, `corpus13b` and
 * `corpus13c` merged after it), copied from `npx tsx test/bench/grading.bench.ts`. A record, not
 * a target: the grader was not tuned on this set before it (README.md). The corpus test checks
 * the grader does no worse than this.
 */
export const THIRTEENTH_FRESH_FIRST_EVALUATION: FreshEvaluationRecord = {
  points: {
    'pm-owns': { precision: 22 / 24, recall: 22 / 24 },
    'cohort-order': { precision: 29 / 31, recall: 29 / 29 },
    thresholds: { precision: 26 / 26, recall: 26 / 27 },
    holds: { precision: 26 / 27, recall: 26 / 27 },
    'sign-off': { precision: 22 / 22, recall: 22 / 23 },
    rollback: { precision: 25 / 26, recall: 25 / 25 },
    'canary-vs-ab': { precision: 23 / 23, recall: 23 / 24 },
    'model-metrics': { precision: 13 / 14, recall: 13 / 15 },
  },
  classes: {
    strong: { min: 68, max: 97 },
    middling: { min: 17, max: 62 },
    weak: { min: 0, max: 13 },
    salad: { min: 3, max: 12 },
    negated: { min: 0, max: 43 },
    misconception: { min: 7, max: 30 },
    'off-topic': { min: 0, max: 12 },
  },
};
