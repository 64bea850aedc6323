import { describe, expect, it } from 'vitest';
import library from '../../scenarios/builtin/library.json';
import { createScenarioClock } from '../clock/localTime';
import { CHECK_INTERVAL_MINUTES } from '../domain/run';
import type { Scenario } from '../domain/scenario';
import { loadPack } from '../pack/loadPack';
import { createSampler } from '../random/samplers';
import { createStreamFactory } from '../random/stream';
import { ArmObserver } from '../run/observation';
import { SegmentTraffic } from '../traffic/segmentTraffic';
import { dispersionModel } from './dispersion';
import { bucketOf } from './latencyHistogram';
import { purchaseArrivals, purchaseShareWithin } from './purchaseDelay';
import { baselineParameters } from './segmentParameters';
import { WorldRates } from './worldRates';

/*
 * A healthy built-in scenario's simulated week against the public reference figures of
 * docs/engine.md ("Reference figures"), within the tolerances stated there. The whole shop's
 * traffic is drawn through the engine's own world (rhythm, drift, day effects, visits) and
 * monitoring (maturing purchases), as one arm: a healthy release changes none of it.
 */

const loaded = loadPack(library);
if (!loaded.ok) throw new Error('the built-in library loads');
const healthy = loaded.value.scenarios.find((scenario) => scenario.id === 'after-the-sale-healthy');
if (!healthy) throw new Error('after-the-sale-healthy is built in');
const shop: Scenario = healthy;

interface Week {
  /** Visits and purchases per whole local calendar day. */
  readonly visits: number[];
  readonly purchases: number[];
}

function simulatedWeek(scenario: Scenario, seed: number): Week {
  const clock = createScenarioClock(scenario.start);
  const streams = createStreamFactory(seed);
  const traffic = new SegmentTraffic(scenario, clock);
  const world = new WorldRates(scenario, clock, createSampler(streams('world/day-effects')));
  const count = scenario.segments.length;
  const observer = new ArmObserver('control', streams, {
    segments: scenario.segments,
    tailStart: bucketOf(1000),
    observed: { conversion: true, model: false },
    purchaseArrivals: purchaseArrivals(scenario.monitoring),
    evaluationRate: 0,
    lastWeek: { errorRate: new Float64Array(count), conversionRate: new Float64Array(count) },
  });
  const parameters = scenario.segments.map(baselineParameters);
  const startOfDay = clock.at(0).minuteOfDay;
  const visits: number[] = [];
  const purchases: number[] = [];
  const requests = new Float64Array(count);
  for (let minute = 0; minute < scenario.horizonMinutes; minute += CHECK_INTERVAL_MINUTES) {
    const end = minute + CHECK_INTERVAL_MINUTES;
    for (let s = 0; s < count; s++) requests[s] = traffic.requests(s, minute, end);
    const index = minute / CHECK_INTERVAL_MINUTES;
    observer.observe(index, requests, parameters, world.at(minute + CHECK_INTERVAL_MINUTES / 2));
    const day = Math.floor((startOfDay + minute) / 1440);
    visits[day] = (visits[day] ?? 0) + observer.interval.maturedVisits;
    purchases[day] = (purchases[day] ?? 0) + observer.interval.conversions;
  }
  // Whole local days only: the first began before the run, the last ends after it.
  return { visits: visits.slice(1, -1), purchases: purchases.slice(1, -1) };
}

/** Pearson's dispersion index of daily rates: 1 for binomial days, above for clustered ones. */
function dispersionIndex(week: Week): number {
  const visits = week.visits.reduce((sum, value) => sum + value, 0);
  const rate = week.purchases.reduce((sum, value) => sum + value, 0) / visits;
  let chiSquare = 0;
  week.visits.forEach((dayVisits, day) => {
    const dayRate = (week.purchases[day] ?? 0) / dayVisits;
    chiSquare += (dayRate - rate) ** 2 / ((rate * (1 - rate)) / dayVisits);
  });
  return chiSquare / (week.visits.length - 1);
}

const SEEDS = 12;
const weeks = Array.from({ length: SEEDS }, (_, seed) => simulatedWeek(shop, seed + 1));
const total = (key: 'visits' | 'purchases') =>
  weeks.reduce((sum, week) => sum + week[key].reduce((a, b) => a + b, 0), 0);
const days = weeks.reduce((sum, week) => sum + week.visits.length, 0);

describe('a healthy simulated week against public reference figures', () => {
  it('converts 1.5–3.5 % of visits (typical e-commerce: 2–3 %)', () => {
    const conversion = total('purchases') / total('visits');
    expect(conversion).toBeGreaterThanOrEqual(0.015);
    expect(conversion).toBeLessThanOrEqual(0.035);
  });

  it('makes 0.003–0.03 purchases per user per day (a purchase every month or so)', () => {
    const perUserPerDay =
      total('purchases') / days / shop.segments.reduce((s, x) => s + x.users, 0);
    expect(perUserPerDay).toBeGreaterThanOrEqual(0.003);
    expect(perUserPerDay).toBeLessThanOrEqual(0.03);
  });

  it('has daily conversion rates overdispersed as the dispersion model says (index 2–30)', () => {
    // Pooled over seeds: each seed's index has 4 degrees of freedom, the mean 48.
    const index = weeks.reduce((sum, week) => sum + dispersionIndex(week), 0) / SEEDS;
    expect(index).toBeGreaterThan(2);
    expect(index).toBeLessThan(30);
    // The gates' design effect for a day of the whole shop bounds it from above.
    const visitsPerDay = total('visits') / days;
    const bound = dispersionModel(shop).varianceInflation('conversion', 1440, visitsPerDay);
    expect(index).toBeLessThan(bound * 1.5);
  });

  it('makes 50–85 % of purchases within 30 minutes of the visit, over 42 % within the hour', () => {
    const delay = shop.monitoring.purchaseDelay;
    expect(purchaseShareWithin(delay, 30)).toBeGreaterThanOrEqual(0.5);
    expect(purchaseShareWithin(delay, 30)).toBeLessThanOrEqual(0.85);
    // Monetate's first-visit figure is a floor for a per-visit delay.
    expect(purchaseShareWithin(delay, 60)).toBeGreaterThanOrEqual(0.42);
  });
});
