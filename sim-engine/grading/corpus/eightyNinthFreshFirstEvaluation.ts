import type { FreshEvaluationRecord } from './freshFirstEvaluation';

/**
 * The eighty-ninth fresh held-out set's figures (cq001–cq060, three authors) from its one
 * evaluation (2026-12-05 21:26 UTC; grader frozen at commit 386d26c, `corpus89a`, `corpus89b` and
 * `corpus89c` merged after it), copied from `npx tsx test/bench/grading.bench.ts`. A record, not a
 * target: the grader was not tuned on this set before it (README.md). The corpus test checks the
 * grader does no worse than this.
 */
export const EIGHTY_NINTH_FRESH_FIRST_EVALUATION: FreshEvaluationRecord = {
  points: {
    'pm-owns': { precision: 17 / 17, recall: 17 / 25 },
    'cohort-order': { precision: 31 / 31, recall: 31 / 32 },
    thresholds: { precision: 26 / 26, recall: 26 / 26 },
    holds: { precision: 28 / 28, recall: 28 / 30 },
    'sign-off': { precision: 24 / 24, recall: 24 / 25 },
    rollback: { precision: 27 / 27, recall: 27 / 27 },
    'canary-vs-ab': { precision: 23 / 23, recall: 23 / 23 },
    'model-metrics': { precision: 15 / 15, recall: 15 / 17 },
  },
  classes: {
    strong: { min: 65, max: 98 },
    middling: { min: 23, max: 52 },
    weak: { min: 0, max: 0 },
    salad: { min: 0, max: 7 },
    negated: { min: 0, max: 1 },
    misconception: { min: 12, max: 42 },
    'off-topic': { min: 0, max: 12 },
  },
};
