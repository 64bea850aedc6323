import type { FreshEvaluationRecord } from './freshFirstEvaluation';

/**
 * The hundred-and-sixteenth fresh held-out set's figures (dr001–dr060, three authors) from its
 * one evaluation (2026-12-07; grader frozen at commit a083bc97, the set landed sealed on `main` at
 * c39f0d80 and wired in after the freeze), copied from `npx tsx test/bench/grading.bench.ts`. A
 * record, not a target: the grader was not tuned on this set before it (README.md). The corpus
 * test checks the grader does no worse than this.
 */
export const HUNDRED_AND_SIXTEENTH_FRESH_FIRST_EVALUATION: FreshEvaluationRecord = {
  points: {
    'pm-owns': { precision: 26 / 28, recall: 26 / 26 },
    'cohort-order': { precision: 27 / 28, recall: 27 / 30 },
    thresholds: { precision: 25 / 25, recall: 25 / 27 },
    holds: { precision: 25 / 27, recall: 25 / 27 },
    'sign-off': { precision: 25 / 26, recall: 25 / 25 },
    rollback: { precision: 28 / 30, recall: 28 / 28 },
    'canary-vs-ab': { precision: 22 / 24, recall: 22 / 23 },
    'model-metrics': { precision: 15 / 16, recall: 15 / 16 },
  },
  classes: {
    strong: { min: 36, max: 99 },
    middling: { min: 18, max: 48 },
    weak: { min: 0, max: 7 },
    salad: { min: 0, max: 0 },
    negated: { min: 0, max: 59 },
    misconception: { min: 12, max: 24 },
    'off-topic': { min: 0, max: 7 },
  },
};
