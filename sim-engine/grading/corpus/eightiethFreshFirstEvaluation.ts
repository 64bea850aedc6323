import type { FreshEvaluationRecord } from './freshFirstEvaluation';

/**
 * The eightieth fresh held-out set's figures (ch001–ch060, three authors) from its one evaluation
 * (2026-12-05 14:37 UTC; grader frozen at commit 9192a47, `corpus80a`, `corpus80b` and `corpus80c`
 * merged after it), copied from `npx tsx test/bench/grading.bench.ts`. A record, not a target: the
 * grader was not tuned on this set before it (README.md). The corpus test checks the grader does
 * no worse than this.
 */
export const EIGHTIETH_FRESH_FIRST_EVALUATION: FreshEvaluationRecord = {
  points: {
    'pm-owns': { precision: 23 / 23, recall: 23 / 27 },
    'cohort-order': { precision: 28 / 28, recall: 28 / 30 },
    thresholds: { precision: 24 / 24, recall: 24 / 25 },
    holds: { precision: 22 / 22, recall: 22 / 32 },
    'sign-off': { precision: 23 / 23, recall: 23 / 27 },
    rollback: { precision: 17 / 17, recall: 17 / 29 },
    'canary-vs-ab': { precision: 23 / 23, recall: 23 / 23 },
    'model-metrics': { precision: 10 / 10, recall: 10 / 17 },
  },
  classes: {
    strong: { min: 58, max: 94 },
    middling: { min: 0, max: 41 },
    weak: { min: 0, max: 7 },
    salad: { min: 0, max: 3 },
    negated: { min: 0, max: 7 },
    misconception: { min: 14, max: 34 },
    'off-topic': { min: 0, max: 0 },
  },
};
