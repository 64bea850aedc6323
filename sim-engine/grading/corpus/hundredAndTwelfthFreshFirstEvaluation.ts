import type { FreshEvaluationRecord } from './freshFirstEvaluation';

/**
 * The hundred-and-twelfth fresh held-out set's figures (dn001–dn060, three authors) from its one
 * evaluation (2026-12-07; grader frozen at commit 1ee816bb, the set landed sealed on `main` at
 * 39258328 and wired in after the freeze), copied from `npx tsx test/bench/grading.bench.ts`. A
 * record, not a target: the grader was not tuned on this set before it (README.md). The corpus
 * test checks the grader does no worse than this.
 */
export const HUNDRED_AND_TWELFTH_FRESH_FIRST_EVALUATION: FreshEvaluationRecord = {
  points: {
    'pm-owns': { precision: 18 / 18, recall: 18 / 28 },
    'cohort-order': { precision: 29 / 29, recall: 29 / 31 },
    thresholds: { precision: 26 / 26, recall: 26 / 28 },
    holds: { precision: 26 / 26, recall: 26 / 29 },
    'sign-off': { precision: 23 / 23, recall: 23 / 27 },
    rollback: { precision: 23 / 23, recall: 23 / 26 },
    'canary-vs-ab': { precision: 21 / 21, recall: 21 / 23 },
    'model-metrics': { precision: 12 / 14, recall: 12 / 15 },
  },
  classes: {
    strong: { min: 0, max: 97 },
    middling: { min: 14, max: 52 },
    weak: { min: 0, max: 0 },
    salad: { min: 0, max: 15 },
    negated: { min: 0, max: 0 },
    misconception: { min: 17, max: 29 },
    'off-topic': { min: 0, max: 8 },
  },
};
