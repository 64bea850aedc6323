import type { FreshEvaluationRecord } from './freshFirstEvaluation';

/**
 * The hundred-and-seventeenth fresh held-out set's figures (ds001–ds060, three authors) from its
 * one evaluation (2026-12-07; grader frozen at commit 898116c4, the set landed sealed on `main` at
 * 99cc2e55 and wired in after the freeze), copied from `npx tsx test/bench/grading.bench.ts`. A
 * record, not a target: the grader was not tuned on this set before it (README.md). The corpus
 * test checks the grader does no worse than this.
 */
export const HUNDRED_AND_SEVENTEENTH_FRESH_FIRST_EVALUATION: FreshEvaluationRecord = {
  points: {
    'pm-owns': { precision: 27 / 30, recall: 27 / 28 },
    'cohort-order': { precision: 27 / 29, recall: 27 / 30 },
    thresholds: { precision: 24 / 24, recall: 24 / 27 },
    holds: { precision: 29 / 29, recall: 29 / 29 },
    'sign-off': { precision: 22 / 24, recall: 22 / 25 },
    rollback: { precision: 27 / 27, recall: 27 / 27 },
    'canary-vs-ab': { precision: 21 / 21, recall: 21 / 22 },
    'model-metrics': { precision: 13 / 14, recall: 13 / 15 },
  },
  classes: {
    strong: { min: 63, max: 96 },
    middling: { min: 12, max: 44 },
    weak: { min: 0, max: 7 },
    salad: { min: 0, max: 2 },
    negated: { min: 0, max: 35 },
    misconception: { min: 11, max: 26 },
    'off-topic': { min: 0, max: 8 },
  },
};
