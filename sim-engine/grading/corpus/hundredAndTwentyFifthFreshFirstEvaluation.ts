import type { FreshEvaluationRecord } from './freshFirstEvaluation';

/**
 * The hundred-and-twenty-fifth fresh held-out set's figures (ea001–ea060, three authors) from its
 * one evaluation (2026-12-07; grader frozen at commit b1ce06cd, the set landed sealed on `main` at
 * efbdd5c6 and wired in after the freeze), copied from `npx tsx test/bench/grading.bench.ts`. A
 * record, not a target: the grader was not tuned on this set before it (README.md). The corpus
 * test checks the grader does no worse than this.
 */
export const HUNDRED_AND_TWENTY_FIFTH_FRESH_FIRST_EVALUATION: FreshEvaluationRecord = {
  points: {
    'pm-owns': { precision: 23 / 26, recall: 23 / 25 },
    'cohort-order': { precision: 29 / 29, recall: 29 / 31 },
    thresholds: { precision: 28 / 28, recall: 28 / 28 },
    holds: { precision: 25 / 25, recall: 25 / 27 },
    'sign-off': { precision: 26 / 26, recall: 26 / 26 },
    rollback: { precision: 24 / 25, recall: 24 / 27 },
    'canary-vs-ab': { precision: 22 / 23, recall: 22 / 22 },
    'model-metrics': { precision: 18 / 18, recall: 18 / 18 },
  },
  classes: {
    strong: { min: 41, max: 99 },
    middling: { min: 17, max: 46 },
    weak: { min: 0, max: 7 },
    salad: { min: 0, max: 8 },
    negated: { min: 0, max: 35 },
    misconception: { min: 11, max: 24 },
    'off-topic': { min: 0, max: 8 },
  },
};
