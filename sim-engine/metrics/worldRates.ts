import type { LocalTime, ScenarioClock } from '../clock/localTime';
import type { Drift, Scenario } from '../domain/scenario';
import type { Sampler } from '../random/samplers';
import { shiftedClock } from '../traffic/segmentTraffic';
import { requestsPerMinuteAtTime } from '../traffic/trafficCurve';
import { loadLatencyStep } from './loadLatency';

/**
 * Multipliers of each segment's conversion and error rates at one moment, both versions
 * alike: this week's (rhythm × drift × the day's random effect) and last week's at the same
 * local hour (rhythm only), which is what the baseline cohort compares with.
 */
export interface RateMultipliers {
  readonly conversion: Float64Array;
  readonly errors: Float64Array;
  readonly lastWeekConversion: Float64Array;
  readonly lastWeekErrors: Float64Array;
  /** Latency's load step of the moment (metrics/loadLatency.ts): 0 at or below average load. */
  latencyStep: number;
}

const hourCycle = (hour: number, peakHour: number) =>
  Math.cos((2 * Math.PI * (hour - peakHour)) / 24);

/** Lognormal multipliers with mean 1 and coefficient of variation `cv`. */
export function dayEffect(cv: number, normal: number): number {
  if (cv <= 0) return 1;
  const spread = Math.sqrt(Math.log(1 + cv * cv));
  return Math.exp(spread * normal - (spread * spread) / 2);
}

function driftAt(drift: readonly Drift[], metric: Drift['metric'], minute: number): number {
  let factor = 1;
  for (const move of drift) {
    if (move.metric !== metric || minute < move.fromMinute) continue;
    const grown =
      move.rampMinutes > 0 ? Math.min(1, (minute - move.fromMinute) / move.rampMinutes) : 1;
    factor *= 1 + move.amount * grown;
  }
  return factor;
}

/** The world's rate multipliers, interval by interval; day effects drawn once per run. */
export class WorldRates {
  readonly multipliers: RateMultipliers;
  private readonly clocks: ScenarioClock[];
  private readonly conversionNorm: number;
  private readonly errorNorm: number;
  /** Day effects per segment, `days` per segment. */
  private readonly days: Float64Array;
  private readonly dayCount: number;
  private readonly startMinuteOfDay: number;

  constructor(
    private readonly scenario: Scenario,
    clock: ScenarioClock,
    sampler: Sampler,
  ) {
    const count = scenario.segments.length;
    this.multipliers = {
      conversion: new Float64Array(count),
      errors: new Float64Array(count),
      lastWeekConversion: new Float64Array(count),
      lastWeekErrors: new Float64Array(count),
      latencyStep: 0,
    };
    this.clocks = scenario.segments.map((segment) => shiftedClock(clock, segment.clockOffsetHours));
    const { rhythm } = scenario.world;
    const swing = scenario.traffic.dailySwing;
    // A segment's baseline is its traffic-weighted daily mean: E[(1 + d·cosT)(1 + a·cosC)]
    // over E[1 + d·cosT] is 1 + a·d·cos(peak gap)/2, whatever the hour of the traffic peak.
    this.conversionNorm =
      1 +
      (rhythm.conversionSwing *
        swing *
        hourCycle(rhythm.conversionPeakHour, scenario.traffic.peakHour)) /
        2;
    this.errorNorm = 1 + (rhythm.errorSwing * swing) / 2;
    this.startMinuteOfDay = clock.at(0).minuteOfDay;
    this.dayCount = Math.ceil((this.startMinuteOfDay + scenario.horizonMinutes) / 1440) + 1;
    this.days = new Float64Array(count * this.dayCount);
    const cv = scenario.world.noise.conversionDayToDay;
    if (cv > 0)
      for (let i = 0; i < this.days.length; i++) this.days[i] = dayEffect(cv, sampler.normal());
    else this.days.fill(1);
  }

  /** Fills the multipliers for `minute` and returns them (the same object every time). */
  at(minute: number): RateMultipliers {
    const { rhythm, drift } = this.scenario.world;
    const { peakHour } = this.scenario.traffic;
    const conversionDrift = driftAt(drift, 'conversion', minute);
    const errorDrift = driftAt(drift, 'error_rate', minute);
    const day = Math.floor((this.startMinuteOfDay + minute) / 1440);
    const { conversion, errors, lastWeekConversion, lastWeekErrors } = this.multipliers;
    // Each segment's local time read once per interval; what a rate does not move with (no
    // latency per load, no swing) is not computed: 1 + 0 · cos(…) is exactly 1.
    const loadMatters = rhythm.latencyPerLoad > 0;
    let load = 0;
    let time: LocalTime | undefined;
    let timeOf: ScenarioClock | undefined;
    for (let s = 0; s < this.clocks.length; s++) {
      // Segments on the same clock (most share the scenario's) read it once.
      const clock = this.clocks[s];
      if (clock !== timeOf) {
        time = clock?.at(minute);
        timeOf = clock;
      }
      const hour = time?.hour ?? 0;
      if (loadMatters && time)
        load +=
          (this.scenario.segments[s]?.share ?? 0) *
          requestsPerMinuteAtTime(this.scenario.traffic, time);
      const lastConversion =
        (rhythm.conversionSwing === 0
          ? 1
          : 1 + rhythm.conversionSwing * hourCycle(hour, rhythm.conversionPeakHour)) /
        this.conversionNorm;
      const lastErrors =
        (rhythm.errorSwing === 0 ? 1 : 1 + rhythm.errorSwing * hourCycle(hour, peakHour)) /
        this.errorNorm;
      lastWeekConversion[s] = lastConversion;
      lastWeekErrors[s] = lastErrors;
      conversion[s] = lastConversion * conversionDrift * (this.days[s * this.dayCount + day] ?? 1);
      errors[s] = lastErrors * errorDrift;
    }
    this.multipliers.latencyStep = loadMatters
      ? loadLatencyStep(rhythm.latencyPerLoad, load / this.scenario.traffic.requestsPerMinute)
      : 0;
    return this.multipliers;
  }
}
