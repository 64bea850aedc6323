import type { FreshEvaluationRecord } from './freshFirstEvaluation';

/**
 * The fifty-seventh fresh held-out set's figures (bk001–bk060, three authors) from its one
 * evaluation (2026-12-04 07:05 UTC; grader frozen at commit 3b7ac3c, `corpus57a`, `corpus57b` and
 * `corpus57c` merged after it), copied from `npx tsx test/bench/grading.bench.ts`. A record, not
 * a target: the grader was not tuned on this set before it (README.md). The corpus test checks
 * the grader does no worse than this.
 */
export const FIFTY_SEVENTH_FRESH_FIRST_EVALUATION: FreshEvaluationRecord = {
  points: {
    'pm-owns': { precision: 26 / 28, recall: 26 / 27 },
    'cohort-order': { precision: 32 / 32, recall: 32 / 32 },
    thresholds: { precision: 33 / 33, recall: 33 / 33 },
    holds: { precision: 33 / 33, recall: 33 / 33 },
    'sign-off': { precision: 24 / 25, recall: 24 / 26 },
    rollback: { precision: 25 / 25, recall: 25 / 26 },
    'canary-vs-ab': { precision: 22 / 22, recall: 22 / 23 },
    'model-metrics': { precision: 16 / 17, recall: 16 / 17 },
  },
  classes: {
    strong: { min: 37, max: 97 },
    middling: { min: 31, max: 61 },
    weak: { min: 0, max: 13 },
    salad: { min: 0, max: 5 },
    negated: { min: 0, max: 5 },
    misconception: { min: 24, max: 78 },
    'off-topic': { min: 0, max: 18 },
  },
};
