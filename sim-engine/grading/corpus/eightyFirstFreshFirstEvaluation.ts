import type { FreshEvaluationRecord } from './freshFirstEvaluation';

/**
 * The eighty-first fresh held-out set's figures (ci001–ci060, three authors) from its one
 * evaluation (2026-12-05 15:54 UTC; grader frozen at commit b5c78ce, `corpus81a`, `corpus81b` and
 * `corpus81c` merged after it), copied from `npx tsx test/bench/grading.bench.ts`. A record, not a
 * target: the grader was not tuned on this set before it (README.md). The corpus test checks the
 * grader does no worse than this.
 */
export const EIGHTY_FIRST_FRESH_FIRST_EVALUATION: FreshEvaluationRecord = {
  points: {
    'pm-owns': { precision: 22 / 23, recall: 22 / 27 },
    'cohort-order': { precision: 21 / 22, recall: 21 / 31 },
    thresholds: { precision: 25 / 25, recall: 25 / 25 },
    holds: { precision: 18 / 18, recall: 18 / 31 },
    'sign-off': { precision: 19 / 19, recall: 19 / 25 },
    rollback: { precision: 15 / 15, recall: 15 / 27 },
    'canary-vs-ab': { precision: 25 / 26, recall: 25 / 25 },
    'model-metrics': { precision: 11 / 12, recall: 11 / 16 },
  },
  classes: {
    strong: { min: 37, max: 96 },
    middling: { min: 14, max: 36 },
    weak: { min: 0, max: 7 },
    salad: { min: 0, max: 13 },
    negated: { min: 0, max: 35 },
    misconception: { min: 11, max: 19 },
    'off-topic': { min: 0, max: 0 },
  },
};
