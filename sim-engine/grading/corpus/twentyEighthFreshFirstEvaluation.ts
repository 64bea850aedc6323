import type { FreshEvaluationRecord } from './freshFirstEvaluation';

/**
 * The twenty-eighth fresh held-out set's figures (ah001–ah060, three authors) from its one
 * evaluation (2026-12-03 03:22 UTC; grader frozen at commit 8dec8c6, `corpus28a`, `corpus28b` and
 * `corpus28c` merged after it), copied from `npx tsx test/bench/grading.bench.ts`. A record,
 * not a target: the grader was not tuned on this set before it (README.md). The corpus test
 * checks the grader does no worse than this.
 */
export const TWENTY_EIGHTH_FRESH_FIRST_EVALUATION: FreshEvaluationRecord = {
  points: {
    'pm-owns': { precision: 27 / 29, recall: 27 / 28 },
    'cohort-order': { precision: 26 / 27, recall: 26 / 26 },
    thresholds: { precision: 26 / 28, recall: 26 / 26 },
    holds: { precision: 27 / 30, recall: 27 / 28 },
    'sign-off': { precision: 23 / 26, recall: 23 / 27 },
    rollback: { precision: 31 / 32, recall: 31 / 32 },
    'canary-vs-ab': { precision: 23 / 23, recall: 23 / 23 },
    'model-metrics': { precision: 15 / 16, recall: 15 / 15 },
  },
  classes: {
    strong: { min: 63, max: 100 },
    middling: { min: 28, max: 42 },
    weak: { min: 0, max: 7 },
    salad: { min: 4, max: 18 },
    negated: { min: 0, max: 18 },
    misconception: { min: 15, max: 46 },
    'off-topic': { min: 0, max: 12 },
  },
};
