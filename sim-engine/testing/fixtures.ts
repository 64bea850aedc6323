import type { Plan } from '../domain/plan';
import type { Regression, Scenario, Segment, SegmentBaseline, World } from '../domain/scenario';
import { STRONG_COHORT_ORDER, WEAK_REFERENCE_PLAN } from '../scoring/referencePlans';

/** Shared by tests and benchmarks: small, explicit scenarios and the seed's two answers as plans. */

const BASELINE: SegmentBaseline = {
  errorRate: 0.005,
  conversionRate: 0.03,
  latency: { medianMs: 120, logSpread: 0.5 },
  hallucinationRate: 0.04,
  thumbsDownRate: 0.12,
  tokensPerQuery: 900,
};

function segment(
  id: string,
  kind: Segment['kind'],
  share: number,
  changes: Partial<SegmentBaseline> = {},
): Segment {
  return {
    id,
    name: id,
    kind,
    share,
    users: Math.round(share * 2_000_000),
    valuePerConversion: kind === 'high-value' ? 400 : 60,
    feedbackRate: kind === 'power-user' ? 0.05 : 0.01,
    tolerance: kind === 'internal' ? 1 : 0.3,
    requestsPerVisit: 1,
    clockOffsetHours: 0,
    baseline: { ...BASELINE, ...changes },
  };
}

/** Seven segments, one of each kind. */
export const SEVEN_SEGMENTS: readonly Segment[] = [
  segment('staff', 'internal', 0.02, { conversionRate: 0.004 }),
  segment('beta', 'early-access', 0.05),
  segment('power', 'power-user', 0.08),
  segment('free-tier', 'low-risk', 0.15, { conversionRate: 0.015 }),
  segment('everyone', 'general', 0.45),
  segment('newcomers', 'new-customer', 0.15, { conversionRate: 0.04 }),
  segment('enterprise', 'high-value', 0.1, { conversionRate: 0.05 }),
];

/**
 * A world with no rhythm in its rates, no drift and no clustered noise: the fixtures'
 * statistics are the plain binomial ones the gates' tests reason about.
 */
export const STILL_WORLD: World = {
  rhythm: { conversionSwing: 0, conversionPeakHour: 20, errorSwing: 0, latencyPerLoad: 0 },
  drift: [],
  noise: { conversionDayToDay: 0 },
};

/** A week-long model scenario with every metric observable and no regression. */
export function fixtureScenario(changes: Partial<Scenario> = {}): Scenario {
  return {
    id: 'fixture',
    title: 'Fixture',
    changeKind: 'model',
    difficulty: 'standard',
    brief: {
      product: 'A shop assistant',
      change: 'A new model',
      context: 'Test fixture',
      calendar: '',
    },
    start: '2026-03-03T10:00',
    timeZone: 'UTC',
    horizonMinutes: 7 * 1440,
    traffic: { requestsPerMinute: 20_000, dailySwing: 0.5, peakHour: 14, weekendFactor: 0.7 },
    world: STILL_WORLD,
    segments: SEVEN_SEGMENTS,
    regressions: [],
    // Every purchase at its visit, shown exactly 30 minutes later: the fixed delay the gates'
    // tests were written against.
    monitoring: {
      conversionDelayMinutes: 30,
      purchaseDelay: {
        sameVisitShare: 1,
        sameVisitMedianMinutes: 0,
        returnMedianMinutes: 0,
        logSpread: 0,
      },
      evalSampleRate: 0.02,
    },
    rollbackTimes: { routing: 3, flag: 1, redeploy: 40, flagEvaluationSound: true },
    observableMetrics: [
      'error_rate',
      'latency_p99',
      'latency_p95',
      'conversion',
      'hallucination_rate',
      'thumbs_down_rate',
      'token_cost',
    ],
    probes: [],
    debriefNotes: [],
    mockMinutes: 10,
    rubricWeights: {},
    ...changes,
  };
}

export function regression(changes: Partial<Regression> = {}): Regression {
  return {
    id: 'r1',
    effects: [{ metric: 'error_rate', change: 'absolute', amount: 0.02 }],
    segments: [],
    onset: { type: 'immediate' },
    cause: 'Test regression',
    ...changes,
  };
}

/** The seed's strong answer, as a plan. */
export const STRONG_PLAN: Plan = {
  format: 'canary-plan/1',
  cohorts: STRONG_COHORT_ORDER,
  stages: [
    { percent: 1, hold: { type: 'time', minutes: 60 }, signOff: 'eng-lead' },
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
  ],
  thresholds: [
    { metric: 'error_rate', limit: 0.5, unit: 'pp', compare: 'control' },
    { metric: 'latency_p99', limit: 200, unit: 'ms', compare: 'control' },
    { metric: 'conversion', limit: 2, unit: 'pct', compare: 'cohort' },
  ],
  significance: { confidence: 0.95 },
  rollback: { authorizers: ['oncall-sre', 'pm'], coverage: '24x7', mechanism: 'routing' },
  followUp: { abTest: true },
};

/** The seed's weak answer: a random slice, no thresholds, 1 % then everyone. */
export const WEAK_PLAN: Plan = WEAK_REFERENCE_PLAN;
