import { describe, expect, it } from 'vitest';
import { builtInLibrary } from '../../../scenarios/library';
import type { Plan } from '../../domain/plan';
import type { Scenario } from '../../domain/scenario';
import { simulate } from '../../run/simulate';
import { strongPlanFor, WEAK_REFERENCE_PLAN } from '../referencePlans';
import { scoreRun } from '../scoreAttempt';
import { adversarialPlanFor } from './adversarialPlans';

// The rubric's target table (issue 13): medians over seeds 1–5 on the built-in library.
// Gamed plans must stay out of the strong band; the seed's answers must stay where they belong.
const SEEDS = [1, 2, 3, 4, 5];
const scenarios = builtInLibrary().scenarios;
const healthy = scenarios.filter((scenario) => scenario.regressions.length === 0);
const regressed = scenarios.filter((scenario) => scenario.regressions.length > 0);
const byId = (id: string) => scenarios.find((scenario) => scenario.id === id)!;

const planFor = (id: string, scenario: Scenario): Plan =>
  id === 'strong'
    ? strongPlanFor(scenario)
    : id === 'weak'
      ? WEAK_REFERENCE_PLAN
      : adversarialPlanFor(id, scenario);

const medians = new Map<string, number>();

/** Median total of a plan on a scenario over seeds 1–5 (remembered: rows share plans). */
function median(planId: string, scenario: Scenario): number {
  const key = `${planId}@${scenario.id}`;
  const known = medians.get(key);
  if (known !== undefined) return known;
  const plan = planFor(planId, scenario);
  const totals = SEEDS.map(
    (seed) => scoreRun({ scenario, plan, seed }, simulate(scenario, plan, { seed })).total,
  ).sort((a, b) => a - b);
  const value = totals[Math.floor(totals.length / 2)]!;
  medians.set(key, value);
  return value;
}

const ids = (list: readonly Scenario[]) => list.map((scenario) => [scenario.id, scenario] as const);
const SLOW = 120_000;

describe('the target table: gamed plans cannot be strong', () => {
  it.each(ids(healthy))(
    'limits of 0 behind 24 h metric holds score below 75 on %s',
    (_, s) => {
      expect(median('zero-limits-day-holds', s)).toBeLessThan(75);
    },
    SLOW,
  );

  it.each(ids(regressed))(
    'a single jump to 100 % scores below 75 on %s',
    (_, s) => {
      expect(median('single-jump', s)).toBeLessThan(75);
    },
    SLOW,
  );

  it(
    'an executive-only, business-hours rollback scores below 75 on the night breach',
    () => {
      expect(median('exec-business-hours', byId('night-breach-rollback-authority'))).toBeLessThan(
        75,
      );
    },
    SLOW,
  );

  it.each(ids(healthy))(
    'limits that false-alarm score below 75 on %s',
    (_, s) => {
      expect(median('tight-limits-point-estimates', s)).toBeLessThan(75);
    },
    SLOW,
  );

  it.each(ids(scenarios))(
    'a plan that guards nothing scores at most 50 on %s',
    (_, s) => {
      expect(median('guards-nothing', s)).toBeLessThanOrEqual(50);
    },
    SLOW,
  );

  it.each(ids(scenarios))(
    "the seed's strong plan scores at least 80 on %s",
    (_, s) => {
      expect(median('strong', s)).toBeGreaterThanOrEqual(80);
    },
    SLOW,
  );

  it.each(ids(scenarios))(
    "the seed's weak plan scores at most 30 on %s",
    (_, s) => {
      expect(median('weak', s)).toBeLessThanOrEqual(30);
    },
    SLOW,
  );
});

describe('more adversarial plans, ranked as a release engineer would', () => {
  it.each(ids(regressed))(
    'limits no regression could reach score below 75 on %s',
    (_, s) => {
      expect(median('loose-limits', s)).toBeLessThan(75);
    },
    SLOW,
  );

  it.each(ids(regressed))(
    'five-minute holds on every stage score below 75 on %s',
    (_, s) => {
      expect(median('rushed-ramp', s)).toBeLessThan(75);
    },
    SLOW,
  );

  it.each(ids(healthy))(
    'point-estimate gates (peeking) score below 75 on %s',
    (_, s) => {
      expect(median('peeking-realistic-limits', s)).toBeLessThan(75);
    },
    SLOW,
  );

  // One scenario per kind of change keeps this row affordable; the fixtures' ranking is the same.
  const samples = ['checkout-first-order', 'storage-migration-under-load', 'support-model-upgrade'];
  it.each(ids(samples.map(byId)))(
    'naming only "internal", or putting high-value customers first, scores below the strong plan on %s',
    (_, s) => {
      expect(median('internal-only-cohort', s)).toBeLessThan(median('strong', s));
      expect(median('high-value-first', s)).toBeLessThan(median('strong', s));
    },
    SLOW,
  );

  it.each(ids(scenarios))(
    'a plan that guards nothing still ranks above the seed’s weak answer on %s',
    (_, s) => {
      expect(median('guards-nothing', s)).toBeGreaterThan(median('weak', s));
    },
    SLOW,
  );
});

describe('the strong answer and the rubric agree', () => {
  it.each(ids(scenarios))(
    "never charges the seed's strong limits on %s",
    (_, s) => {
      const plan = strongPlanFor(s);
      const score = scoreRun({ scenario: s, plan, seed: 1 }, simulate(s, plan, { seed: 1 }));
      const thresholds = score.dimensions.find((d) => d.id === 'thresholds');
      expect(thresholds?.evidence.filter((fact) => fact.cost !== undefined)).toEqual([]);
    },
    SLOW,
  );

  it(
    'still charges limits that stop a healthy copy more often than the strong answer’s',
    () => {
      const s = byId('pricing-page-healthy');
      const plan = adversarialPlanFor('zero-limits-day-holds', s);
      const score = scoreRun({ scenario: s, plan, seed: 1 }, simulate(s, plan, { seed: 1 }));
      const thresholds = score.dimensions.find((d) => d.id === 'thresholds');
      expect(thresholds?.points).toBeLessThan(thresholds?.max ?? 0);
    },
    SLOW,
  );
});
