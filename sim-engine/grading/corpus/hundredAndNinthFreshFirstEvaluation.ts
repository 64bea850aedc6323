import type { FreshEvaluationRecord } from './freshFirstEvaluation';

/**
 * The hundred-and-ninth fresh held-out set's figures (dk001–dk060, three authors) from its one
 * evaluation (2026-12-07; grader frozen at commit b9877d97, the set landed sealed on `main` at
 * 2ae90312 and wired in after the freeze), copied from `npx tsx test/bench/grading.bench.ts`. A
 * record, not a target: the grader was not tuned on this set before it (README.md). The corpus
 * test checks the grader does no worse than this.
 */
export const HUNDRED_AND_NINTH_FRESH_FIRST_EVALUATION: FreshEvaluationRecord = {
  points: {
    'pm-owns': { precision: 26 / 26, recall: 26 / 27 },
    'cohort-order': { precision: 30 / 30, recall: 30 / 30 },
    thresholds: { precision: 28 / 28, recall: 28 / 29 },
    holds: { precision: 24 / 24, recall: 24 / 28 },
    'sign-off': { precision: 23 / 24, recall: 23 / 25 },
    rollback: { precision: 26 / 26, recall: 26 / 27 },
    'canary-vs-ab': { precision: 24 / 24, recall: 24 / 24 },
    'model-metrics': { precision: 17 / 17, recall: 17 / 17 },
  },
  classes: {
    strong: { min: 74, max: 98 },
    middling: { min: 13, max: 59 },
    weak: { min: 0, max: 7 },
    salad: { min: 0, max: 2 },
    negated: { min: 0, max: 5 },
    misconception: { min: 17, max: 24 },
    'off-topic': { min: 0, max: 8 },
  },
};
