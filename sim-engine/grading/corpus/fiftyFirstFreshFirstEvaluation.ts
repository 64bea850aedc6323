import type { FreshEvaluationRecord } from './freshFirstEvaluation';

/**
 * The fifty-first fresh held-out set's figures (be001–be060, three authors) from its one
 * evaluation (2026-12-03 23:08 UTC; grader frozen at commit 7ceb596, `corpus51a`, `corpus51b` and
 * `corpus51c` merged after it), copied from `npx tsx test/bench/grading.bench.ts`. A record, not
 * a target: the grader was not tuned on this set before it (README.md). The corpus test checks
 * the grader does no worse than this.
 */
export const FIFTY_FIRST_FRESH_FIRST_EVALUATION: FreshEvaluationRecord = {
  points: {
    'pm-owns': { precision: 29 / 30, recall: 29 / 29 },
    'cohort-order': { precision: 29 / 30, recall: 29 / 30 },
    thresholds: { precision: 32 / 34, recall: 32 / 33 },
    holds: { precision: 33 / 36, recall: 33 / 33 },
    'sign-off': { precision: 26 / 28, recall: 26 / 26 },
    rollback: { precision: 27 / 29, recall: 27 / 27 },
    'canary-vs-ab': { precision: 22 / 26, recall: 22 / 22 },
    'model-metrics': { precision: 16 / 18, recall: 16 / 17 },
  },
  classes: {
    strong: { min: 82, max: 100 },
    middling: { min: 31, max: 46 },
    weak: { min: 0, max: 11 },
    salad: { min: 0, max: 53 },
    negated: { min: 0, max: 19 },
    misconception: { min: 23, max: 42 },
    'off-topic': { min: 0, max: 8 },
  },
};
