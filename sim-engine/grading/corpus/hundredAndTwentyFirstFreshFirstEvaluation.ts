import type { FreshEvaluationRecord } from './freshFirstEvaluation';

/**
 * The hundred-and-twenty-first fresh held-out set's figures (dw001–dw060, three authors) from its
 * one evaluation (2026-12-07; grader frozen at commit 2ad1a2a6, the set landed sealed on `main` at
 * 6038a5bc and wired in after the freeze), copied from `npx tsx test/bench/grading.bench.ts`. A
 * record, not a target: the grader was not tuned on this set before it (README.md). The corpus
 * test checks the grader does no worse than this.
 */
export const HUNDRED_AND_TWENTY_FIRST_FRESH_FIRST_EVALUATION: FreshEvaluationRecord = {
  points: {
    'pm-owns': { precision: 23 / 25, recall: 23 / 26 },
    'cohort-order': { precision: 30 / 33, recall: 30 / 30 },
    thresholds: { precision: 27 / 28, recall: 27 / 27 },
    holds: { precision: 26 / 30, recall: 26 / 28 },
    'sign-off': { precision: 23 / 24, recall: 23 / 27 },
    rollback: { precision: 27 / 29, recall: 27 / 27 },
    'canary-vs-ab': { precision: 23 / 25, recall: 23 / 24 },
    'model-metrics': { precision: 15 / 16, recall: 15 / 15 },
  },
  classes: {
    strong: { min: 35, max: 100 },
    middling: { min: 16, max: 50 },
    weak: { min: 0, max: 6 },
    salad: { min: 0, max: 28 },
    negated: { min: 0, max: 31 },
    misconception: { min: 14, max: 22 },
    'off-topic': { min: 0, max: 8 },
  },
};
