import { describe, expect, it } from 'vitest';
import { createScenarioClock } from '../clock/localTime';
import type { Scenario } from '../domain/scenario';
import { createSampler } from '../random/samplers';
import { createStreamFactory } from '../random/stream';
import { fixtureScenario, SEVEN_SEGMENTS, STILL_WORLD } from '../testing/fixtures';
import { clopperPearson } from '../testing/clopperPearson';
import { dispersionModel } from './dispersion';
import { WorldRates } from './worldRates';

const RATE = 0.03;
const VISITS_PER_INTERVAL = 200;

function oneSegment(conversionDayToDay: number): Scenario {
  const segment = SEVEN_SEGMENTS[4];
  if (!segment) throw new Error('fixture segment missing');
  return fixtureScenario({
    // Starts at midnight, so a window of whole days holds whole days.
    start: '2026-03-03T00:00',
    horizonMinutes: 3 * 1440,
    world: { ...STILL_WORLD, noise: { conversionDayToDay } },
    segments: [{ ...segment, share: 1, baseline: { ...segment.baseline, conversionRate: RATE } }],
  });
}

/** The conversion rate one seed's world shows over the first `days` days, visits drawn per interval. */
function windowRate(scenario: Scenario, seed: number, days: number): number {
  const streams = createStreamFactory(seed);
  const rates = new WorldRates(
    scenario,
    createScenarioClock(scenario.start),
    createSampler(streams('world/day-effects')),
  );
  const sampler = createSampler(streams('conversions'));
  let conversions = 0;
  let visits = 0;
  for (let minute = 0; minute < days * 1440; minute += 5) {
    const rate = RATE * (rates.at(minute + 2.5).conversion[0] ?? 1);
    conversions += sampler.binomial(VISITS_PER_INTERVAL, rate);
    visits += VISITS_PER_INTERVAL;
  }
  return conversions / visits;
}

function varianceOverSeeds(scenario: Scenario, days: number, seeds: number): number {
  const values = Array.from({ length: seeds }, (_, seed) => windowRate(scenario, seed + 1, days));
  const mean = values.reduce((sum, value) => sum + value, 0) / seeds;
  return values.reduce((sum, value) => sum + (value - mean) ** 2, 0) / (seeds - 1);
}

describe('dispersionModel', () => {
  it('is 1 for every metric in a world without clustered noise', () => {
    const model = dispersionModel(oneSegment(0));
    expect(model.varianceInflation('conversion', 1440, 1e6)).toBe(1);
  });

  it('leaves metrics other than conversion independent', () => {
    const model = dispersionModel(oneSegment(0.1));
    expect(model.varianceInflation('error_rate', 1440, 1e6)).toBe(1);
  });

  // 1,500 seeds: the sample variance's relative standard error is √(2/1499) ≈ 3.7 %.
  it.each([1, 2])(
    'predicts the true variance of a %i-day conversion rate within 12 %, where the binomial is far too small',
    (days) => {
      const scenario = oneSegment(0.1);
      const visits = (days * 1440 * VISITS_PER_INTERVAL) / 5;
      const binomial = (RATE * (1 - RATE)) / visits;
      const observed = varianceOverSeeds(scenario, days, 1500);
      const inflation = dispersionModel(scenario).varianceInflation(
        'conversion',
        days * 1440,
        visits,
      );
      expect(observed / binomial).toBeGreaterThan(5);
      expect(observed / (binomial * inflation)).toBeGreaterThan(0.88);
      expect(observed / (binomial * inflation)).toBeLessThan(1.12);
    },
    60_000,
  );

  it('reduces to the binomial when the noise is gone', () => {
    const scenario = oneSegment(0);
    const visits = (1440 * VISITS_PER_INTERVAL) / 5;
    const observed = varianceOverSeeds(scenario, 1, 1500);
    const ratio = observed / ((RATE * (1 - RATE)) / visits);
    expect(ratio).toBeGreaterThan(0.88);
    expect(ratio).toBeLessThan(1.12);
  }, 60_000);

  // A fixed-horizon z-test at 95 % on one day's conversion: with the binomial variance it
  // cries wolf most days; widened by the model it keeps its 5 % (exact interval over seeds).
  it('keeps a 95 % z-test at its 5 % false-alarm rate once its variance is widened, and not before', () => {
    const scenario = oneSegment(0.1);
    const seeds = 1500;
    const visits = (1440 * VISITS_PER_INTERVAL) / 5;
    const binomial = (RATE * (1 - RATE)) / visits;
    const inflation = dispersionModel(scenario).varianceInflation('conversion', 1440, visits);
    let naive = 0;
    let widened = 0;
    for (let seed = 1; seed <= seeds; seed++) {
      const move = Math.abs(windowRate(scenario, seed, 1) - RATE);
      if (move > 1.96 * Math.sqrt(binomial)) naive++;
      if (move > 1.96 * Math.sqrt(binomial * inflation)) widened++;
    }
    const { lower: low, upper: high } = clopperPearson(widened, seeds);
    expect(naive / seeds).toBeGreaterThan(0.4);
    expect(low).toBeLessThan(0.05);
    expect(high).toBeGreaterThan(0.05);
  }, 60_000);
});
