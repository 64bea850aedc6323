import type { FreshEvaluationRecord } from './freshFirstEvaluation';

/**
 * The fifth fresh held-out set's figures (m001–m040) from its one evaluation (2026-12-01
 * 22:37 UTC; grader frozen at commit 8126f31, `corpus5a` and `corpus5b` merged after it), copied
 * from `npx tsx test/bench/grading.bench.ts`. A record, not a target: the grader was not tuned on
 * this set and must not be (README.md). The corpus test checks the grader does no worse than this.
 */
export const FIFTH_FRESH_FIRST_EVALUATION: FreshEvaluationRecord = {
  points: {
    'pm-owns': { precision: 14 / 15, recall: 14 / 16 },
    'cohort-order': { precision: 20 / 20, recall: 20 / 21 },
    thresholds: { precision: 16 / 16, recall: 16 / 18 },
    holds: { precision: 18 / 19, recall: 18 / 18 },
    'sign-off': { precision: 13 / 15, recall: 13 / 15 },
    rollback: { precision: 18 / 18, recall: 18 / 19 },
    'canary-vs-ab': { precision: 16 / 18, recall: 16 / 16 },
    'model-metrics': { precision: 10 / 11, recall: 10 / 10 },
  },
  classes: {
    strong: { min: 67, max: 94 },
    middling: { min: 24, max: 59 },
    weak: { min: 0, max: 15 },
    salad: { min: 6, max: 6 },
    negated: { min: 4, max: 26 },
    misconception: { min: 11, max: 35 },
    'off-topic': { min: 0, max: 7 },
  },
};
