import { GUARDED_METRICS } from '../domain/plan';
import type { GuardedMetric, SegmentKind } from '../domain/plan';
import type {
  ChangeKind,
  Monitoring,
  PurchaseDelay,
  Onset,
  Probe,
  Regression,
  RollbackTimes,
  Scenario,
  Segment,
  SegmentBaseline,
  Traffic,
  World,
} from '../domain/scenario';
import { defaultProbes } from './defaultProbes';
import { minuteOfDay } from './regressionSchema';
import { MODEL_CHANGE_KINDS, RUBRIC_DIMENSIONS } from './limits';
import type { BaselineInput, ScenarioInput, SegmentInput } from './scenarioSchema';

type RegressionInput = NonNullable<ScenarioInput['regressions']>[number];

/*
 * A pack leaves most fields out; this module fills them in to give the engine a
 * complete `Scenario`. Every value here is documented in docs/packs.md: change one
 * there too.
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

function fillPurchaseDelay(
  input: { readonly [K in keyof PurchaseDelay]?: number | undefined } | undefined,
): PurchaseDelay {
  const fallback = DEFAULT_PURCHASE_DELAY;
  return {
    sameVisitShare: input?.sameVisitShare ?? fallback.sameVisitShare,
    sameVisitMedianMinutes: input?.sameVisitMedianMinutes ?? fallback.sameVisitMedianMinutes,
    returnMedianMinutes: input?.returnMedianMinutes ?? fallback.returnMedianMinutes,
    logSpread: input?.logSpread ?? fallback.logSpread,
  };
}

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

/** What every dashboard shows; model and prompt changes add the quality metrics. */
const BASE_METRICS: readonly GuardedMetric[] = ['error_rate', 'latency_p99', 'conversion'];

/** Metrics a change kind's dashboards can show, in the plan contract's order. */
export function observableMetricsFor(changeKind: ChangeKind): readonly GuardedMetric[] {
  return MODEL_CHANGE_KINDS.includes(changeKind) ? [...GUARDED_METRICS] : [...BASE_METRICS];
}

/** A baseline from the built-in defaults, overridden by the scenario, then the segment. */
export function fillBaseline(
  scenarioLevel: BaselineInput | undefined,
  segmentLevel: BaselineInput | undefined,
): SegmentBaseline {
  const pick = <K extends Exclude<keyof SegmentBaseline, 'latency'>>(key: K): number =>
    segmentLevel?.[key] ?? scenarioLevel?.[key] ?? DEFAULT_BASELINE[key];
  return {
    errorRate: pick('errorRate'),
    conversionRate: pick('conversionRate'),
    latency: {
      medianMs:
        segmentLevel?.latency?.medianMs ??
        scenarioLevel?.latency?.medianMs ??
        DEFAULT_BASELINE.latency.medianMs,
      logSpread:
        segmentLevel?.latency?.logSpread ??
        scenarioLevel?.latency?.logSpread ??
        DEFAULT_BASELINE.latency.logSpread,
    },
    hallucinationRate: pick('hallucinationRate'),
    thumbsDownRate: pick('thumbsDownRate'),
    tokensPerQuery: pick('tokensPerQuery'),
  };
}

function fillSegment(segment: SegmentInput, scenario: ScenarioInput): Segment {
  const byKind = KIND_DEFAULTS[segment.kind];
  const users = scenario.users ?? SCENARIO_DEFAULTS.users;
  return {
    id: segment.id,
    name: segment.name ?? segment.id,
    kind: segment.kind,
    share: segment.share,
    users: segment.users ?? Math.max(1, Math.round(segment.share * users)),
    valuePerConversion:
      segment.valuePerConversion ??
      scenario.valuePerConversion ??
      SCENARIO_DEFAULTS.valuePerConversion,
    feedbackRate: segment.feedbackRate ?? byKind.feedbackRate,
    tolerance: segment.tolerance ?? byKind.tolerance,
    requestsPerVisit:
      segment.requestsPerVisit ?? scenario.traffic?.requestsPerVisit ?? DEFAULT_REQUESTS_PER_VISIT,
    clockOffsetHours: segment.clockOffsetHours ?? 0,
    baseline: fillBaseline(scenario.baseline, segment.baseline),
  };
}

function fillTraffic(traffic: ScenarioInput['traffic']): Traffic {
  return {
    requestsPerMinute: traffic?.requestsPerMinute ?? DEFAULT_TRAFFIC.requestsPerMinute,
    dailySwing: traffic?.dailySwing ?? DEFAULT_TRAFFIC.dailySwing,
    peakHour: traffic?.peakHour ?? DEFAULT_TRAFFIC.peakHour,
    weekendFactor: traffic?.weekendFactor ?? DEFAULT_TRAFFIC.weekendFactor,
  };
}

function fillRollbackTimes(times: ScenarioInput['rollbackTimes']): RollbackTimes {
  return {
    routing: times?.routing ?? DEFAULT_ROLLBACK_TIMES.routing,
    flag: times?.flag ?? DEFAULT_ROLLBACK_TIMES.flag,
    redeploy: times?.redeploy ?? DEFAULT_ROLLBACK_TIMES.redeploy,
    flagEvaluationSound: times?.flagEvaluationSound ?? DEFAULT_ROLLBACK_TIMES.flagEvaluationSound,
  };
}

/** The id a regression gets when the pack gives none: its 1-based position. */
export function regressionId(index: number): string {
  return `regression-${index + 1}`;
}

/** The id a probe gets when the pack gives none: its 1-based position. */
export function probeId(index: number): string {
  return `probe-${index + 1}`;
}

function fillOnset(onset: RegressionInput['onset']): Onset {
  if (!onset) return { type: 'immediate' };
  if (onset.type === 'clock-hours')
    return {
      type: 'clock-hours',
      fromMinute: minuteOfDay(onset.from),
      toMinute: minuteOfDay(onset.to),
    };
  return { ...onset };
}

function fillWorld(world: ScenarioInput['world']): World {
  const rhythm = world?.rhythm;
  return {
    rhythm: {
      conversionSwing: rhythm?.conversionSwing ?? DEFAULT_WORLD.rhythm.conversionSwing,
      conversionPeakHour: rhythm?.conversionPeakHour ?? DEFAULT_WORLD.rhythm.conversionPeakHour,
      errorSwing: rhythm?.errorSwing ?? DEFAULT_WORLD.rhythm.errorSwing,
      latencyPerLoad: rhythm?.latencyPerLoad ?? DEFAULT_WORLD.rhythm.latencyPerLoad,
    },
    drift: (world?.drift ?? []).map((drift) => ({
      metric: drift.metric,
      amount: drift.amount,
      fromMinute: drift.fromMinute ?? 0,
      rampMinutes: drift.rampMinutes ?? 0,
    })),
    noise: {
      conversionDayToDay:
        world?.noise?.conversionDayToDay ?? DEFAULT_WORLD.noise.conversionDayToDay,
    },
  };
}

function fillRegressions(scenario: ScenarioInput): Regression[] {
  return (scenario.regressions ?? []).map((regression, index) => ({
    id: regression.id ?? regressionId(index),
    effects: regression.effects.map((effect) => ({ ...effect })),
    segments: [...(regression.segments ?? [])],
    onset: fillOnset(regression.onset),
    cause: regression.cause,
  }));
}

function fillProbes(scenario: ScenarioInput, mockMinutes: number): readonly Probe[] {
  if (!scenario.probes) return defaultProbes(scenario.changeKind, mockMinutes);
  return scenario.probes.map((probe, index) => ({
    id: probe.id ?? probeId(index),
    text: probe.text,
    ...(probe.atMinute === undefined ? {} : { atMinute: probe.atMinute }),
    ...(probe.whenMissing === undefined ? {} : { whenMissing: probe.whenMissing }),
  }));
}

/** Rubric weights as a plain record: the pack's, overridden by the scenario's. */
export type RubricWeightsInput = Readonly<Record<string, number | undefined>>;

function fillRubricWeights(
  packLevel: RubricWeightsInput | undefined,
  scenarioLevel: RubricWeightsInput | undefined,
): Record<string, number> {
  const weights: Record<string, number> = {};
  for (const dimension of RUBRIC_DIMENSIONS) {
    const weight = scenarioLevel?.[dimension] ?? packLevel?.[dimension];
    if (weight !== undefined) weights[dimension] = weight;
  }
  return weights;
}

/** The engine's complete scenario from one validated pack scenario. */
export function fillScenario(
  input: ScenarioInput,
  packWeights: RubricWeightsInput | undefined,
): Scenario {
  const mockMinutes = input.mockMinutes ?? SCENARIO_DEFAULTS.mockMinutes;
  return {
    id: input.id,
    title: input.title,
    changeKind: input.changeKind,
    difficulty: input.difficulty ?? SCENARIO_DEFAULTS.difficulty,
    brief: {
      product: input.brief.product,
      change: input.brief.change,
      context: input.brief.context ?? SCENARIO_DEFAULTS.context,
      calendar: input.brief.calendar ?? SCENARIO_DEFAULTS.context,
    },
    start: input.start ?? SCENARIO_DEFAULTS.start,
    timeZone: input.timeZone ?? SCENARIO_DEFAULTS.timeZone,
    horizonMinutes: input.horizonMinutes ?? SCENARIO_DEFAULTS.horizonMinutes,
    traffic: fillTraffic(input.traffic),
    world: fillWorld(input.world),
    segments: input.segments.map((segment) => fillSegment(segment, input)),
    regressions: fillRegressions(input),
    monitoring: {
      conversionDelayMinutes:
        input.monitoring?.conversionDelayMinutes ?? DEFAULT_MONITORING.conversionDelayMinutes,
      purchaseDelay: fillPurchaseDelay(input.monitoring?.purchaseDelay),
      evalSampleRate: input.monitoring?.evalSampleRate ?? DEFAULT_MONITORING.evalSampleRate,
    },
    rollbackTimes: fillRollbackTimes(input.rollbackTimes),
    observableMetrics: input.observableMetrics
      ? [...input.observableMetrics]
      : observableMetricsFor(input.changeKind),
    probes: fillProbes(input, mockMinutes),
    debriefNotes: [...(input.debriefNotes ?? [])],
    mockMinutes,
    rubricWeights: fillRubricWeights(packWeights, input.rubricWeights),
  };
}
