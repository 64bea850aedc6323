import { describe, expect, it } from 'vitest';
import { simulate } from '../run/simulate';
import { fixtureScenario, STILL_WORLD, STRONG_PLAN } from '../testing/fixtures';
import { LoadedParameters, loadLatencyFactor, loadLatencyStep } from './loadLatency';
import { baselineParameters } from './segmentParameters';

describe('latency under load', () => {
  it('stays as declared at or below the daily average load', () => {
    expect(loadLatencyStep(0.2, 1)).toBe(0);
    expect(loadLatencyStep(0.2, 0.5)).toBe(0);
    expect(loadLatencyStep(0, 1.5)).toBe(0);
  });

  it('rises with the load above average, to the nearest latency bucket', () => {
    // 0.2 × (1.5 − 1) = 10 % slower: ln 1.1 / (ln 2 / 36) = 4.95 buckets → 5 → +10.1 %.
    expect(loadLatencyStep(0.2, 1.5)).toBe(5);
    expect(loadLatencyFactor(5)).toBeCloseTo(2 ** (5 / 36), 12);
    expect(loadLatencyStep(0.2, 2)).toBeGreaterThan(loadLatencyStep(0.2, 1.5));
  });

  it('hands out the same shapes for the same step, so latency mixes are reused', () => {
    const loaded = new LoadedParameters();
    const parameters = fixtureScenario().segments.map(baselineParameters);
    const first = loaded.at(parameters, 3);
    expect(loaded.at(parameters, 3)).toBe(first);
    expect(loaded.at(parameters, 0)).toBe(parameters);
    expect(first[0]?.latency.medianMs).toBeCloseTo(
      (parameters[0]?.latency.medianMs ?? 0) * 2 ** (3 / 36),
      9,
    );
  });

  it('makes the healthy control slower at the daily peak than in the quiet hours', () => {
    const scenario = fixtureScenario({
      horizonMinutes: 1440,
      world: { ...STILL_WORLD, rhythm: { ...STILL_WORLD.rhythm, latencyPerLoad: 0.4 } },
    });
    const { series } = simulate(scenario, STRONG_PLAN, { seed: 1 });
    const p99 = series.control.latency_p99;
    if (!p99) throw new Error('the fixture shows p99');
    // The fixture starts at 10:00 with its peak at 14:00: intervals of 13–15 h and 1–3 h.
    const mean = (from: number, to: number) => {
      let sum = 0;
      for (let i = from; i < to; i++) sum += p99[i] ?? 0;
      return sum / (to - from);
    };
    const peak = mean(36, 60);
    const night = mean(180, 204);
    // Peak load 1.5 × average: median × 1.22 (10 buckets); night at 0.5 ×: unchanged.
    expect(peak / night).toBeGreaterThan(1.15);
    expect(peak / night).toBeLessThan(1.3);
  });
});
