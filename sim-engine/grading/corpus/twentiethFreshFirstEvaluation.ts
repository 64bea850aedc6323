import type { FreshEvaluationRecord } from './freshFirstEvaluation';

/**
 * The twentieth fresh held-out set's figures (o001–o060, three authors) from its one evaluation
 * (2026-12-02 19:14 UTC; grader frozen at commit ef6470d, `corpus20a`, `corpus20b` and `corpus20c` merged
 * after it), copied from `npx tsx test/bench/grading.bench.ts`. A record, not a target: the
 * grader was not tuned on this set before it (README.md). The corpus test checks the grader does
 * no worse than this.
 */
export const TWENTIETH_FRESH_FIRST_EVALUATION: FreshEvaluationRecord = {
  points: {
    'pm-owns': { precision: 24 / 25, recall: 24 / 27 },
    'cohort-order': { precision: 26 / 27, recall: 26 / 28 },
    thresholds: { precision: 25 / 27, recall: 25 / 28 },
    holds: { precision: 23 / 26, recall: 23 / 27 },
    'sign-off': { precision: 25 / 28, recall: 25 / 27 },
    rollback: { precision: 30 / 31, recall: 30 / 30 },
    'canary-vs-ab': { precision: 23 / 25, recall: 23 / 24 },
    'model-metrics': { precision: 13 / 16, recall: 13 / 15 },
  },
  classes: {
    strong: { min: 54, max: 100 },
    middling: { min: 17, max: 51 },
    weak: { min: 0, max: 10 },
    salad: { min: 0, max: 31 },
    negated: { min: 0, max: 25 },
    misconception: { min: 20, max: 51 },
    'off-topic': { min: 0, max: 7 },
  },
};
