import type { FreshEvaluationRecord } from './freshFirstEvaluation';

/**
 * The fifty-third fresh held-out set's figures (bg001–bg060, three authors) from its one
 * evaluation (2026-12-04 03:35 UTC; grader frozen at commit 0c00d11, `corpus53a`, `corpus53b` and
 * `corpus53c` merged after it), copied from `npx tsx test/bench/grading.bench.ts`. A record, not
 * a target: the grader was not tuned on this set before it (README.md). The corpus test checks
 * the grader does no worse than this.
 */
export const FIFTY_THIRD_FRESH_FIRST_EVALUATION: FreshEvaluationRecord = {
  points: {
    'pm-owns': { precision: 25 / 28, recall: 25 / 27 },
    'cohort-order': { precision: 30 / 31, recall: 30 / 31 },
    thresholds: { precision: 31 / 33, recall: 31 / 33 },
    holds: { precision: 32 / 33, recall: 32 / 32 },
    'sign-off': { precision: 25 / 26, recall: 25 / 26 },
    rollback: { precision: 23 / 23, recall: 23 / 23 },
    'canary-vs-ab': { precision: 21 / 21, recall: 21 / 21 },
    'model-metrics': { precision: 17 / 19, recall: 17 / 18 },
  },
  classes: {
    strong: { min: 41, max: 98 },
    middling: { min: 19, max: 54 },
    weak: { min: 0, max: 20 },
    salad: { min: 0, max: 5 },
    negated: { min: 0, max: 37 },
    misconception: { min: 26, max: 44 },
    'off-topic': { min: 0, max: 10 },
  },
};
