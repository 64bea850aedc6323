import type { FreshEvaluationRecord } from './freshFirstEvaluation';

/**
 * The eighth fresh held-out set's figures (q001–q040) from its one evaluation (2026-12-02
 * 01:37 UTC; grader frozen at commit 7299ef5, `corpus8a` and `corpus8b` merged after it), copied
 * from `npx tsx test/bench/grading.bench.ts`. A record, not a target: the grader was not tuned on
 * this set before it (README.md). The corpus test checks the grader does no worse than this.
 */
export const EIGHTH_FRESH_FIRST_EVALUATION: FreshEvaluationRecord = {
  points: {
    'pm-owns': { precision: 17 / 17, recall: 17 / 17 },
    'cohort-order': { precision: 19 / 20, recall: 19 / 20 },
    thresholds: { precision: 17 / 17, recall: 17 / 18 },
    holds: { precision: 16 / 16, recall: 16 / 17 },
    'sign-off': { precision: 15 / 15, recall: 15 / 16 },
    rollback: { precision: 19 / 19, recall: 19 / 19 },
    'canary-vs-ab': { precision: 14 / 15, recall: 14 / 15 },
    'model-metrics': { precision: 11 / 12, recall: 11 / 11 },
  },
  classes: {
    strong: { min: 40, max: 99 },
    middling: { min: 19, max: 46 },
    weak: { min: 0, max: 13 },
    salad: { min: 2, max: 5 },
    negated: { min: 7, max: 35 },
    misconception: { min: 11, max: 48 },
    'off-topic': { min: 0, max: 7 },
  },
};
