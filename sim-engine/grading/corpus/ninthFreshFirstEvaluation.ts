import type { FreshEvaluationRecord } from './freshFirstEvaluation';

/**
 * The ninth fresh held-out set's figures (r001–r040) from its one evaluation (2026-12-02
 * 02:13 UTC; grader frozen at commit 24e9f4b, `corpus9a` and `corpus9b` merged after it), copied
 * from `npx tsx test/bench/grading.bench.ts`. A record, not a target: the grader was not tuned on
 * this set before it (README.md). The corpus test checks the grader does no worse than this.
 */
export const NINTH_FRESH_FIRST_EVALUATION: FreshEvaluationRecord = {
  points: {
    'pm-owns': { precision: 16 / 17, recall: 16 / 16 },
    'cohort-order': { precision: 19 / 20, recall: 19 / 20 },
    thresholds: { precision: 17 / 17, recall: 17 / 17 },
    holds: { precision: 19 / 19, recall: 19 / 20 },
    'sign-off': { precision: 14 / 16, recall: 14 / 16 },
    rollback: { precision: 17 / 18, recall: 17 / 18 },
    'canary-vs-ab': { precision: 14 / 14, recall: 14 / 16 },
    'model-metrics': { precision: 9 / 10, recall: 9 / 11 },
  },
  classes: {
    strong: { min: 67, max: 95 },
    middling: { min: 13, max: 53 },
    weak: { min: 0, max: 17 },
    salad: { min: 4, max: 6 },
    negated: { min: 0, max: 27 },
    misconception: { min: 14, max: 25 },
    'off-topic': { min: 0, max: 12 },
  },
};
