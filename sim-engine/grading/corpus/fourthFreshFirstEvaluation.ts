import type { FreshEvaluationRecord } from './freshFirstEvaluation';

/**
 * The fourth fresh held-out set's figures (k001–k040) from its one evaluation (2026-12-01
 * 22:11 UTC; grader frozen at commit 2a8e48f, `corpus4a` and `corpus4b` merged after it), copied
 * from `npx tsx test/bench/grading.bench.ts`. A record, not a target: the grader was not tuned on
 * this set and must not be (README.md). The corpus test checks the grader does no worse than this.
 */
export const FOURTH_FRESH_FIRST_EVALUATION: FreshEvaluationRecord = {
  points: {
    'pm-owns': { precision: 13 / 14, recall: 13 / 16 },
    'cohort-order': { precision: 19 / 23, recall: 19 / 21 },
    thresholds: { precision: 18 / 20, recall: 18 / 18 },
    holds: { precision: 16 / 18, recall: 16 / 18 },
    'sign-off': { precision: 14 / 17, recall: 14 / 15 },
    rollback: { precision: 16 / 21, recall: 16 / 17 },
    'canary-vs-ab': { precision: 15 / 19, recall: 15 / 16 },
    'model-metrics': { precision: 9 / 14, recall: 9 / 9 },
  },
  classes: {
    strong: { min: 30, max: 92 },
    middling: { min: 24, max: 59 },
    weak: { min: 5, max: 23 },
    salad: { min: 5, max: 62 },
    negated: { min: 0, max: 51 },
    misconception: { min: 21, max: 35 },
    'off-topic': { min: 0, max: 8 },
  },
};
