import type { FreshEvaluationRecord } from './freshFirstEvaluation';

/**
 * The ninety-first fresh held-out set's figures (cs001–cs060, three authors) from its one
 * evaluation (2026-12-05 22:15 UTC; grader frozen at commit da03f49, `corpus91a`, `corpus91b` and
 * `corpus91c` merged after it), copied from `npx tsx test/bench/grading.bench.ts`. A record, not a
 * target: the grader was not tuned on this set before it (README.md). The corpus test checks the
 * grader does no worse than this.
 */
export const NINETY_FIRST_FRESH_FIRST_EVALUATION: FreshEvaluationRecord = {
  points: {
    'pm-owns': { precision: 26 / 26, recall: 26 / 26 },
    'cohort-order': { precision: 30 / 32, recall: 30 / 30 },
    thresholds: { precision: 28 / 28, recall: 28 / 29 },
    holds: { precision: 19 / 19, recall: 19 / 29 },
    'sign-off': { precision: 24 / 25, recall: 24 / 26 },
    rollback: { precision: 26 / 26, recall: 26 / 26 },
    'canary-vs-ab': { precision: 22 / 23, recall: 22 / 22 },
    'model-metrics': { precision: 15 / 16, recall: 15 / 18 },
  },
  classes: {
    strong: { min: 68, max: 98 },
    middling: { min: 16, max: 45 },
    weak: { min: 0, max: 0 },
    salad: { min: 0, max: 4 },
    negated: { min: 0, max: 35 },
    misconception: { min: 16, max: 24 },
    'off-topic': { min: 0, max: 8 },
  },
};
