import type { FreshEvaluationRecord } from './freshFirstEvaluation';

/**
 * The hundred-and-tenth fresh held-out set's figures (dl001–dl060, three authors) from its one
 * evaluation (2026-12-07; grader frozen at commit 3c8c3203, the set landed sealed on `main` at
 * 4aab5bc4 and wired in after the freeze), copied from `npx tsx test/bench/grading.bench.ts`. A
 * record, not a target: the grader was not tuned on this set before it (README.md). The corpus
 * test checks the grader does no worse than this.
 */
export const HUNDRED_AND_TENTH_FRESH_FIRST_EVALUATION: FreshEvaluationRecord = {
  points: {
    'pm-owns': { precision: 25 / 26, recall: 25 / 26 },
    'cohort-order': { precision: 30 / 31, recall: 30 / 31 },
    thresholds: { precision: 25 / 25, recall: 25 / 26 },
    holds: { precision: 26 / 26, recall: 26 / 26 },
    'sign-off': { precision: 25 / 25, recall: 25 / 27 },
    rollback: { precision: 28 / 28, recall: 28 / 28 },
    'canary-vs-ab': { precision: 23 / 23, recall: 23 / 23 },
    'model-metrics': { precision: 16 / 16, recall: 16 / 16 },
  },
  classes: {
    strong: { min: 66, max: 100 },
    middling: { min: 17, max: 50 },
    weak: { min: 0, max: 7 },
    salad: { min: 0, max: 20 },
    negated: { min: 0, max: 19 },
    misconception: { min: 15, max: 22 },
    'off-topic': { min: 0, max: 8 },
  },
};
