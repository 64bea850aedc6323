import type { GuardedMetric, Plan } from '../domain/plan';
import type { Scenario, Segment } from '../domain/scenario';
import {
  addCounts,
  clearCounts,
  drawCounts,
  emptyCounts,
  type ArmCounts,
  type ArmSamplers,
  type ObservedMetrics,
} from '../metrics/armCounts';
import { emptyMix, mixArm, type ArmMix } from '../metrics/armMix';
import { LoadedParameters } from '../metrics/loadLatency';
import { MaturingPurchases, type MaturedSums } from '../metrics/maturingPurchases';
import type { PurchaseArrivals } from '../metrics/purchaseDelay';
import type { SegmentParameters } from '../metrics/segmentParameters';
import { SegmentTails } from '../metrics/segmentTails';
import { applyWorld, type LastWeekRates } from '../metrics/worldMix';
import type { RateMultipliers } from '../metrics/worldRates';
import { createSampler } from '../random/samplers';
import type { RandomStream } from '../random/stream';

/** What both arms share: the segments, the latency tail kept, the metrics observed. */
export interface ArmSetup {
  readonly segments: readonly Segment[];
  readonly tailStart: number;
  readonly observed: ObservedMetrics;
  /** When a visit's purchase shows, in intervals after the visit's. */
  readonly purchaseArrivals: PurchaseArrivals;
  readonly evaluationRate: number;
  /** Each segment's measured rates of last week, for the baseline cohort. */
  readonly lastWeek: LastWeekRates;
  /** A trial's run: no purchases mature when conversion is not observed (they would be none). */
  readonly skipUnobserved?: boolean;
}

/** Counts summed from one interval on: a window a gate reads besides the whole stage. */
export interface WindowCounts {
  readonly startInterval: number;
  readonly counts: ArmCounts;
}

/**
 * What both arms of a run share. A threshold trial's run (`untilSettled`) observes only what its
 * plan's thresholds read.
 */
export function armSetup(
  run: {
    readonly scenario: Scenario;
    readonly plan: Plan;
    readonly tailStart: number;
    readonly purchaseArrivals: PurchaseArrivals;
    readonly untilSettled: boolean;
  },
  lastWeek: LastWeekRates,
): ArmSetup {
  const { scenario, untilSettled } = run;
  return {
    segments: scenario.segments,
    tailStart: run.tailStart,
    observed: untilSettled ? guardedObservation(scenario, run.plan) : observedMetrics(scenario),
    purchaseArrivals: run.purchaseArrivals,
    evaluationRate: scenario.monitoring.evalSampleRate,
    lastWeek,
    skipUnobserved: untilSettled,
  };
}

/** One arm's monitoring: draws each interval, holds purchases until they mature, sums the stage and its windows. */
export class ArmObserver {
  readonly interval: ArmCounts;
  readonly stage: ArmCounts;
  private readonly mix: ArmMix;
  private readonly samplers: ArmSamplers;
  /** Visits and purchases of recent intervals, not yet visible to dashboards. */
  private mixedParameters: readonly SegmentParameters[] | null = null;
  private readonly mixedWeights: Float64Array;
  private readonly purchases: MaturingPurchases;
  /** The segments' parameters with latency slowed by the load of the moment. */
  private readonly loaded = new LoadedParameters();
  /** Starts of the stage and of each window, and what matured for each (same order). */
  private readonly maturedStarts: number[] = [];
  private readonly maturedSums: MaturedSums[] = [];
  stageStartInterval = 0;
  private windows: WindowCounts[] = [];
  /** Sums of closed windows, cleared and reused: a week opens about a hundred windows. */
  private readonly spareCounts: ArmCounts[] = [];
  private readonly segments: readonly Segment[];
  private readonly tailStart: number;
  private readonly observed: ObservedMetrics;
  private readonly lastWeek: LastWeekRates;
  private readonly tails: SegmentTails;
  private readonly maturesPurchases: boolean;

  constructor(arm: 'canary' | 'control', streams: (name: string) => RandomStream, setup: ArmSetup) {
    this.segments = setup.segments;
    this.tailStart = setup.tailStart;
    this.observed = setup.observed;
    this.lastWeek = setup.lastWeek;
    this.tails = new SegmentTails(setup.segments.length, setup.tailStart);
    this.maturesPurchases = setup.observed.conversion || setup.skipUnobserved !== true;
    const sampler = (metric: string) => createSampler(streams(`${arm}/${metric}`));
    this.samplers = {
      errors: sampler('errors'),
      conversions: sampler('conversions'),
      latency: sampler('latency'),
      evaluation: sampler('evaluation'),
      feedback: sampler('feedback'),
      tokens: sampler('tokens'),
    };
    this.purchases = new MaturingPurchases(setup.purchaseArrivals, this.samplers.conversions);
    this.mixedWeights = new Float64Array(setup.segments.length);
    this.interval = emptyCounts(setup.tailStart);
    this.stage = emptyCounts(setup.tailStart);
    this.mix = emptyMix(setup.tailStart);
    this.mix.evaluationRate = setup.evaluationRate;
  }

  /** Starts a new stage's sums; purchases still maturing from before it are left out. */
  startStage(interval: number): void {
    this.stageStartInterval = interval;
    clearCounts(this.stage);
    this.windows = [];
  }

  /** Starts summing a window from `interval` on (purchases of earlier visits left out). */
  openWindow(interval: number): ArmCounts {
    const spare = this.spareCounts.pop();
    if (spare) clearCounts(spare);
    const window = { startInterval: interval, counts: spare ?? emptyCounts(this.tailStart) };
    this.windows.push(window);
    return window.counts;
  }

  /** Stops summing a window; its sums are reused by a later one (the gate reads them no more). */
  closeWindow(counts: ArmCounts): void {
    this.windows = this.windows.filter((window) => window.counts !== counts);
    this.spareCounts.push(counts);
  }

  /**
   * Draws interval `index` from each segment's requests and parameters under the world's
   * rate multipliers of the moment, and adds it to the stage.
   */
  observe(
    index: number,
    requests: ArrayLike<number>,
    parameters: readonly SegmentParameters[],
    multipliers: RateMultipliers,
  ): void {
    let total = 0;
    for (let s = 0; s < this.segments.length; s++) total += requests[s] ?? 0;
    const loaded = this.loaded.at(parameters, multipliers.latencyStep);
    if (total > 0 && this.mixIsStale(requests, total, loaded)) {
      const latency = this.observed.latency !== false;
      mixArm(this.segments, requests, loaded, this.tailStart, this.mix, this.tails, latency);
    }
    if (total > 0)
      applyWorld(this.mix, this.segments, requests, loaded, multipliers, this.lastWeek);
    drawCounts(this.samplers, Math.round(total), this.mix, this.observed, this.interval);
    addCounts(this.stage, this.interval);
    for (const window of this.windows) addCounts(window.counts, this.interval);
    if (this.maturesPurchases) this.matureConversions(index);
  }

  /**
   * The mix depends only on the parameters and each segment's share of the arm, which stay
   * put within a stage (the daily cycle scales every segment alike): recompute on change only.
   */
  private mixIsStale(
    requests: ArrayLike<number>,
    total: number,
    parameters: readonly SegmentParameters[],
  ): boolean {
    let same = this.mixedParameters === parameters;
    for (let s = 0; s < this.mixedWeights.length; s++) {
      const weight = (requests[s] ?? 0) / total;
      if (Math.abs(weight - (this.mixedWeights[s] ?? 0)) >= 1e-9) same = false;
      this.mixedWeights[s] = weight;
    }
    this.mixedParameters = parameters;
    return !same;
  }

  /**
   * The interval's visits start maturing; what matures now shows in the interval's own view
   * (whatever its visit's interval), and in the stage and each window when its visit came
   * after their start.
   */
  private matureConversions(index: number): void {
    const { interval } = this;
    this.purchases.add(
      index,
      interval.maturedVisits,
      interval.conversions,
      interval.referenceConversions,
    );
    const starts = this.maturedStarts;
    const windows = this.windows;
    starts[0] = this.stageStartInterval;
    for (let w = 0; w < windows.length; w++) starts[w + 1] = windows[w]?.startInterval ?? 0;
    if (starts.length !== windows.length + 1) starts.length = windows.length + 1;
    while (this.maturedSums.length < starts.length)
      this.maturedSums.push({ visits: 0, purchases: 0, referencePurchases: 0 });
    this.purchases.mature(index, starts, this.maturedSums);
    const total = this.purchases.total;
    interval.maturedVisits = total.visits;
    interval.conversions = total.purchases;
    interval.referenceConversions = total.referencePurchases;
    addMatured(this.stage, this.maturedSums[0]);
    for (let w = 0; w < this.windows.length; w++)
      addMatured(this.windows[w]?.counts, this.maturedSums[w + 1]);
  }
}

function addMatured(counts: ArmCounts | undefined, sums: MaturedSums | undefined): void {
  if (!counts || !sums) return;
  counts.maturedVisits += sums.visits;
  counts.conversions += sums.purchases;
  counts.referenceConversions += sums.referencePurchases;
}

/** Whether the scenario shows conversion and the model metrics at all. */
export function observedMetrics(scenario: Scenario): ObservedMetrics {
  const metrics = scenario.observableMetrics;
  return {
    conversion: metrics.includes('conversion'),
    model: metrics.some(
      (metric) =>
        metric === 'hallucination_rate' || metric === 'thumbs_down_rate' || metric === 'token_cost',
    ),
  };
}

const MODEL_METRICS: readonly GuardedMetric[] = [
  'hallucination_rate',
  'thumbs_down_rate',
  'token_cost',
];

/**
 * What a threshold trial's run draws: of what the scenario observes, only what its plan's
 * thresholds read. Every metric draws from random streams of its own (armCounts.ts), so the
 * counts a threshold reads are the same draws as when everything is observed.
 */
export function guardedObservation(scenario: Scenario, plan: Plan): ObservedMetrics {
  const observed = observedMetrics(scenario);
  const guarded = (metric: GuardedMetric) =>
    plan.thresholds.some((threshold) => threshold.metric === metric);
  return {
    conversion: observed.conversion && guarded('conversion'),
    model: observed.model && MODEL_METRICS.some(guarded),
    latency: guarded('latency_p95') || guarded('latency_p99'),
  };
}
