import type { FreshEvaluationRecord } from './freshFirstEvaluation';

/**
 * The twelfth fresh held-out set's figures (y001–y040) from its one evaluation (2026-12-02
 * 08:40 UTC; grader frozen at commit c37f5c9, `corpus12a` and `corpus12b` merged after it),
 * copied from `npx tsx test/bench/grading.bench.ts`. A record, not a target: the grader was not
 * tuned on this set before it (README.md). The corpus test checks the grader does no worse than
 * this.
 */
export const TWELFTH_FRESH_FIRST_EVALUATION: FreshEvaluationRecord = {
  points: {
    'pm-owns': { precision: 16 / 16, recall: 16 / 18 },
    'cohort-order': { precision: 19 / 22, recall: 19 / 19 },
    thresholds: { precision: 16 / 16, recall: 16 / 16 },
    holds: { precision: 16 / 17, recall: 16 / 16 },
    'sign-off': { precision: 15 / 15, recall: 15 / 16 },
    rollback: { precision: 17 / 18, recall: 17 / 17 },
    'canary-vs-ab': { precision: 15 / 15, recall: 15 / 16 },
    'model-metrics': { precision: 9 / 9, recall: 9 / 10 },
  },
  classes: {
    strong: { min: 39, max: 97 },
    middling: { min: 17, max: 54 },
    weak: { min: 7, max: 12 },
    salad: { min: 4, max: 10 },
    negated: { min: 3, max: 7 },
    misconception: { min: 12, max: 22 },
    'off-topic': { min: 0, max: 14 },
  },
};
