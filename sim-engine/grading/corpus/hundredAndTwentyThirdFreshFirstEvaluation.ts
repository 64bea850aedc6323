import type { FreshEvaluationRecord } from './freshFirstEvaluation';

/**
 * The hundred-and-twenty-third fresh held-out set's figures (dy001–dy060, three authors) from its
 * one evaluation (2026-12-07; grader frozen at commit 718b236f, the set landed sealed on `main` at
 * fdbf736f and wired in after the freeze), copied from `npx tsx test/bench/grading.bench.ts`. A
 * record, not a target: the grader was not tuned on this set before it (README.md). The corpus
 * test checks the grader does no worse than this.
 */
export const HUNDRED_AND_TWENTY_THIRD_FRESH_FIRST_EVALUATION: FreshEvaluationRecord = {
  points: {
    'pm-owns': { precision: 25 / 27, recall: 25 / 27 },
    'cohort-order': { precision: 29 / 30, recall: 29 / 29 },
    thresholds: { precision: 28 / 28, recall: 28 / 28 },
    holds: { precision: 28 / 28, recall: 28 / 29 },
    'sign-off': { precision: 28 / 28, recall: 28 / 28 },
    rollback: { precision: 28 / 28, recall: 28 / 28 },
    'canary-vs-ab': { precision: 21 / 21, recall: 21 / 22 },
    'model-metrics': { precision: 15 / 16, recall: 15 / 16 },
  },
  classes: {
    strong: { min: 62, max: 100 },
    middling: { min: 13, max: 48 },
    weak: { min: 0, max: 7 },
    salad: { min: 0, max: 0 },
    negated: { min: 0, max: 11 },
    misconception: { min: 18, max: 31 },
    'off-topic': { min: 0, max: 9 },
  },
};
