import type { FreshEvaluationRecord } from './freshFirstEvaluation';

/**
 * The hundred-and-seventh fresh held-out set's figures (di001–di060, three authors) from its one
 * evaluation (2026-12-06; grader frozen at commit 54f9845a, `corpus107a`, `corpus107b` and
 * `corpus107c` merged after it), copied from `npx tsx test/bench/grading.bench.ts`. A record, not
 * a target: the grader was not tuned on this set before it (README.md). The corpus test checks
 * the grader does no worse than this.
 */
export const HUNDRED_AND_SEVENTH_FRESH_FIRST_EVALUATION: FreshEvaluationRecord = {
  points: {
    'pm-owns': { precision: 26 / 27, recall: 26 / 27 },
    'cohort-order': { precision: 30 / 31, recall: 30 / 30 },
    thresholds: { precision: 27 / 27, recall: 27 / 27 },
    holds: { precision: 27 / 27, recall: 27 / 29 },
    'sign-off': { precision: 24 / 25, recall: 24 / 24 },
    rollback: { precision: 24 / 24, recall: 24 / 26 },
    'canary-vs-ab': { precision: 23 / 25, recall: 23 / 23 },
    'model-metrics': { precision: 16 / 17, recall: 16 / 17 },
  },
  classes: {
    strong: { min: 82, max: 96 },
    middling: { min: 16, max: 53 },
    weak: { min: 0, max: 0 },
    salad: { min: 0, max: 5 },
    negated: { min: 0, max: 30 },
    misconception: { min: 15, max: 24 },
    'off-topic': { min: 0, max: 7 },
  },
};
