import type { ScenarioClock } from '../clock/localTime';
import type { Scenario } from '../domain/scenario';
import { SegmentTraffic } from '../traffic/segmentTraffic';

/** What a scenario's traffic curve is computed from, and the curve. */
interface KeptTraffic {
  readonly segments: Scenario['segments'];
  readonly horizonMinutes: number;
  readonly start: string;
  readonly traffic: SegmentTraffic;
}

/**
 * Keyed by the scenario's traffic settings object, which a healthy copy of a scenario
 * (`{ ...scenario, regressions: [] }`) shares with the original. Scenarios are read-only.
 */
const kept = new WeakMap<Scenario['traffic'], KeptTraffic>();

/**
 * Each segment's requests over the horizon, computed once per scenario rather than per run:
 * the curve depends on the traffic settings, segments, horizon and start alone, never on the
 * seed or the plan, and a week of it costs about a millisecond (a calibration runs the same
 * scenario thousands of times, scoring's trials dozens). SegmentTraffic is not changed after
 * it is built, so runs can share it.
 */
export function scenarioTraffic(scenario: Scenario, clock: ScenarioClock): SegmentTraffic {
  const found = kept.get(scenario.traffic);
  if (
    found &&
    found.segments === scenario.segments &&
    found.horizonMinutes === scenario.horizonMinutes &&
    found.start === scenario.start
  )
    return found.traffic;
  const traffic = new SegmentTraffic(scenario, clock);
  kept.set(scenario.traffic, {
    segments: scenario.segments,
    horizonMinutes: scenario.horizonMinutes,
    start: scenario.start,
    traffic,
  });
  return traffic;
}
