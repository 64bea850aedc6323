import type { FreshEvaluationRecord } from './freshFirstEvaluation';

/**
 * The seventh fresh held-out set's figures (p001–p040) from its one evaluation (2026-12-01
 * 23:05 UTC; grader frozen at commit 577e305, `corpus7a` and `corpus7b` merged after it), copied
 * from `npx tsx test/bench/grading.bench.ts`. A record, not a target: the grader was not tuned on
 * this set and must not be (README.md). The corpus test checks the grader does no worse than this.
 */
export const SEVENTH_FRESH_FIRST_EVALUATION: FreshEvaluationRecord = {
  points: {
    'pm-owns': { precision: 12 / 12, recall: 12 / 17 },
    'cohort-order': { precision: 17 / 18, recall: 17 / 19 },
    thresholds: { precision: 16 / 16, recall: 16 / 17 },
    holds: { precision: 16 / 16, recall: 16 / 17 },
    'sign-off': { precision: 14 / 15, recall: 14 / 16 },
    rollback: { precision: 18 / 18, recall: 18 / 18 },
    'canary-vs-ab': { precision: 15 / 15, recall: 15 / 16 },
    'model-metrics': { precision: 9 / 10, recall: 9 / 10 },
  },
  classes: {
    strong: { min: 64, max: 98 },
    middling: { min: 24, max: 59 },
    weak: { min: 0, max: 7 },
    salad: { min: 4, max: 14 },
    negated: { min: 7, max: 27 },
    misconception: { min: 6, max: 15 },
    'off-topic': { min: 0, max: 7 },
  },
};
