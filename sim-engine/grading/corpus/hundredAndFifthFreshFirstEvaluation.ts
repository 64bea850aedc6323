import type { FreshEvaluationRecord } from './freshFirstEvaluation';

/**
 * The hundred-and-fifth fresh held-out set's figures (dg001–dg060, three authors) from its one
 * evaluation (2026-12-06; grader frozen at commit cf06f911, `corpus105a`, `corpus105b` and
 * `corpus105c` merged after it), copied from `npx tsx test/bench/grading.bench.ts`. A record, not
 * a target: the grader was not tuned on this set before it (README.md). The corpus test checks
 * the grader does no worse than this.
 */
export const HUNDRED_AND_FIFTH_FRESH_FIRST_EVALUATION: FreshEvaluationRecord = {
  points: {
    'pm-owns': { precision: 27 / 27, recall: 27 / 28 },
    'cohort-order': { precision: 27 / 28, recall: 27 / 31 },
    thresholds: { precision: 24 / 24, recall: 24 / 26 },
    holds: { precision: 25 / 25, recall: 25 / 30 },
    'sign-off': { precision: 25 / 25, recall: 25 / 25 },
    rollback: { precision: 22 / 22, recall: 22 / 27 },
    'canary-vs-ab': { precision: 21 / 23, recall: 21 / 24 },
    'model-metrics': { precision: 12 / 12, recall: 12 / 18 },
  },
  classes: {
    strong: { min: 25, max: 94 },
    middling: { min: 25, max: 46 },
    weak: { min: 0, max: 10 },
    salad: { min: 0, max: 13 },
    negated: { min: 0, max: 9 },
    misconception: { min: 7, max: 26 },
    'off-topic': { min: 0, max: 5 },
  },
};
