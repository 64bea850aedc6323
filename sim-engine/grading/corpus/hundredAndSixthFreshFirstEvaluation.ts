import type { FreshEvaluationRecord } from './freshFirstEvaluation';

/**
 * The hundred-and-sixth fresh held-out set's figures (dh001–dh060, three authors) from its one
 * evaluation (2026-12-06; grader frozen at commit b4f8ffcb, `corpus106a`, `corpus106b` and
 * `corpus106c` merged after it), copied from `npx tsx test/bench/grading.bench.ts`. A record, not
 * a target: the grader was not tuned on this set before it (README.md). The corpus test checks
 * the grader does no worse than this.
 */
export const HUNDRED_AND_SIXTH_FRESH_FIRST_EVALUATION: FreshEvaluationRecord = {
  points: {
    'pm-owns': { precision: 16 / 16, recall: 16 / 26 },
    'cohort-order': { precision: 21 / 23, recall: 21 / 30 },
    thresholds: { precision: 21 / 21, recall: 21 / 29 },
    holds: { precision: 26 / 26, recall: 26 / 31 },
    'sign-off': { precision: 21 / 22, recall: 21 / 25 },
    rollback: { precision: 23 / 23, recall: 23 / 25 },
    'canary-vs-ab': { precision: 18 / 19, recall: 18 / 21 },
    'model-metrics': { precision: 12 / 12, recall: 12 / 17 },
  },
  classes: {
    strong: { min: 35, max: 94 },
    middling: { min: 9, max: 38 },
    weak: { min: 0, max: 7 },
    salad: { min: 0, max: 27 },
    negated: { min: 0, max: 35 },
    misconception: { min: 11, max: 52 },
    'off-topic': { min: 0, max: 8 },
  },
};
