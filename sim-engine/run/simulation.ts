import type { ScenarioClock } from '../clock/localTime';
import type { Plan } from '../domain/plan';
import {
  CHECK_INTERVAL_MINUTES,
  type RunEvent,
  type RunResult,
  type ThresholdOverride,
} from '../domain/run';
import type { Scenario } from '../domain/scenario';
import {
  cohortReference,
  drawSegmentHistory,
  type CohortReference,
  type SegmentHistory,
} from '../gates/cohortReference';
import { displayValue } from '../gates/thresholdEstimate';
import {
  affectsSegment,
  baselineParameters,
  canaryParameters,
  type SegmentParameters,
} from '../metrics/segmentParameters';
import { createSampler } from '../random/samplers';
import { createStreamFactory } from '../random/stream';
import { onsetIntensity } from '../regression/onset';
import type { Guard } from '../statistics/guard';
import { guardForPlan } from '../gates/planGuard';
import { segmentExposure } from '../traffic/exposure';
import { trafficCurve } from '../traffic/trafficCurve';
import { runChecks } from './checks';
import { createExposureLedger, type ExposureLedger } from './exposureLedger';
import { ArmObserver, observedMetrics } from './observation';
import { summarizeOutcome } from './outcome';
import { ReleaseState } from './releaseState';
import { createSeriesRecorder, type SeriesRecorder } from './seriesRecorder';

export interface SimulationSetup {
  readonly scenario: Scenario;
  readonly plan: Plan;
  readonly seed: number;
  /** Sorted by minute. */
  readonly overrides: readonly ThresholdOverride[];
  readonly clock: ScenarioClock;
  readonly tailStart: number;
  readonly lagIntervals: number;
  readonly recordAfterFullRollout: boolean;
}

/** One run, interval by interval: traffic flows, arms are observed, gates check, the state moves. */
export class Simulation {
  private readonly scenario: Scenario;
  private readonly plan: Plan;
  private readonly curve: Float64Array;
  private readonly canary: ArmObserver;
  private readonly control: ArmObserver;
  private readonly history: SegmentHistory[];
  private readonly guard: Guard;
  private readonly recorder: SeriesRecorder;
  private readonly ledger: ExposureLedger;
  private readonly events: RunEvent[] = [];
  private readonly state: ReleaseState;
  private readonly limits: number[];
  private readonly baseline: SegmentParameters[];
  private canaryParameters: SegmentParameters[];
  private readonly intensities: Float64Array;
  private readonly onsetSeen: boolean[];
  private readonly affected: Uint8Array;
  private readonly canaryRequests: Float64Array;
  private readonly controlRequests: Float64Array;
  private exposure: Float64Array;
  private canaryShare = 0;
  private cohort: CohortReference;
  private firstExposureMinute: number | null = null;
  private amberNoted: boolean[] = [];
  private nextOverride = 0;
  private minute = 0;
  private interval = 0;

  constructor(private readonly setup: SimulationSetup) {
    const { scenario, plan, seed, tailStart, lagIntervals, clock } = setup;
    const segmentCount = scenario.segments.length;
    const streams = createStreamFactory(seed);
    const observed = observedMetrics(scenario);
    const evaluationRate = scenario.monitoring.evalSampleRate;
    this.scenario = scenario;
    this.plan = plan;
    this.curve = trafficCurve(scenario.traffic, clock, scenario.horizonMinutes);
    const arms = { segments: scenario.segments, tailStart, observed, lagIntervals, evaluationRate };
    this.canary = new ArmObserver('canary', streams, arms);
    this.control = new ArmObserver('control', streams, arms);
    this.history = drawSegmentHistory(
      scenario.segments,
      scenario.traffic.requestsPerMinute,
      evaluationRate,
      createSampler(streams('history')),
    );
    this.guard = guardForPlan(plan);
    this.recorder = createSeriesRecorder(
      scenario.horizonMinutes,
      scenario.observableMetrics,
      plan.thresholds,
    );
    this.ledger = createExposureLedger(scenario.segments);
    this.state = new ReleaseState(plan, clock, scenario.rollbackTimes, this.events);
    this.limits = plan.thresholds.map((threshold) => threshold.limit);
    this.baseline = scenario.segments.map(baselineParameters);
    this.canaryParameters = this.baseline;
    this.intensities = new Float64Array(scenario.regressions.length);
    this.onsetSeen = scenario.regressions.map(() => false);
    this.affected = new Uint8Array(segmentCount);
    this.canaryRequests = new Float64Array(segmentCount);
    this.controlRequests = new Float64Array(segmentCount);
    this.exposure = new Float64Array(segmentCount);
    this.cohort = cohortReference(this.history, this.exposure, tailStart);
  }

  run(): RunResult {
    const horizon = this.scenario.horizonMinutes;
    this.state.enterStage(0, 0);
    this.applyStage();
    while (this.minute < horizon && !this.state.rolledBack) {
      this.beginInterval();
      this.flowTraffic(Math.min(horizon, this.minute + CHECK_INTERVAL_MINUTES));
      this.record();
      if (this.state.comparing && this.minute % CHECK_INTERVAL_MINUTES === 0)
        this.observeAndCheck();
      else if (this.setup.recordAfterFullRollout && this.state.phase === 'full')
        this.observeNewVersion();
      this.interval++;
    }
    this.state.advanceTo(this.minute);
    if (!this.state.rolledBack) this.events.push({ type: 'horizon-reached', minute: this.minute });
    return this.result();
  }

  /** Exposure, cohort reference and fresh stage sums for the stage the state just entered. */
  private applyStage(): void {
    const { segments } = this.scenario;
    this.exposure = segmentExposure(segments, this.plan.cohorts, this.state.percent);
    let share = 0;
    for (let s = 0; s < segments.length; s++)
      share += (segments[s]?.share ?? 0) * (this.exposure[s] ?? 0);
    this.canaryShare = share;
    this.ledger.noteExposure(this.exposure);
    const weights = segments.map(
      (segment, s) => (segment.share * (this.exposure[s] ?? 0)) / (share > 0 ? share : 1),
    );
    this.cohort = cohortReference(this.history, weights, this.setup.tailStart);
    const interval = this.minute / CHECK_INTERVAL_MINUTES;
    this.canary.startStage(interval);
    this.control.startStage(interval);
    this.amberNoted = this.plan.thresholds.map(() => false);
    if (this.firstExposureMinute === null && share > 0) this.firstExposureMinute = this.minute;
  }

  /** Each regression's intensity over this interval, and the new version's parameters. */
  private beginInterval(): void {
    const { regressions, segments } = this.scenario;
    const context = {
      minute: this.minute + CHECK_INTERVAL_MINUTES / 2,
      firstExposureMinute: this.firstExposureMinute,
      canaryShare: this.canaryShare,
    };
    let changed = false;
    for (let r = 0; r < regressions.length; r++) {
      const regression = regressions[r];
      const intensity = regression ? onsetIntensity(regression.onset, context) : 0;
      changed ||= intensity !== this.intensities[r];
      this.intensities[r] = intensity;
    }
    if (changed) {
      this.canaryParameters = segments.map((segment) =>
        canaryParameters(segment, regressions, this.intensities),
      );
      segments.forEach((segment, s) => {
        this.affected[s] = regressions.some(
          (regression, r) => (this.intensities[r] ?? 0) > 0 && affectsSegment(regression, segment),
        )
          ? 1
          : 0;
      });
    }
    this.noteOnsets();
  }

  /** A regression's onset is the first interval it is active on traffic the new version serves. */
  private noteOnsets(): void {
    const { regressions, segments } = this.scenario;
    regressions.forEach((regression, r) => {
      if (this.onsetSeen[r] || !((this.intensities[r] ?? 0) > 0)) return;
      const served = segments.some(
        (segment, s) => (this.exposure[s] ?? 0) > 0 && affectsSegment(regression, segment),
      );
      if (!served || this.state.rolledBack) return;
      this.onsetSeen[r] = true;
      this.events.push({
        type: 'regression-onset',
        minute: this.minute,
        regressionId: regression.id,
      });
    });
  }

  /** Requests of the interval per segment and arm; a rollback may complete part-way. */
  private flowTraffic(end: number): void {
    const start = this.minute;
    let traffic = 0;
    let liveTraffic = 0;
    for (let minute = start; minute < end; minute++) traffic += this.curve[minute] ?? 0;
    for (; this.minute < end; this.minute++) {
      this.state.advanceTo(this.minute);
      if (this.state.rolledBack) break;
      liveTraffic += this.curve[this.minute] ?? 0;
    }
    const { segments } = this.scenario;
    for (let s = 0; s < segments.length; s++) {
      const share = segments[s]?.share ?? 0;
      this.canaryRequests[s] = liveTraffic * share * (this.exposure[s] ?? 0);
      this.controlRequests[s] = traffic * share - (this.canaryRequests[s] ?? 0);
    }
    this.ledger.addRequests(
      this.canaryRequests,
      this.affected,
      this.canaryParameters,
      this.baseline,
    );
  }

  private record(): void {
    const { series } = this.recorder;
    const interval = this.interval;
    series.canaryShare[interval] = this.state.rolledBack ? 0 : this.canaryShare;
    series.requestsPerMinute[interval] = this.curve[interval * CHECK_INTERVAL_MINUTES] ?? 0;
    let canary = 0;
    let control = 0;
    for (let s = 0; s < this.canaryRequests.length; s++) {
      canary += this.canaryRequests[s] ?? 0;
      control += this.controlRequests[s] ?? 0;
    }
    series.canaryRequests[interval] = canary;
    series.controlRequests[interval] = control;
    let active = 0;
    for (let s = 0; s < this.affected.length; s++)
      if (this.affected[s] && (this.exposure[s] ?? 0) > 0) active = 1;
    series.regressionActive[interval] = active;
  }

  /** Draws both arms, reads every threshold, and moves holds, sign-offs and rollbacks on. */
  private observeAndCheck(): void {
    const { canary, control, interval, minute } = this;
    const tailStart = this.setup.tailStart;
    canary.observe(interval, this.canaryRequests, this.canaryParameters);
    control.observe(interval, this.controlRequests, this.baseline);
    const { series } = this.recorder;
    for (const metric of this.scenario.observableMetrics) {
      const canaryLine = series.canary[metric];
      const controlLine = series.control[metric];
      if (canaryLine) canaryLine[interval] = displayValue(metric, canary.interval, tailStart);
      if (controlLine) controlLine[interval] = displayValue(metric, control.interval, tailStart);
    }
    this.applyOverrides();
    const stageBefore = this.state.stage;
    runChecks({
      plan: this.plan,
      state: this.state,
      guard: this.guard,
      limits: this.limits,
      canary: canary.stage,
      control: control.stage,
      cohort: this.cohort,
      tailStart,
      interval,
      minute,
      series,
      amberNoted: this.amberNoted,
      events: this.events,
    });
    if (this.state.stage !== stageBefore || this.state.signOffIfDue(minute)) this.applyStage();
  }

  /** After full rollout: the new version's readings for the charts, with no gate to read them. */
  private observeNewVersion(): void {
    this.canary.observe(this.interval, this.canaryRequests, this.canaryParameters);
    const line = this.recorder.series.canary;
    for (const metric of this.scenario.observableMetrics) {
      const values = line[metric];
      if (values)
        values[this.interval] = displayValue(metric, this.canary.interval, this.setup.tailStart);
    }
  }

  private applyOverrides(): void {
    const { overrides } = this.setup;
    while ((overrides[this.nextOverride]?.atMinute ?? Infinity) <= this.minute) {
      const override = overrides[this.nextOverride++];
      if (!override || override.thresholdIndex >= this.limits.length) continue;
      this.limits[override.thresholdIndex] = override.limit;
      this.events.push({
        type: 'override',
        minute: this.minute,
        thresholdIndex: override.thresholdIndex,
        limit: override.limit,
      });
    }
  }

  private result(): RunResult {
    const checks = Math.min(this.interval, this.recorder.series.canaryShare.length);
    const outcome = summarizeOutcome({
      scenario: this.scenario,
      plan: this.plan,
      events: this.events,
      ledger: this.ledger.totals(),
      state: this.state,
      endMinute: this.minute,
      overridesUsed: this.nextOverride,
    });
    return {
      scenarioId: this.scenario.id,
      seed: this.setup.seed,
      plan: this.plan,
      outcome,
      events: this.events,
      series: this.recorder.trim(checks),
    };
  }
}
