import type { FreshEvaluationRecord } from './freshFirstEvaluation';

/**
 * The hundred-and-twenty-ninth fresh held-out set's figures (ee001–ee060, three authors) from its
 * one evaluation (2026-12-08; grader frozen at commit 7a42852c, the set landed sealed on `main` at
 * 475c7aad and wired in after the freeze), copied from `npx tsx test/bench/grading.bench.ts`. A
 * record, not a target: the grader was not tuned on this set before it (README.md). The corpus
 * test checks the grader does no worse than this.
 */
export const HUNDRED_AND_TWENTY_NINTH_FRESH_FIRST_EVALUATION: FreshEvaluationRecord = {
  points: {
    'pm-owns': { precision: 26 / 26, recall: 26 / 27 },
    'cohort-order': { precision: 31 / 33, recall: 31 / 31 },
    thresholds: { precision: 26 / 26, recall: 26 / 26 },
    holds: { precision: 28 / 28, recall: 28 / 29 },
    'sign-off': { precision: 25 / 25, recall: 25 / 26 },
    rollback: { precision: 25 / 25, recall: 25 / 28 },
    'canary-vs-ab': { precision: 22 / 22, recall: 22 / 22 },
    'model-metrics': { precision: 14 / 14, recall: 14 / 16 },
  },
  classes: {
    strong: { min: 71, max: 99 },
    middling: { min: 9, max: 51 },
    weak: { min: 0, max: 6 },
    salad: { min: 0, max: 3 },
    negated: { min: 0, max: 11 },
    misconception: { min: 14, max: 25 },
    'off-topic': { min: 0, max: 8 },
  },
};
