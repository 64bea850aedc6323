/**
 * Median wall time of the power helper for a 6-hour and a 3-day hold.
 * Run: npx tsx test/bench/statistics.bench.ts
 */
import { performance } from 'node:perf_hooks';
import type { DetectionQuestion } from '../../sim-engine/statistics/power';
import { detectionProbability, holdForPower } from '../../sim-engine/statistics/power';

const REPEATS = 31;

// An error-rate guard: +0.5 pp tolerated, α split over 3 metrics × 5 stages, variance of
// the cumulative estimate ≈ 2 pp² / minutes elapsed.
const errorRate: DetectionQuestion = {
  effect: 0.7,
  limit: 0.5,
  unit: 'pp',
  variancePerMinute: 2,
  guard: { mode: 'sequential', alpha: 0.05 / 15 },
};

function medianMilliseconds(run: () => unknown): number {
  for (let i = 0; i < 5; i++) run(); // let the JIT settle
  const times: number[] = [];
  for (let i = 0; i < REPEATS; i++) {
    const start = performance.now();
    run();
    times.push(performance.now() - start);
  }
  times.sort((a, b) => a - b);
  return times[Math.floor(REPEATS / 2)] ?? Number.NaN;
}

const rows: { case: string; 'detection probability': string; 'median ms': string }[] = [];
// Per hold: an effect rarely caught, one caught about half the time (the costliest: many
// paths end below the boundary yet pass near it) and an obvious one.
for (const [label, holdMinutes, effects] of [
  ['6-hour hold', 6 * 60, [0.55, 0.8, 1]],
  ['3-day hold', 3 * 24 * 60, [0.55, 0.6, 1]],
] as const) {
  for (const effect of effects) {
    const question = { ...errorRate, effect, holdMinutes };
    rows.push({
      case: `${label}, effect ${effect} pp (2000 paths)`,
      'detection probability': detectionProbability(question).toFixed(3),
      'median ms': medianMilliseconds(() => detectionProbability(question)).toFixed(2),
    });
  }
}
const hold = holdForPower({ ...errorRate, effect: 0.7 });
rows.push({
  case: 'holdForPower, effect 0.7 pp, up to 14 days',
  'detection probability': `0.8 at ${hold ?? 'never'} min`,
  'median ms': medianMilliseconds(() => holdForPower({ ...errorRate, effect: 0.7 })).toFixed(2),
});
console.table(rows);
