import type { FreshEvaluationRecord } from './freshFirstEvaluation';

/**
 * The fifteenth fresh held-out set's figures (a001–a060, three authors) from its one evaluation
 * (2026-12-02 14:04 UTC; grader frozen at commit af2a146, `corpus15a`, `corpus15b` and `corpus15c` merged
 * after it), copied from `npx tsx test/bench/grading.bench.ts`. A record, not a target: the
 * grader was not tuned on this set before it (README.md). The corpus test checks the grader does
 * no worse than this.
 */
export const FIFTEENTH_FRESH_FIRST_EVALUATION: FreshEvaluationRecord = {
  points: {
    'pm-owns': { precision: 26 / 27, recall: 26 / 27 },
    'cohort-order': { precision: 27 / 27, recall: 27 / 28 },
    thresholds: { precision: 25 / 27, recall: 25 / 26 },
    holds: { precision: 27 / 29, recall: 27 / 30 },
    'sign-off': { precision: 22 / 24, recall: 22 / 26 },
    rollback: { precision: 27 / 28, recall: 27 / 28 },
    'canary-vs-ab': { precision: 22 / 24, recall: 22 / 24 },
    'model-metrics': { precision: 10 / 11, recall: 10 / 12 },
  },
  classes: {
    strong: { min: 30, max: 100 },
    middling: { min: 22, max: 50 },
    weak: { min: 0, max: 7 },
    salad: { min: 3, max: 75 },
    negated: { min: 0, max: 17 },
    misconception: { min: 15, max: 51 },
    'off-topic': { min: 0, max: 13 },
  },
};
