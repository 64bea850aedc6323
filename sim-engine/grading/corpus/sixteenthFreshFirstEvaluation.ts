import type { FreshEvaluationRecord } from './freshFirstEvaluation';

/**
 * The sixteenth fresh held-out set's figures (d001–d060, three authors) from its one evaluation
 * (2026-12-02 14:21 UTC; grader frozen at commit 784cc1c, `corpus16a`, `corpus16b` and `corpus16c` merged
 * after it), copied from `npx tsx test/bench/grading.bench.ts`. A record, not a target: the
 * grader was not tuned on this set before it (README.md). The corpus test checks the grader does
 * no worse than this.
 */
export const SIXTEENTH_FRESH_FIRST_EVALUATION: FreshEvaluationRecord = {
  points: {
    'pm-owns': { precision: 26 / 26, recall: 26 / 27 },
    'cohort-order': { precision: 27 / 27, recall: 27 / 28 },
    thresholds: { precision: 26 / 26, recall: 26 / 26 },
    holds: { precision: 29 / 29, recall: 29 / 29 },
    'sign-off': { precision: 26 / 30, recall: 26 / 27 },
    rollback: { precision: 29 / 30, recall: 29 / 29 },
    'canary-vs-ab': { precision: 22 / 22, recall: 22 / 24 },
    'model-metrics': { precision: 9 / 9, recall: 9 / 11 },
  },
  classes: {
    strong: { min: 41, max: 97 },
    middling: { min: 28, max: 46 },
    weak: { min: 0, max: 15 },
    salad: { min: 4, max: 13 },
    negated: { min: 0, max: 9 },
    misconception: { min: 19, max: 54 },
    'off-topic': { min: 0, max: 19 },
  },
};
