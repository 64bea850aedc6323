import type { FreshEvaluationRecord } from './freshFirstEvaluation';

/**
 * The ninety-fourth fresh held-out set's figures (cv001–cv060, three authors) from its one
 * evaluation (2026-12-06 03:06 UTC; grader frozen at commit 114775a, `corpus94a`, `corpus94b` and
 * `corpus94c` merged after it), copied from `npx tsx test/bench/grading.bench.ts`. A record, not a
 * target: the grader was not tuned on this set before it (README.md). The corpus test checks the
 * grader does no worse than this.
 */
export const NINETY_FOURTH_FRESH_FIRST_EVALUATION: FreshEvaluationRecord = {
  points: {
    'pm-owns': { precision: 14 / 14, recall: 14 / 25 },
    'cohort-order': { precision: 27 / 27, recall: 27 / 31 },
    thresholds: { precision: 29 / 29, recall: 29 / 30 },
    holds: { precision: 24 / 26, recall: 24 / 30 },
    'sign-off': { precision: 20 / 20, recall: 20 / 26 },
    rollback: { precision: 25 / 25, recall: 25 / 26 },
    'canary-vs-ab': { precision: 24 / 25, recall: 24 / 25 },
    'model-metrics': { precision: 15 / 17, recall: 15 / 18 },
  },
  classes: {
    strong: { min: 65, max: 96 },
    middling: { min: 13, max: 48 },
    weak: { min: 0, max: 6 },
    salad: { min: 0, max: 26 },
    negated: { min: 0, max: 12 },
    misconception: { min: 15, max: 27 },
    'off-topic': { min: 0, max: 7 },
  },
};
