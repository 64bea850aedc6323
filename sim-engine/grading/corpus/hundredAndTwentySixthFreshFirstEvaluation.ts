import type { FreshEvaluationRecord } from './freshFirstEvaluation';

/**
 * The hundred-and-twenty-sixth fresh held-out set's figures (eb001–eb060, three authors) from its
 * one evaluation (2026-12-07; grader frozen at commit 7d1644a1, the set landed sealed on `main` at
 * 9b28d6c7 and wired in after the freeze), copied from `npx tsx test/bench/grading.bench.ts`. A
 * record, not a target: the grader was not tuned on this set before it (README.md). The corpus
 * test checks the grader does no worse than this.
 */
export const HUNDRED_AND_TWENTY_SIXTH_FRESH_FIRST_EVALUATION: FreshEvaluationRecord = {
  points: {
    'pm-owns': { precision: 26 / 26, recall: 26 / 27 },
    'cohort-order': { precision: 30 / 31, recall: 30 / 31 },
    thresholds: { precision: 27 / 27, recall: 27 / 28 },
    holds: { precision: 27 / 27, recall: 27 / 27 },
    'sign-off': { precision: 22 / 24, recall: 22 / 25 },
    rollback: { precision: 28 / 28, recall: 28 / 29 },
    'canary-vs-ab': { precision: 23 / 23, recall: 23 / 23 },
    'model-metrics': { precision: 18 / 19, recall: 18 / 18 },
  },
  classes: {
    strong: { min: 69, max: 98 },
    middling: { min: 16, max: 53 },
    weak: { min: 0, max: 7 },
    salad: { min: 0, max: 4 },
    negated: { min: 4, max: 23 },
    misconception: { min: 17, max: 26 },
    'off-topic': { min: 0, max: 5 },
  },
};
