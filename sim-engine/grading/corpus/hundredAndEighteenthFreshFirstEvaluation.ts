import type { FreshEvaluationRecord } from './freshFirstEvaluation';

/**
 * The hundred-and-eighteenth fresh held-out set's figures (dt001–dt060, three authors) from its
 * one evaluation (2026-12-07; grader frozen at commit fbd01e47, the set landed sealed on `main` at
 * f1950c34 and wired in after the freeze), copied from `npx tsx test/bench/grading.bench.ts`. A
 * record, not a target: the grader was not tuned on this set before it (README.md). The corpus
 * test checks the grader does no worse than this.
 */
export const HUNDRED_AND_EIGHTEENTH_FRESH_FIRST_EVALUATION: FreshEvaluationRecord = {
  points: {
    'pm-owns': { precision: 23 / 24, recall: 23 / 26 },
    'cohort-order': { precision: 28 / 28, recall: 28 / 30 },
    thresholds: { precision: 26 / 26, recall: 26 / 26 },
    holds: { precision: 26 / 27, recall: 26 / 28 },
    'sign-off': { precision: 25 / 26, recall: 25 / 27 },
    rollback: { precision: 30 / 32, recall: 30 / 30 },
    'canary-vs-ab': { precision: 23 / 23, recall: 23 / 24 },
    'model-metrics': { precision: 16 / 16, recall: 16 / 17 },
  },
  classes: {
    strong: { min: 68, max: 97 },
    middling: { min: 15, max: 44 },
    weak: { min: 0, max: 6 },
    salad: { min: 0, max: 8 },
    negated: { min: 0, max: 15 },
    misconception: { min: 16, max: 35 },
    'off-topic': { min: 0, max: 7 },
  },
};
