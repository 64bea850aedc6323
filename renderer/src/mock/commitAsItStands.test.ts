import { describe, expect, it } from 'vitest';
import { initialDraft, thresholdDraft } from '../plan/planDraft';
import { validateDraft } from '../plan/validateDraft';
import { commitAsItStands, describeFilled } from './commitAsItStands';
import { builtInScenario } from './testScenarios';

const scenario = builtInScenario('checkout-first-order');

describe('commitAsItStands', () => {
  it('commits a valid draft exactly as the learner left it', () => {
    const draft = { ...initialDraft(scenario), abTest: true, mechanism: 'routing' as const };
    const result = commitAsItStands(draft, scenario);
    expect(result.filled).toEqual([]);
    expect(result.plan).toEqual(validateDraft(draft, scenario).plan);
    expect(describeFilled(result)).toBe('Your plan was committed as you left it.');
  });

  it('replaces only the part that does not validate and keeps the rest', () => {
    const half = { ...thresholdDraft('conversion'), limit: 'abc' };
    const draft = {
      ...initialDraft(scenario),
      mechanism: 'flag' as const,
      abTest: true,
      thresholds: [thresholdDraft('error_rate'), half],
    };
    const result = commitAsItStands(draft, scenario);
    expect(result.filled).toEqual(['thresholds']);
    expect(result.plan.rollback.mechanism).toBe('flag');
    expect(result.plan.followUp.abTest).toBe(true);
    expect(result.plan.thresholds.map((t) => t.metric)).toEqual(['error_rate']);
    expect(describeFilled(result)).toMatch(/the thresholds\.$/);
  });

  it('replaces several broken parts at once and still commits a runnable plan', () => {
    const draft = { ...initialDraft(scenario), cohorts: [], stages: [], abTest: true };
    const result = commitAsItStands(draft, scenario);
    expect(result.filled).toEqual(['cohorts', 'stages']);
    expect(result.plan.stages.length).toBeGreaterThan(0);
    expect(result.plan.followUp.abTest).toBe(true);
  });
});
