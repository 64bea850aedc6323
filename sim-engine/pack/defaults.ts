import { GUARDED_METRICS } from '../domain/plan';
import type { GuardedMetric } from '../domain/plan';
import type {
  ChangeKind,
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
import {
  DEFAULT_BASELINE,
  DEFAULT_MONITORING,
  DEFAULT_PURCHASE_DELAY,
  DEFAULT_REQUESTS_PER_VISIT,
  DEFAULT_ROLLBACK_TIMES,
  DEFAULT_TRAFFIC,
  DEFAULT_WORLD,
  KIND_DEFAULTS,
  SCENARIO_DEFAULTS,
} from './defaultValues';
import { minuteOfDay } from './regressionSchema';
import { MODEL_CHANGE_KINDS, RUBRIC_DIMENSIONS } from './limits';
import type { BaselineInput, ScenarioInput, SegmentInput } from './scenarioSchema';

type RegressionInput = NonNullable<ScenarioInput['regressions']>[number];

/*
 * A pack leaves most fields out; this module fills them in to give the engine a
 * complete `Scenario`. Every value here is documented in docs/packs.md: change one
 * there too.
 */

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
