import type { FreshEvaluationRecord } from './freshFirstEvaluation';

/**
 * The eighty-fourth fresh held-out set's figures (cl001–cl060, three authors) from its one
 * evaluation (2026-12-05 17:10 UTC; grader frozen at commit 81907fb, `corpus84a`, `corpus84b` and
 * `corpus84c` merged after it), copied from `npx tsx test/bench/grading.bench.ts`. A record, not a
 * target: the grader was not tuned on this set before it (README.md). The corpus test checks the
 * grader does no worse than this.
 */
export const EIGHTY_FOURTH_FRESH_FIRST_EVALUATION: FreshEvaluationRecord = {
  points: {
    'pm-owns': { precision: 26 / 26, recall: 26 / 27 },
    'cohort-order': { precision: 23 / 23, recall: 23 / 31 },
    thresholds: { precision: 25 / 25, recall: 25 / 26 },
    holds: { precision: 19 / 19, recall: 19 / 31 },
    'sign-off': { precision: 18 / 18, recall: 18 / 27 },
    rollback: { precision: 27 / 27, recall: 27 / 27 },
    'canary-vs-ab': { precision: 23 / 23, recall: 23 / 23 },
    'model-metrics': { precision: 12 / 13, recall: 12 / 17 },
  },
  classes: {
    strong: { min: 43, max: 91 },
    middling: { min: 12, max: 34 },
    weak: { min: 0, max: 0 },
    salad: { min: 0, max: 3 },
    negated: { min: 0, max: 6 },
    misconception: { min: 8, max: 50 },
    'off-topic': { min: 0, max: 1 },
  },
};
