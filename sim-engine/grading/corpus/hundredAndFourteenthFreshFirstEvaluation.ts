import type { FreshEvaluationRecord } from './freshFirstEvaluation';

/**
 * The hundred-and-fourteenth fresh held-out set's figures (dp001–dp060, three authors) from its
 * one evaluation (2026-12-07; grader frozen at commit c7c2f737, the set landed sealed on `main` at
 * 7f1f1a1e and wired in after the freeze), copied from `npx tsx test/bench/grading.bench.ts`. A
 * record, not a target: the grader was not tuned on this set before it (README.md). The corpus
 * test checks the grader does no worse than this.
 */
export const HUNDRED_AND_FOURTEENTH_FRESH_FIRST_EVALUATION: FreshEvaluationRecord = {
  points: {
    'pm-owns': { precision: 26 / 26, recall: 26 / 27 },
    'cohort-order': { precision: 29 / 30, recall: 29 / 30 },
    thresholds: { precision: 28 / 28, recall: 28 / 28 },
    holds: { precision: 25 / 26, recall: 25 / 27 },
    'sign-off': { precision: 24 / 25, recall: 24 / 25 },
    rollback: { precision: 26 / 26, recall: 26 / 27 },
    'canary-vs-ab': { precision: 22 / 23, recall: 22 / 22 },
    'model-metrics': { precision: 17 / 18, recall: 17 / 17 },
  },
  classes: {
    strong: { min: 43, max: 97 },
    middling: { min: 12, max: 42 },
    weak: { min: 0, max: 6 },
    salad: { min: 0, max: 6 },
    negated: { min: 0, max: 28 },
    misconception: { min: 12, max: 25 },
    'off-topic': { min: 0, max: 8 },
  },
};
