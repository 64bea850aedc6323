import type { FreshEvaluationRecord } from './freshFirstEvaluation';

/**
 * The eighty-fifth fresh held-out set's figures (cm001–cm060, three authors) from its one
 * evaluation (2026-12-05 18:25 UTC; grader frozen at commit 6628583, `corpus85a`, `corpus85b` and
 * `corpus85c` merged after it), copied from `npx tsx test/bench/grading.bench.ts`. A record, not a
 * target: the grader was not tuned on this set before it (README.md). The corpus test checks the
 * grader does no worse than this.
 */
export const EIGHTY_FIFTH_FRESH_FIRST_EVALUATION: FreshEvaluationRecord = {
  points: {
    'pm-owns': { precision: 25 / 25, recall: 25 / 26 },
    'cohort-order': { precision: 31 / 33, recall: 31 / 31 },
    thresholds: { precision: 27 / 27, recall: 27 / 27 },
    holds: { precision: 17 / 17, recall: 17 / 33 },
    'sign-off': { precision: 25 / 25, recall: 25 / 26 },
    rollback: { precision: 25 / 26, recall: 25 / 26 },
    'canary-vs-ab': { precision: 22 / 24, recall: 22 / 22 },
    'model-metrics': { precision: 14 / 15, recall: 14 / 18 },
  },
  classes: {
    strong: { min: 51, max: 96 },
    middling: { min: 19, max: 49 },
    weak: { min: 0, max: 6 },
    salad: { min: 0, max: 35 },
    negated: { min: 0, max: 7 },
    misconception: { min: 17, max: 48 },
    'off-topic': { min: 0, max: 8 },
  },
};
