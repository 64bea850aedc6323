import type { FreshEvaluationRecord } from './freshFirstEvaluation';

/**
 * The hundred-and-twenty-fourth fresh held-out set's figures (dz001–dz060, three authors) from its
 * one evaluation (2026-12-07; grader frozen at commit e7a03aed, the set landed sealed on `main` at
 * 687cd165 and wired in after the freeze), copied from `npx tsx test/bench/grading.bench.ts`. A
 * record, not a target: the grader was not tuned on this set before it (README.md). The corpus
 * test checks the grader does no worse than this.
 */
export const HUNDRED_AND_TWENTY_FOURTH_FRESH_FIRST_EVALUATION: FreshEvaluationRecord = {
  points: {
    'pm-owns': { precision: 26 / 27, recall: 26 / 26 },
    'cohort-order': { precision: 25 / 25, recall: 25 / 29 },
    thresholds: { precision: 25 / 25, recall: 25 / 26 },
    holds: { precision: 28 / 29, recall: 28 / 28 },
    'sign-off': { precision: 24 / 28, recall: 24 / 25 },
    rollback: { precision: 26 / 26, recall: 26 / 27 },
    'canary-vs-ab': { precision: 24 / 25, recall: 24 / 24 },
    'model-metrics': { precision: 16 / 17, recall: 16 / 19 },
  },
  classes: {
    strong: { min: 36, max: 97 },
    middling: { min: 16, max: 46 },
    weak: { min: 0, max: 7 },
    salad: { min: 0, max: 0 },
    negated: { min: 0, max: 51 },
    misconception: { min: 11, max: 24 },
    'off-topic': { min: 0, max: 6 },
  },
};
