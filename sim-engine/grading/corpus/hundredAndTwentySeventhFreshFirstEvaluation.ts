import type { FreshEvaluationRecord } from './freshFirstEvaluation';

/**
 * The hundred-and-twenty-seventh fresh held-out set's figures (ec001–ec060, three authors) from
 * its one evaluation (2026-12-07; grader frozen at commit 3e95a513, the set landed sealed on `main`
 * at 3d851ce5 and wired in after the freeze), copied from `npx tsx test/bench/grading.bench.ts`. A
 * record, not a target: the grader was not tuned on this set before it (README.md). The corpus
 * test checks the grader does no worse than this.
 */
export const HUNDRED_AND_TWENTY_SEVENTH_FRESH_FIRST_EVALUATION: FreshEvaluationRecord = {
  points: {
    'pm-owns': { precision: 26 / 27, recall: 26 / 26 },
    'cohort-order': { precision: 30 / 31, recall: 30 / 31 },
    thresholds: { precision: 28 / 28, recall: 28 / 29 },
    holds: { precision: 27 / 27, recall: 27 / 29 },
    'sign-off': { precision: 24 / 25, recall: 24 / 26 },
    rollback: { precision: 27 / 28, recall: 27 / 27 },
    'canary-vs-ab': { precision: 22 / 23, recall: 22 / 22 },
    'model-metrics': { precision: 17 / 18, recall: 17 / 18 },
  },
  classes: {
    strong: { min: 68, max: 99 },
    middling: { min: 14, max: 44 },
    weak: { min: 0, max: 0 },
    salad: { min: 0, max: 4 },
    negated: { min: 0, max: 26 },
    misconception: { min: 16, max: 29 },
    'off-topic': { min: 0, max: 7 },
  },
};
