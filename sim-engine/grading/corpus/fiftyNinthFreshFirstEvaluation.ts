import type { FreshEvaluationRecord } from './freshFirstEvaluation';

/**
 * The fifty-ninth fresh held-out set's figures (bm001–bm060, three authors) from its one
 * evaluation (2026-12-04 12:11 UTC; grader frozen at commit 9e4dc94, `corpus59a`, `corpus59b` and
 * `corpus59c` merged after it), copied from `npx tsx test/bench/grading.bench.ts`. A record, not
 * a target: the grader was not tuned on this set before it (README.md). The corpus test checks
 * the grader does no worse than this.
 */
export const FIFTY_NINTH_FRESH_FIRST_EVALUATION: FreshEvaluationRecord = {
  points: {
    'pm-owns': { precision: 25 / 25, recall: 25 / 27 },
    'cohort-order': { precision: 29 / 31, recall: 29 / 30 },
    thresholds: { precision: 29 / 30, recall: 29 / 29 },
    holds: { precision: 30 / 31, recall: 30 / 33 },
    'sign-off': { precision: 27 / 27, recall: 27 / 28 },
    rollback: { precision: 26 / 26, recall: 26 / 26 },
    'canary-vs-ab': { precision: 22 / 22, recall: 22 / 23 },
    'model-metrics': { precision: 16 / 16, recall: 16 / 16 },
  },
  classes: {
    strong: { min: 69, max: 96 },
    middling: { min: 30, max: 47 },
    weak: { min: 0, max: 13 },
    salad: { min: 0, max: 11 },
    negated: { min: 0, max: 17 },
    misconception: { min: 20, max: 67 },
    'off-topic': { min: 0, max: 10 },
  },
};
