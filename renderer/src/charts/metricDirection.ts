import type { GuardedMetric, ThresholdUnit } from '../../../sim-engine/index';

/** Conversion is the one metric where a fall is the bad news; everything else is bad going up. */
export function worseDirection(metric: GuardedMetric): 1 | -1 {
  return metric === 'conversion' ? -1 : 1;
}

/** The direction label every metric chart carries. */
export function directionLabel(metric: GuardedMetric): string {
  return worseDirection(metric) === 1 ? 'worse ↑' : 'worse ↓ (a drop is bad)';
}

/** The unit a chart of an unwatched metric uses: points for rates, ms for latency, % for tokens. */
export function naturalUnit(metric: GuardedMetric): ThresholdUnit {
  if (metric === 'latency_p99' || metric === 'latency_p95') return 'ms';
  return metric === 'token_cost' ? 'pct' : 'pp';
}

const MINUS = '−';

/** A signed change in a unit, for ticks and call-outs: `+0.5 pp`, `−2 %`, `+200 ms`, `0`. */
export function formatChange(value: number, unit: ThresholdUnit): string {
  const size = Math.abs(value);
  if (size < 1e-9) return '0';
  const digits = size >= 100 ? 0 : size >= 10 ? 1 : size >= 1 ? 2 : 3;
  const text = String(Number(size.toFixed(digits)));
  const suffix = unit === 'pp' ? ' pp' : unit === 'pct' ? ' %' : ' ms';
  return `${value < 0 ? MINUS : '+'}${text}${suffix}`;
}
