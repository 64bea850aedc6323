import type { FreshEvaluationRecord } from './freshFirstEvaluation';

/**
 * The third fresh held-out set's figures (h001–h040) from its one evaluation (2026-12-01
 * 19:32 UTC; grader frozen at commit 5047ea8, `corpus3a` and `corpus3b` merged after it), copied
 * from `npx tsx test/bench/grading.bench.ts`. A record, not a target: the grader was not tuned on
 * this set and must not be (README.md). The corpus test checks the grader does no worse than this.
 */
export const THIRD_FRESH_FIRST_EVALUATION: FreshEvaluationRecord = {
  points: {
    'pm-owns': { precision: 14 / 17, recall: 14 / 18 },
    'cohort-order': { precision: 19 / 22, recall: 19 / 19 },
    thresholds: { precision: 18 / 19, recall: 18 / 18 },
    holds: { precision: 17 / 18, recall: 17 / 19 },
    'sign-off': { precision: 9 / 11, recall: 9 / 15 },
    rollback: { precision: 18 / 22, recall: 18 / 18 },
    'canary-vs-ab': { precision: 16 / 16, recall: 16 / 16 },
    'model-metrics': { precision: 11 / 11, recall: 11 / 11 },
  },
  classes: {
    strong: { min: 68, max: 97 },
    middling: { min: 38, max: 66 },
    weak: { min: 0, max: 14 },
    salad: { min: 23, max: 64 },
    negated: { min: 0, max: 35 },
    misconception: { min: 13, max: 18 },
    'off-topic': { min: 0, max: 0 },
  },
};
