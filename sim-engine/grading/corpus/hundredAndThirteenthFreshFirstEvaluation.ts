import type { FreshEvaluationRecord } from './freshFirstEvaluation';

/**
 * The hundred-and-thirteenth fresh held-out set's figures (do001–do060, three authors) from its
 * one evaluation (2026-12-07; grader frozen at commit 03714429, the set landed sealed on `main` at
 * 376634aa and wired in after the freeze), copied from `npx tsx test/bench/grading.bench.ts`. A
 * record, not a target: the grader was not tuned on this set before it (README.md). The corpus
 * test checks the grader does no worse than this.
 */
export const HUNDRED_AND_THIRTEENTH_FRESH_FIRST_EVALUATION: FreshEvaluationRecord = {
  points: {
    'pm-owns': { precision: 22 / 32, recall: 22 / 26 },
    'cohort-order': { precision: 28 / 28, recall: 28 / 30 },
    thresholds: { precision: 26 / 26, recall: 26 / 28 },
    holds: { precision: 28 / 29, recall: 28 / 28 },
    'sign-off': { precision: 23 / 23, recall: 23 / 25 },
    rollback: { precision: 27 / 27, recall: 27 / 27 },
    'canary-vs-ab': { precision: 22 / 23, recall: 22 / 22 },
    'model-metrics': { precision: 17 / 18, recall: 17 / 17 },
  },
  classes: {
    strong: { min: 48, max: 98 },
    middling: { min: 13, max: 48 },
    weak: { min: 0, max: 16 },
    salad: { min: 0, max: 18 },
    negated: { min: 4, max: 14 },
    misconception: { min: 18, max: 23 },
    'off-topic': { min: 0, max: 9 },
  },
};
