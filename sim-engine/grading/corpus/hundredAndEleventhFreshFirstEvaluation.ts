import type { FreshEvaluationRecord } from './freshFirstEvaluation';

/**
 * The hundred-and-eleventh fresh held-out set's figures (dm001–dm060, three authors) from its one
 * evaluation (2026-12-07; grader frozen at commit b48f3ddf, the set landed sealed on `main` at
 * 7d621bf7 and wired in after the freeze), copied from `npx tsx test/bench/grading.bench.ts`. A
 * record, not a target: the grader was not tuned on this set before it (README.md). The corpus
 * test checks the grader does no worse than this.
 */
export const HUNDRED_AND_ELEVENTH_FRESH_FIRST_EVALUATION: FreshEvaluationRecord = {
  points: {
    'pm-owns': { precision: 24 / 24, recall: 24 / 26 },
    'cohort-order': { precision: 28 / 28, recall: 28 / 31 },
    thresholds: { precision: 26 / 26, recall: 26 / 27 },
    holds: { precision: 24 / 24, recall: 24 / 28 },
    'sign-off': { precision: 25 / 25, recall: 25 / 27 },
    rollback: { precision: 25 / 26, recall: 25 / 27 },
    'canary-vs-ab': { precision: 23 / 23, recall: 23 / 24 },
    'model-metrics': { precision: 18 / 18, recall: 18 / 18 },
  },
  classes: {
    strong: { min: 5, max: 97 },
    middling: { min: 13, max: 48 },
    weak: { min: 0, max: 13 },
    salad: { min: 0, max: 11 },
    negated: { min: 0, max: 7 },
    misconception: { min: 16, max: 26 },
    'off-topic': { min: 0, max: 7 },
  },
};
