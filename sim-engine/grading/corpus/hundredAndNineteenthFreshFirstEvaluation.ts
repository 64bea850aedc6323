import type { FreshEvaluationRecord } from './freshFirstEvaluation';

/**
 * The hundred-and-nineteenth fresh held-out set's figures (du001–du060, three authors) from its
 * one evaluation (2026-12-07; grader frozen at commit 196f00c2, the set landed sealed on `main` at
 * 49eed929 and wired in after the freeze), copied from `npx tsx test/bench/grading.bench.ts`. A
 * record, not a target: the grader was not tuned on this set before it (README.md). The corpus
 * test checks the grader does no worse than this.
 */
export const HUNDRED_AND_NINETEENTH_FRESH_FIRST_EVALUATION: FreshEvaluationRecord = {
  points: {
    'pm-owns': { precision: 26 / 27, recall: 26 / 27 },
    'cohort-order': { precision: 27 / 27, recall: 27 / 30 },
    thresholds: { precision: 27 / 27, recall: 27 / 28 },
    holds: { precision: 25 / 25, recall: 25 / 27 },
    'sign-off': { precision: 24 / 25, recall: 24 / 27 },
    rollback: { precision: 26 / 26, recall: 26 / 28 },
    'canary-vs-ab': { precision: 21 / 21, recall: 21 / 23 },
    'model-metrics': { precision: 17 / 18, recall: 17 / 18 },
  },
  classes: {
    strong: { min: 0, max: 96 },
    middling: { min: 16, max: 49 },
    weak: { min: 0, max: 19 },
    salad: { min: 0, max: 22 },
    negated: { min: 0, max: 7 },
    misconception: { min: 15, max: 26 },
    'off-topic': { min: 0, max: 8 },
  },
};
