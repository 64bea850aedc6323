import type { Plan, Threshold } from '../domain/plan';
import { CHECK_INTERVAL_MINUTES, type Outcome, type RunEvent, type RunResult } from '../domain/run';
import type { Scenario } from '../domain/scenario';
import {
  cohortReference,
  drawSegmentHistory,
  type CohortReference,
  type SegmentHistory,
} from '../gates/cohortReference';
import { ThresholdReader } from '../gates/thresholdEstimate';
import { createSampler } from '../random/samplers';
import { createStreamFactory } from '../random/stream';
import type { Guard } from '../statistics/guard';
import { guardForPlan } from '../gates/planGuard';
import { dispersionModel, type DispersionModel } from '../metrics/dispersion';
import { segmentExposure } from '../traffic/exposure';
import { lastWeekRates, withLastWeeksDays } from '../metrics/lastWeek';
import { WorldRates } from '../metrics/worldRates';
import { unseenConversionMinutes } from '../metrics/purchaseDelay';
import { runChecks } from './checks';
import { createExposureLedger, type ExposureLedger } from './exposureLedger';
import { GateWindows } from './gateWindows';
import { ArmObserver, armSetup } from './observation';
import { summarizeOutcome } from './outcome';
import { RegressionTracking } from './regressionTracking';
import { ReleaseState } from './releaseState';
import { createSeriesRecorder, type SeriesRecorder } from './seriesRecorder';
import { scenarioTraffic } from './scenarioTraffic';
import { TrafficFlow } from './trafficFlow';
import type { SimulationSetup } from './simulationSetup';

/** One run, interval by interval: traffic flows, arms are observed, gates check, the state moves. */
export class Simulation {
  private readonly scenario: Scenario;
  private readonly plan: Plan;
  private readonly traffic: TrafficFlow;
  private readonly regressions: RegressionTracking;
  private readonly world: WorldRates;
  private readonly canary: ArmObserver;
  private readonly control: ArmObserver;
  private readonly history: SegmentHistory[];
  private readonly guard: Guard;
  private readonly windows: GateWindows;
  private readonly dispersion: DispersionModel;
  private readonly reader: ThresholdReader;
  private readonly recorder: SeriesRecorder;
  private readonly ledger: ExposureLedger;
  private readonly events: RunEvent[] = [];
  private readonly state: ReleaseState;
  /** The plan's thresholds with their current limits, each of one object shape. */
  private readonly thresholds: Threshold[];
  private exposure: Float64Array;
  private canaryShare = 0;
  private cohort: CohortReference;
  private firstExposureMinute: number | null = null;
  private amberNoted: boolean[] = [];
  private nextOverride = 0;
  private minute = 0;
  private interval = 0;
  /** Made once: a closure made at every check costs a third of a millisecond per run. */
  private readonly unseenConversionMinutes = (windowMinutes: number) =>
    unseenConversionMinutes(this.setup.purchaseArrivals, windowMinutes);

  constructor(private readonly setup: SimulationSetup) {
    const { scenario, plan, seed, tailStart, clock } = setup;
    const streams = createStreamFactory(seed);
    const evaluationRate = scenario.monitoring.evalSampleRate;
    this.scenario = scenario;
    this.plan = plan;
    this.traffic = new TrafficFlow(scenario.segments, scenarioTraffic(scenario, clock));
    this.regressions = new RegressionTracking(scenario, clock);
    // The world's own randomness has streams of its own: a still world draws nothing.
    this.world = new WorldRates(scenario, clock, createSampler(streams('world/day-effects')));
    this.history = withLastWeeksDays(
      drawSegmentHistory(
        scenario.segments,
        scenario.traffic.requestsPerMinute,
        evaluationRate,
        createSampler(streams('history')),
      ),
      scenario.world.noise,
      createSampler(streams('world/last-week')),
    );
    const arms = armSetup(setup, lastWeekRates(this.history));
    this.canary = new ArmObserver('canary', streams, arms);
    this.control = new ArmObserver('control', streams, arms);
    this.guard = guardForPlan(plan);
    this.windows = new GateWindows(plan, this.canary, this.control, this.traffic.curve);
    this.dispersion = dispersionModel(scenario);
    this.reader = new ThresholdReader(tailStart);
    // A trial's run draws no chart lines: its recorder keeps only what the outcome reads.
    this.recorder = createSeriesRecorder(
      scenario.horizonMinutes,
      setup.untilSettled ? [] : scenario.observableMetrics,
      setup.untilSettled ? [] : plan.thresholds,
    );
    this.ledger = createExposureLedger(scenario.segments);
    this.state = new ReleaseState(plan, clock, scenario.rollbackTimes, this.events);
    this.thresholds = plan.thresholds.map((threshold) => gateThreshold(threshold, threshold.limit));
    this.exposure = new Float64Array(scenario.segments.length);
    this.cohort = cohortReference(this.history, this.exposure, tailStart);
  }

  run(): RunResult {
    this.play();
    return this.result();
  }

  /** A trial's run (`untilSettled`): only the outcome, whose settled part is all it promises. */
  settle(): Outcome {
    this.play();
    return this.outcome();
  }

  private play(): void {
    const horizon = this.scenario.horizonMinutes;
    this.state.enterStage(0, 0);
    this.applyStage();
    const { untilSettled } = this.setup;
    while (this.minute < horizon && !this.state.rolledBack) {
      // A trial's run ends once the intervals so far settle what it reads.
      if (untilSettled && this.state.settledBy(this.interval * CHECK_INTERVAL_MINUTES)) break;
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
    const alpha = this.guard.mode === 'sequential' ? this.guard.alpha : 0;
    this.windows.startStage(this.state.stage, this.minute, alpha);
    this.amberNoted = this.plan.thresholds.map(() => false);
    if (this.firstExposureMinute === null && share > 0) this.firstExposureMinute = this.minute;
  }

  /** Each regression's intensity over this interval, and its onset if the canary now meets it. */
  private beginInterval(): void {
    this.regressions.advance({
      minute: this.minute + CHECK_INTERVAL_MINUTES / 2,
      firstExposureMinute: this.firstExposureMinute,
      canaryShare: this.canaryShare,
    });
    if (!this.state.rolledBack)
      this.regressions.noteOnsets(this.minute, this.exposure, this.events);
  }

  private flowTraffic(end: number): void {
    this.minute = this.traffic.flow(this.minute, end, this.state, this.exposure);
    const { regressions } = this;
    this.ledger.addRequests(
      this.traffic.canaryRequests,
      regressions.affected,
      regressions.canary,
      regressions.baseline,
    );
  }

  private record(): void {
    const { series } = this.recorder;
    const interval = this.interval;
    const totals = this.traffic.totals();
    series.canaryShare[interval] = this.state.rolledBack ? 0 : this.canaryShare;
    series.requestsPerMinute[interval] = this.traffic.curve[interval * CHECK_INTERVAL_MINUTES] ?? 0;
    series.canaryRequests[interval] = totals.canary;
    series.controlRequests[interval] = totals.control;
    series.regressionActive[interval] = this.regressions.activeOnServed(this.exposure) ? 1 : 0;
  }

  /** Draws both arms, reads every threshold, and moves holds, sign-offs and rollbacks on. */
  private observeAndCheck(): void {
    const { canary, control, interval, minute, reader } = this;
    if (this.guard.mode === 'sequential') this.windows.openDue(minute - CHECK_INTERVAL_MINUTES);
    // The interval just flowed: its middle sets the hour of its rates.
    const rates = this.world.at(minute - CHECK_INTERVAL_MINUTES / 2);
    canary.observe(interval, this.traffic.canaryRequests, this.regressions.canary, rates);
    control.observe(interval, this.traffic.controlRequests, this.regressions.baseline, rates);
    const { series } = this.recorder;
    for (const metric of this.scenario.observableMetrics) {
      const canaryLine = series.canary[metric];
      const controlLine = series.control[metric];
      if (canaryLine) canaryLine[interval] = reader.displayValue(metric, canary.interval);
      if (controlLine) controlLine[interval] = reader.displayValue(metric, control.interval);
    }
    this.applyOverrides();
    const stageBefore = this.state.stage;
    runChecks({
      plan: this.plan,
      state: this.state,
      guard: this.guard,
      thresholds: this.thresholds,
      windows: this.windows.active,
      cohort: this.cohort,
      reader,
      dispersion: this.dispersion,
      unseenConversionMinutes: this.unseenConversionMinutes,
      interval,
      minute,
      series,
      amberNoted: this.amberNoted,
      events: this.events,
    });
    this.windows.closeEnded(minute);
    if (this.state.stage !== stageBefore || this.state.signOffIfDue(minute)) this.applyStage();
  }

  /** After full rollout: the new version's readings for the charts, with no gate to read them. */
  private observeNewVersion(): void {
    const rates = this.world.at(this.minute - CHECK_INTERVAL_MINUTES / 2);
    this.canary.observe(this.interval, this.traffic.canaryRequests, this.regressions.canary, rates);
    const line = this.recorder.series.canary;
    for (const metric of this.scenario.observableMetrics) {
      const values = line[metric];
      if (values) values[this.interval] = this.reader.displayValue(metric, this.canary.interval);
    }
  }

  private applyOverrides(): void {
    const { overrides } = this.setup;
    while ((overrides[this.nextOverride]?.atMinute ?? Infinity) <= this.minute) {
      const override = overrides[this.nextOverride++];
      if (!override || override.thresholdIndex >= this.thresholds.length) continue;
      const threshold = this.thresholds[override.thresholdIndex];
      if (threshold)
        this.thresholds[override.thresholdIndex] = gateThreshold(threshold, override.limit);
      this.events.push({
        type: 'override',
        minute: this.minute,
        thresholdIndex: override.thresholdIndex,
        limit: override.limit,
      });
    }
  }

  private outcome(): Outcome {
    return summarizeOutcome({
      scenario: this.scenario,
      plan: this.plan,
      events: this.events,
      ledger: this.ledger.totals(),
      state: this.state,
      endMinute: this.minute,
      overridesUsed: this.nextOverride,
      series: this.recorder.series,
    });
  }

  private result(): RunResult {
    const checks = Math.min(this.interval, this.recorder.series.canaryShare.length);
    const outcome = this.outcome();
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

/** A threshold as the gates read it: one object shape whatever order a plan file wrote. */
function gateThreshold(threshold: Threshold, limit: number): Threshold {
  const { metric, unit, compare } = threshold;
  return { metric, limit, unit, compare };
}
