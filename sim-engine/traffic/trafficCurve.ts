import type { LocalTime, ScenarioClock } from '../clock/localTime';
import type { Traffic } from '../domain/scenario';

/** Requests per minute across all segments at a minute: a daily cycle and quieter weekends. */
export function requestsPerMinuteAt(
  traffic: Traffic,
  clock: ScenarioClock,
  minute: number,
): number {
  return requestsPerMinuteAtTime(traffic, clock.at(minute));
}

/** `requestsPerMinuteAt` for a local time already read off the clock. */
export function requestsPerMinuteAtTime(traffic: Traffic, time: LocalTime): number {
  const daily =
    1 + traffic.dailySwing * Math.cos((2 * Math.PI * (time.hour - traffic.peakHour)) / 24);
  const weekly = time.weekday >= 5 ? traffic.weekendFactor : 1;
  return traffic.requestsPerMinute * daily * weekly;
}

/** The whole curve, one value per minute up to the horizon. */
export function trafficCurve(
  traffic: Traffic,
  clock: ScenarioClock,
  minutes: number,
): Float64Array {
  const curve = new Float64Array(minutes);
  for (let minute = 0; minute < minutes; minute++) {
    curve[minute] = requestsPerMinuteAt(traffic, clock, minute);
  }
  return curve;
}
