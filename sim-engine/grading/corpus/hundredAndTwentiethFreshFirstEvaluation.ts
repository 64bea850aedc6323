import type { FreshEvaluationRecord } from './freshFirstEvaluation';

/**
 * The hundred-and-twentieth fresh held-out set's figures (dv001–dv060, three authors) from its
 * one evaluation (2026-12-07; grader frozen at commit 6824a2ab, the set landed sealed on `main` at
 * 4184c0e7 and wired in after the freeze), copied from `npx tsx test/bench/grading.bench.ts`. A
 * record, not a target: the grader was not tuned on this set before it (README.md). The corpus
 * test checks the grader does no worse than this.
 */
export const HUNDRED_AND_TWENTIETH_FRESH_FIRST_EVALUATION: FreshEvaluationRecord = {
  points: {
    'pm-owns': { precision: 24 / 25, recall: 24 / 27 },
    'cohort-order': { precision: 29 / 30, recall: 29 / 30 },
    thresholds: { precision: 30 / 30, recall: 30 / 30 },
    holds: { precision: 27 / 28, recall: 27 / 29 },
    'sign-off': { precision: 24 / 25, recall: 24 / 24 },
    rollback: { precision: 24 / 25, recall: 24 / 28 },
    'canary-vs-ab': { precision: 22 / 22, recall: 22 / 23 },
    'model-metrics': { precision: 15 / 16, recall: 15 / 15 },
  },
  classes: {
    strong: { min: 37, max: 98 },
    middling: { min: 13, max: 53 },
    weak: { min: 0, max: 7 },
    salad: { min: 0, max: 16 },
    negated: { min: 3, max: 22 },
    misconception: { min: 10, max: 23 },
    'off-topic': { min: 0, max: 15 },
  },
};
