import { describe, expect, it } from 'vitest';
import { createScenarioClock } from '../clock/localTime';
import type { World } from '../domain/scenario';
import { createSampler } from '../random/samplers';
import { createStreamFactory } from '../random/stream';
import { fixtureScenario, STILL_WORLD } from '../testing/fixtures';
import { SegmentTraffic } from '../traffic/segmentTraffic';
import { dayEffect, WorldRates } from './worldRates';

const RHYTHM: World = {
  ...STILL_WORLD,
  rhythm: { conversionSwing: 0.3, conversionPeakHour: 20, errorSwing: 0.4, latencyPerLoad: 0 },
};

function worldRates(world: World, seed = 1) {
  const scenario = fixtureScenario({ world, horizonMinutes: 1440 });
  const clock = createScenarioClock(scenario.start);
  const sampler = createSampler(createStreamFactory(seed)('world/day-effects'));
  return { scenario, clock, rates: new WorldRates(scenario, clock, sampler) };
}

describe('WorldRates', () => {
  it('keeps a segment’s traffic-weighted daily mean at its baseline while rates move by the hour', () => {
    const { scenario, clock, rates } = worldRates(RHYTHM);
    const traffic = new SegmentTraffic(scenario, clock);
    let requests = 0;
    let conversions = 0;
    let errors = 0;
    let lowest = Infinity;
    let highest = 0;
    for (let minute = 0; minute < 1440; minute++) {
      const volume = traffic.requests(0, minute, minute + 1);
      const { conversion, errors: errorMultiplier } = rates.at(minute);
      requests += volume;
      conversions += volume * (conversion[0] ?? 0);
      errors += volume * (errorMultiplier[0] ?? 0);
      lowest = Math.min(lowest, conversion[0] ?? 0);
      highest = Math.max(highest, conversion[0] ?? 0);
    }
    expect(conversions / requests).toBeCloseTo(1, 3);
    expect(errors / requests).toBeCloseTo(1, 3);
    expect(highest / lowest).toBeGreaterThan(1.7); // (1 + 0.3) / (1 − 0.3) ≈ 1.86
  });

  it('peaks conversion at the declared local hour', () => {
    const { clock, rates } = worldRates(RHYTHM);
    let peakMinute = 0;
    let peak = 0;
    for (let minute = 0; minute < 1440; minute++) {
      const value = rates.at(minute).conversion[0] ?? 0;
      if (value > peak) [peak, peakMinute] = [value, minute];
    }
    expect(clock.at(peakMinute).hour).toBeCloseTo(20, 0);
  });

  it('moves this week but not last week when a drift is declared, from its minute on', () => {
    const { rates } = worldRates({
      ...STILL_WORLD,
      drift: [{ metric: 'conversion', amount: -0.2, fromMinute: 600, rampMinutes: 120 }],
    });
    expect(rates.at(599).conversion[0]).toBe(1);
    expect(rates.at(660).conversion[0]).toBeCloseTo(0.9, 12);
    expect(rates.at(720).conversion[0]).toBeCloseTo(0.8, 12);
    expect(rates.at(720).lastWeekConversion[0]).toBe(1);
  });

  it('draws nothing and moves nothing in a still world', () => {
    const { rates } = worldRates(STILL_WORLD);
    for (const minute of [0, 300, 900]) {
      const multipliers = rates.at(minute);
      expect([...multipliers.conversion, ...multipliers.errors]).toEqual(new Array(14).fill(1));
    }
  });

  it('gives each segment one effect per day, shared by both versions', () => {
    const { rates } = worldRates({ ...STILL_WORLD, noise: { conversionDayToDay: 0.2 } });
    const morning = Array.from(rates.at(30).conversion);
    const evening = Array.from(rates.at(600).conversion);
    expect(evening).toEqual(morning); // 10:00 start: both inside the first day
    expect(new Set(morning).size).toBe(morning.length);
  });
});

describe('dayEffect', () => {
  it('has mean 1 and the declared coefficient of variation', () => {
    const sampler = createSampler(createStreamFactory(7)('test'));
    const draws = Array.from({ length: 40_000 }, () => dayEffect(0.1, sampler.normal()));
    const mean = draws.reduce((sum, value) => sum + value, 0) / draws.length;
    const variance = draws.reduce((sum, value) => sum + (value - mean) ** 2, 0) / draws.length;
    // Standard errors: 0.0005 for the mean, about 0.0008 for the CV.
    expect(mean).toBeCloseTo(1, 2);
    expect(Math.sqrt(variance)).toBeGreaterThan(0.097);
    expect(Math.sqrt(variance)).toBeLessThan(0.103);
  });
});
