import type { FreshEvaluationRecord } from './freshFirstEvaluation';

/**
 * The hundred-and-twenty-second fresh held-out set's figures (dx001–dx060, three authors) from its
 * one evaluation (2026-12-07; grader frozen at commit bf2b9185, the set landed sealed on `main` at
 * a8d5e87d and wired in after the freeze), copied from `npx tsx test/bench/grading.bench.ts`. A
 * record, not a target: the grader was not tuned on this set before it (README.md). The corpus
 * test checks the grader does no worse than this.
 */
export const HUNDRED_AND_TWENTY_SECOND_FRESH_FIRST_EVALUATION: FreshEvaluationRecord = {
  points: {
    'pm-owns': { precision: 27 / 28, recall: 27 / 27 },
    'cohort-order': { precision: 30 / 30, recall: 30 / 30 },
    thresholds: { precision: 27 / 28, recall: 27 / 28 },
    holds: { precision: 28 / 31, recall: 28 / 29 },
    'sign-off': { precision: 26 / 27, recall: 26 / 27 },
    rollback: { precision: 27 / 31, recall: 27 / 27 },
    'canary-vs-ab': { precision: 22 / 22, recall: 22 / 22 },
    'model-metrics': { precision: 16 / 16, recall: 16 / 17 },
  },
  classes: {
    strong: { min: 68, max: 99 },
    middling: { min: 8, max: 48 },
    weak: { min: 0, max: 15 },
    salad: { min: 0, max: 40 },
    negated: { min: 0, max: 20 },
    misconception: { min: 16, max: 26 },
    'off-topic': { min: 0, max: 8 },
  },
};
