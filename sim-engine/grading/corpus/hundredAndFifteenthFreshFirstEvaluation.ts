import type { FreshEvaluationRecord } from './freshFirstEvaluation';

/**
 * The hundred-and-fifteenth fresh held-out set's figures (dq001–dq060, three authors) from its
 * one evaluation (2026-12-07; grader frozen at commit a90af5e6, the set landed sealed on `main` at
 * 5fab4f2f and wired in after the freeze), copied from `npx tsx test/bench/grading.bench.ts`. A
 * record, not a target: the grader was not tuned on this set before it (README.md). The corpus
 * test checks the grader does no worse than this.
 */
export const HUNDRED_AND_FIFTEENTH_FRESH_FIRST_EVALUATION: FreshEvaluationRecord = {
  points: {
    'pm-owns': { precision: 27 / 28, recall: 27 / 27 },
    'cohort-order': { precision: 30 / 30, recall: 30 / 30 },
    thresholds: { precision: 26 / 26, recall: 26 / 26 },
    holds: { precision: 29 / 29, recall: 29 / 30 },
    'sign-off': { precision: 26 / 26, recall: 26 / 27 },
    rollback: { precision: 29 / 29, recall: 29 / 29 },
    'canary-vs-ab': { precision: 21 / 22, recall: 21 / 21 },
    'model-metrics': { precision: 16 / 16, recall: 16 / 17 },
  },
  classes: {
    strong: { min: 78, max: 98 },
    middling: { min: 15, max: 48 },
    weak: { min: 0, max: 0 },
    salad: { min: 0, max: 4 },
    negated: { min: 0, max: 8 },
    misconception: { min: 14, max: 26 },
    'off-topic': { min: 0, max: 8 },
  },
};
