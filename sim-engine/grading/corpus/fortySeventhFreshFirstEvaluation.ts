import type { FreshEvaluationRecord } from './freshFirstEvaluation';

/**
 * The forty-seventh fresh held-out set's figures (ba001–ba060, three authors) from its one
 * evaluation (2026-12-03 18:44 UTC; grader frozen at commit 3096b43, `corpus47a`, `corpus47b` and
 * `corpus47c` merged after it), copied from `npx tsx test/bench/grading.bench.ts`. A record, not
 * a target: the grader was not tuned on this set before it (README.md). The corpus test checks
 * the grader does no worse than this.
 */
export const FORTY_SEVENTH_FRESH_FIRST_EVALUATION: FreshEvaluationRecord = {
  points: {
    'pm-owns': { precision: 27 / 29, recall: 27 / 29 },
    'cohort-order': { precision: 28 / 29, recall: 28 / 30 },
    thresholds: { precision: 33 / 34, recall: 33 / 33 },
    holds: { precision: 33 / 34, recall: 33 / 33 },
    'sign-off': { precision: 28 / 32, recall: 28 / 28 },
    rollback: { precision: 28 / 28, recall: 28 / 28 },
    'canary-vs-ab': { precision: 24 / 25, recall: 24 / 24 },
    'model-metrics': { precision: 16 / 17, recall: 16 / 16 },
  },
  classes: {
    strong: { min: 74, max: 100 },
    middling: { min: 20, max: 53 },
    weak: { min: 0, max: 13 },
    salad: { min: 0, max: 2 },
    negated: { min: 0, max: 35 },
    misconception: { min: 16, max: 39 },
    'off-topic': { min: 0, max: 8 },
  },
};
