// The generator bench's report of one level: the promised bands with exact intervals, where the
// strong reference stops, detectability, and the time of each scenario (CPU and wall).
import { LEVEL_PROFILES, type GeneratorLevel } from '../../sim-engine/index';
import { clopperPearson, formatRate } from '../../sim-engine/testing/clopperPearson';
import type { BenchResult } from './generatorWorker';

/** The quantile of sorted values, by rank. */
export const quantile = (sorted: readonly number[], p: number): number =>
  sorted[Math.floor(p * (sorted.length - 1))] ?? Number.NaN;

const percent = (share: number) => `${Math.round(share * 100)} %`;

/** Whether a rate sits in a band: by its point estimate, and by its whole exact interval. */
export function bandVerdict(
  successes: number,
  trials: number,
  [least, most]: readonly [number, number],
): string {
  const { lower, upper } = clopperPearson(successes, trials);
  const rate = successes / trials;
  if (rate < least || rate > most) return 'NOT met';
  return lower >= least && upper <= most ? 'met (whole interval)' : 'met (point estimate)';
}

const bandText = ([least, most]: readonly [number, number]) =>
  most >= 1 ? `≥ ${percent(least)}` : `${percent(least)}–${percent(most)}`;

function timeLine(results: readonly BenchResult[]): string {
  const cpu = results.map((result) => result.cpuSeconds).sort((a, b) => a - b);
  const wall = results.map((result) => result.wallSeconds).sort((a, b) => a - b);
  const over = cpu.filter((seconds) => seconds > 3).length;
  return (
    `  one scenario, generation + calibration (each in its worker): CPU median ${quantile(cpu, 0.5).toFixed(2)} s, ` +
    `p95 ${quantile(cpu, 0.95).toFixed(2)} s, max ${(cpu.at(-1) ?? Number.NaN).toFixed(2)} s, over 3 s ${formatRate(over, cpu.length)}; ` +
    `wall median ${quantile(wall, 0.5).toFixed(2)} s, p95 ${quantile(wall, 0.95).toFixed(2)} s, max ${(wall.at(-1) ?? Number.NaN).toFixed(2)} s, ` +
    `over 3 s ${formatRate(wall.filter((seconds) => seconds > 3).length, wall.length)}`
  );
}

/** The report lines of one level's results. */
export function levelReport(level: GeneratorLevel, results: readonly BenchResult[]): string {
  const profile = LEVEL_PROFILES[level];
  const count = results.length;
  const handled = results.filter((result) => result.strongHandled).length;
  const failed = results.filter((result) => result.weakFailed).length;
  const regressed = results.filter((result) => result.regressed);
  const early = regressed.filter((result) => (result.strongStopPercent ?? 101) <= 5).length;
  const draws = results.reduce((sum, result) => sum + result.attempts, 0);
  const band = profile.detectability;
  const ratios = results
    .flatMap((result) => (result.detectability === null ? [] : [result.detectability]))
    .sort((a, b) => a - b);
  const inside = ratios.filter((ratio) => ratio >= band[0] - 0.005 && ratio <= band[1] + 0.005);
  const promise = profile.promise;
  return [
    `  strong reference handles      ${formatRate(handled, count)}   promise ${bandText(promise.strongHandles)}: ${bandVerdict(handled, count, promise.strongHandles)}`,
    `  weak reference fails          ${formatRate(failed, count)}   promise ${bandText(promise.weakFails)}: ${bandVerdict(failed, count, promise.weakFails)}`,
    `  strong stops at ≤ 5 % (of ${regressed.length} regressed)  ${regressed.length ? formatRate(early, regressed.length) : '—'}`,
    `  detectability at 5 % (${ratios.length} with a rate effect)  p10 ${quantile(ratios, 0.1).toFixed(2)}, median ${quantile(ratios, 0.5).toFixed(2)}, p90 ${quantile(ratios, 0.9).toFixed(2)}; in the band ${band[0]}–${band[1]}: ${ratios.length ? formatRate(inside.length, ratios.length) : '—'}`,
    `  healthy releases ${count - regressed.length} (strong ships ${count - regressed.length - results.filter((r) => !r.regressed && !r.strongHandled).length}), two regressions ${results.filter((r) => r.families.length === 2).length}, traps ${results.filter((r) => r.trap).length}; draws per fair scenario ${(draws / count).toFixed(2)}`,
    timeLine(results),
  ].join('\n');
}
