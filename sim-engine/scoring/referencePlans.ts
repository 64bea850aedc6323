import type { Plan, SegmentKind, Stage, Threshold } from '../domain/plan';
import type { Scenario } from '../domain/scenario';
import { isModelChange } from './weights';
import { calendarFoolsTheCohort } from './calendar';

/**
 * The seed's two interview answers entered as plans. A pack's own reference plans take
 * precedence over these wherever it gives them.
 */

/** Safest first, most valuable last: the order the strong answer argues for. */
export const STRONG_COHORT_ORDER: readonly SegmentKind[] = [
  'internal',
  'early-access',
  'power-user',
  'low-risk',
  'general',
  'new-customer',
  'high-value',
];

const STRONG_STAGES: readonly Stage[] = [
  { percent: 1, hold: { type: 'time', minutes: 60 }, signOff: 'eng-lead' },
  // When the data cannot decide by maxMinutes, the PM signs the stage off rather than
  // rolling back a release nothing is known to be wrong with (gates call it inconclusive).
  {
    percent: 5,
    hold: { type: 'metric', stableMinutes: 360, maxMinutes: 1440, onInconclusive: 'advance' },
    signOff: 'pm',
  },
  {
    percent: 25,
    hold: { type: 'metric', stableMinutes: 720, maxMinutes: 2880, onInconclusive: 'advance' },
    signOff: 'pm',
  },
  { percent: 50, hold: { type: 'time', minutes: 720 }, signOff: 'pm' },
  { percent: 100 },
];

const SERVICE_THRESHOLDS: readonly Threshold[] = [
  { metric: 'error_rate', limit: 0.5, unit: 'pp', compare: 'control' },
  { metric: 'latency_p99', limit: 200, unit: 'ms', compare: 'control' },
  { metric: 'conversion', limit: 2, unit: 'pct', compare: 'cohort' },
];

// A model's failures are quality, not outages: graded answers, user feedback, speed and cost.
const MODEL_THRESHOLDS: readonly Threshold[] = [
  { metric: 'error_rate', limit: 0.5, unit: 'pp', compare: 'control' },
  { metric: 'latency_p95', limit: 25, unit: 'pct', compare: 'control' },
  { metric: 'hallucination_rate', limit: 1, unit: 'pp', compare: 'control' },
  { metric: 'thumbs_down_rate', limit: 20, unit: 'pct', compare: 'control' },
  { metric: 'token_cost', limit: 15, unit: 'pct', compare: 'control' },
];

/**
 * Where the brief's calendar makes this week look worse than last (a sale ended, a holiday), the
 * strong answer reads business metrics against the concurrent control instead of the cohort's
 * own last week: the world moved both versions, and only a concurrent control moved with it.
 */
function againstTheCalendar(scenario: Scenario, threshold: Threshold): Threshold {
  return calendarFoolsTheCohort(scenario) && threshold.compare === 'cohort'
    ? { ...threshold, compare: 'control' }
    : threshold;
}

/** The seed's strong answer adapted to a scenario: its segment kinds, and model metrics where they matter. */
export function strongPlanFor(scenario: Scenario): Plan {
  const present = new Set(scenario.segments.map((segment) => segment.kind));
  const observable = new Set(scenario.observableMetrics);
  const thresholds = (
    isModelChange(scenario.changeKind) ? MODEL_THRESHOLDS : SERVICE_THRESHOLDS
  ).map((threshold) => againstTheCalendar(scenario, threshold));
  return {
    format: 'canary-plan/1',
    cohorts: STRONG_COHORT_ORDER.filter((kind) => present.has(kind)),
    stages: STRONG_STAGES,
    thresholds: thresholds.filter((threshold) => observable.has(threshold.metric)),
    significance: { confidence: 0.95 },
    rollback: { authorizers: ['oncall-sre', 'pm'], coverage: '24x7', mechanism: 'routing' },
    followUp: { abTest: true },
  };
}

/** The seed's weak answer: a random 1 %, then everyone; nothing guarded; a redeploy in office hours. */
export const WEAK_REFERENCE_PLAN: Plan = {
  format: 'canary-plan/1',
  cohorts: 'random',
  stages: [{ percent: 1, hold: { type: 'time', minutes: 60 } }, { percent: 100 }],
  thresholds: [],
  significance: null,
  rollback: { authorizers: ['eng-lead'], coverage: 'business-hours', mechanism: 'redeploy' },
  followUp: { abTest: false },
};

/** The strong and weak plans to compare against: the pack's where given, else the seed's. */
export function referencePlansFor(
  scenario: Scenario,
  given: { readonly strong?: Plan; readonly weak?: Plan } = {},
): { readonly strong: Plan; readonly weak: Plan } {
  return {
    strong: given.strong ?? strongPlanFor(scenario),
    weak: given.weak ?? WEAK_REFERENCE_PLAN,
  };
}
