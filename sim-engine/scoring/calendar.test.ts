import { describe, expect, it } from 'vitest';
import type { Drift } from '../domain/scenario';
import { fixtureScenario } from '../testing/fixtures';
import { calendarFoolsTheCohort } from './calendar';

const withDrift = (...drift: Drift[]) => {
  const scenario = fixtureScenario();
  return { ...scenario, world: { ...scenario.world, drift } };
};
const move = (metric: Drift['metric'], amount: number): Drift => ({
  metric,
  amount,
  fromMinute: 0,
  rampMinutes: 0,
});

describe('the calendar and the baseline cohort', () => {
  it('fools the cohort when conversion drifts down or errors drift up', () => {
    expect(calendarFoolsTheCohort(withDrift(move('conversion', -0.25)))).toBe(true);
    expect(calendarFoolsTheCohort(withDrift(move('error_rate', 0.2)))).toBe(true);
  });

  it('cannot fool a guard when the world drifts in the good direction or not at all', () => {
    expect(calendarFoolsTheCohort(withDrift(move('conversion', 0.1)))).toBe(false);
    expect(calendarFoolsTheCohort(withDrift(move('error_rate', -0.1)))).toBe(false);
    expect(calendarFoolsTheCohort(withDrift())).toBe(false);
  });
});
