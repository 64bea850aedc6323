import type { SegmentKind } from '../domain/plan';
import type {
  Monitoring,
  PurchaseDelay,
  RollbackTimes,
  SegmentBaseline,
  Traffic,
  World,
} from '../domain/scenario';

/*
 * The values a pack inherits when it leaves a field out. Every value here is documented in
 * docs/packs.md: change one there too.
 */

/** Scenario-level defaults for single-valued fields. */
export const SCENARIO_DEFAULTS = {
  difficulty: 'standard',
  /** 2026-03-03 is a Tuesday: a working day with a full week ahead. */
  start: '2026-03-03T10:00',
  timeZone: 'UTC',
  horizonMinutes: 10_080,
  mockMinutes: 10,
  users: 100_000,
  valuePerConversion: 50,
  context: '',
} as const;

/** A mid-sized consumer service with a clear daily rhythm. */
export const DEFAULT_TRAFFIC: Traffic = {
  requestsPerMinute: 2000,
  dailySwing: 0.5,
  peakHour: 14,
  weekendFactor: 0.7,
};

/**
 * A visit makes five requests on average: pages and the calls behind them
 * (docs/engine.md, reference figures).
 */
export const DEFAULT_REQUESTS_PER_VISIT = 5;

/**
 * A shop's world: conversion swings ±15 % over the day and peaks in the evening, errors
 * ±20 % with the load. No drift and no clustered noise unless the scenario declares them:
 * a segment's real day-to-day wander (a few percent) is wider than the 2 % conversion
 * guardrail of the seed's strong answer, so it is a lesson a scenario opts into, not a
 * default every pack inherits (docs/engine.md, "The world").
 */
export const DEFAULT_WORLD: World = {
  rhythm: { conversionSwing: 0.15, conversionPeakHour: 20, errorSwing: 0.2, latencyPerLoad: 0.2 },
  drift: [],
  noise: { conversionDayToDay: 0 },
};

/** A healthy service: few errors, snappy median, a modest tail. */
export const DEFAULT_BASELINE: SegmentBaseline = {
  errorRate: 0.002,
  conversionRate: 0.03,
  latency: { medianMs: 120, logSpread: 0.5 },
  hallucinationRate: 0.03,
  thumbsDownRate: 0.05,
  tokensPerQuery: 800,
};

/**
 * Three purchases in four are made during the visit (median 8 minutes), the rest on a return
 * hours later (median 4 hours); docs/engine.md gives the public figures behind it.
 */
export const DEFAULT_PURCHASE_DELAY: PurchaseDelay = {
  sameVisitShare: 0.75,
  sameVisitMedianMinutes: 8,
  returnMedianMinutes: 240,
  logSpread: 1,
};

/**
 * Purchases reach the dashboards 5 minutes after they are made, after the delay above; the
 * eval harness grades 1 % of responses.
 */
export const DEFAULT_MONITORING: Monitoring = {
  conversionDelayMinutes: 5,
  purchaseDelay: DEFAULT_PURCHASE_DELAY,
  evalSampleRate: 0.01,
};

/** A routing change is quick, a flag quicker still, a redeploy slow. */
export const DEFAULT_ROLLBACK_TIMES: RollbackTimes = {
  routing: 3,
  flag: 1,
  redeploy: 40,
  flagEvaluationSound: true,
};

/** How readily each kind of user reports problems and tolerates them. */
export const KIND_DEFAULTS: Readonly<
  Record<SegmentKind, { readonly feedbackRate: number; readonly tolerance: number }>
> = {
  internal: { feedbackRate: 0.05, tolerance: 0.9 },
  'early-access': { feedbackRate: 0.03, tolerance: 0.8 },
  'power-user': { feedbackRate: 0.04, tolerance: 0.7 },
  'low-risk': { feedbackRate: 0.005, tolerance: 0.5 },
  general: { feedbackRate: 0.01, tolerance: 0.3 },
  'new-customer': { feedbackRate: 0.005, tolerance: 0.1 },
  'high-value': { feedbackRate: 0.01, tolerance: 0.1 },
};
