import type { FreshEvaluationRecord } from './freshFirstEvaluation';

/**
 * The eighty-second fresh held-out set's figures (cj001–cj060, three authors) from its one
 * evaluation (2026-12-05 16:25 UTC; grader frozen at commit 4887e40, `corpus82a`, `corpus82b` and
 * `corpus82c` merged after it), copied from `npx tsx test/bench/grading.bench.ts`. A record, not a
 * target: the grader was not tuned on this set before it (README.md). The corpus test checks the
 * grader does no worse than this.
 */
export const EIGHTY_SECOND_FRESH_FIRST_EVALUATION: FreshEvaluationRecord = {
  points: {
    'pm-owns': { precision: 21 / 21, recall: 21 / 27 },
    'cohort-order': { precision: 24 / 24, recall: 24 / 31 },
    thresholds: { precision: 27 / 27, recall: 27 / 28 },
    holds: { precision: 26 / 26, recall: 26 / 31 },
    'sign-off': { precision: 20 / 20, recall: 20 / 25 },
    rollback: { precision: 26 / 27, recall: 26 / 27 },
    'canary-vs-ab': { precision: 22 / 22, recall: 22 / 23 },
    'model-metrics': { precision: 14 / 14, recall: 14 / 18 },
  },
  classes: {
    strong: { min: 45, max: 96 },
    middling: { min: 15, max: 60 },
    weak: { min: 0, max: 7 },
    salad: { min: 0, max: 22 },
    negated: { min: 0, max: 3 },
    misconception: { min: 13, max: 48 },
    'off-topic': { min: 0, max: 8 },
  },
};
