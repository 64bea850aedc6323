import type { ChangeKind } from '../domain/scenario';
import type { GuardedMetric } from '../domain/plan';

/** The pack format this build of Canary Coach reads. */
export const PACK_FORMAT = 'canary-pack/1';

/**
 * Ceilings on what a pack may hold. They keep loading, simulating and calibrating a
 * pack quick and keep a hostile file from exhausting memory; docs/packs.md lists them.
 * File size and nesting depth are checked before this, by the safe JSON reader.
 */
export const PACK_LIMITS = {
  scenarios: 200,
  segments: 20,
  regressions: 10,
  effectsPerRegression: 8,
  probes: 20,
  debriefNotes: 20,
  idLength: 64,
  nameLength: 120,
  shortTextLength: 200,
  textLength: 2000,
  descriptionLength: 4000,
  horizonMinutes: 43_200,
  mockMinutes: 120,
  requestsPerMinute: 1e9,
  users: 1e10,
  valuePerConversion: 1e6,
  latencyMs: 600_000,
  tokensPerQuery: 1e6,
  rollbackMinutes: 1440,
  rubricWeight: 100,
  requestsPerVisit: 1000,
  drifts: 10,
} as const;

/** Segment shares may miss 1 by this much, to forgive decimal rounding. */
export const SHARE_SUM_TOLERANCE = 1e-6;

/** Change kinds whose dashboards and regressions include the model-quality metrics. */
export const MODEL_CHANGE_KINDS: readonly ChangeKind[] = ['model', 'prompt'];

/** Metrics that only an eval harness, user feedback or token metering can show. */
export const MODEL_ONLY_METRICS: readonly GuardedMetric[] = [
  'hallucination_rate',
  'thumbs_down_rate',
  'token_cost',
];

// The rubric's dimension ids live with the score types; the loader uses them to catch a
// misspelt dimension in a pack's weights.
export { RUBRIC_DIMENSIONS, type RubricDimension } from '../domain/score';
