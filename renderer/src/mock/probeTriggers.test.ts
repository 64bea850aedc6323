import { describe, expect, it } from 'vitest';
import type { PlanDraft } from '../plan/planDraft';
import { initialDraft, stageDraft, thresholdDraft } from '../plan/planDraft';
import { draftLacks } from './probeTriggers';
import { builtInScenario } from './testScenarios';

const checkout = builtInScenario('checkout-first-order');
const model = builtInScenario('support-model-upgrade');

/** A draft that makes every decision the strong answer makes. */
function strongDraft(base: PlanDraft): PlanDraft {
  const gate = (percent: number) => ({
    ...stageDraft(percent, 120),
    holdType: 'metric' as const,
    signOff: 'pm' as const,
  });
  return {
    ...base,
    stages: [gate(1), gate(5), gate(25), gate(50), stageDraft(100, 0)],
    thresholds: ['error_rate', 'latency_p99', 'conversion', 'hallucination_rate'].map((m) =>
      thresholdDraft(m as never),
    ),
    authorizers: ['oncall-sre'],
    coverage: '24x7',
    mechanism: 'routing',
    abTest: true,
  };
}

describe('draftLacks', () => {
  it('finds nothing missing in a draft that makes every decision', () => {
    const draft = strongDraft(initialDraft(model));
    const triggers = [
      'cohorts',
      'thresholds',
      'holds',
      'sign-off',
      'rollback',
      'ab-test',
      'model-metrics',
    ] as const;
    expect(triggers.filter((t) => draftLacks(t, draft, model))).toEqual([]);
  });

  it('asks about cohorts when exposure is random', () => {
    const draft = { ...initialDraft(checkout), random: true };
    expect(draftLacks('cohorts', draft, checkout)).toBe(true);
  });

  it('asks about cohorts when high-value customers go before everyday users', () => {
    const draft = initialDraft(checkout);
    const reversed = { ...draft, cohorts: [...draft.cohorts].reverse() };
    expect(draftLacks('cohorts', draft, checkout)).toBe(false);
    expect(draftLacks('cohorts', reversed, checkout)).toBe(true);
  });

  it('asks about thresholds until errors, tail latency and conversion each have a number', () => {
    const draft = strongDraft(initialDraft(checkout));
    expect(draftLacks('thresholds', initialDraft(checkout), checkout)).toBe(true);
    expect(draftLacks('thresholds', draft, checkout)).toBe(false);
    const blank = draft.thresholds.map((t) =>
      t.metric === 'conversion' ? { ...t, limit: ' ' } : t,
    );
    expect(draftLacks('thresholds', { ...draft, thresholds: blank }, checkout)).toBe(true);
  });

  it('asks about holds when one is shorter than an hour or a risky change has no metric gate', () => {
    const draft = strongDraft(initialDraft(model));
    const short = draft.stages.map((s, i) => (i === 0 ? { ...s, minutes: '10' } : s));
    const timeOnly = draft.stages.map((s) => ({ ...s, holdType: 'time' as const }));
    expect(draftLacks('holds', { ...draft, stages: short }, model)).toBe(true);
    expect(draftLacks('holds', { ...draft, stages: timeOnly }, model)).toBe(true);
    expect(draftLacks('holds', { ...draft, stages: timeOnly }, checkout)).toBe(false);
  });

  it('asks who signs off while a gate has no sign-off', () => {
    expect(draftLacks('sign-off', initialDraft(checkout), checkout)).toBe(true);
    expect(draftLacks('sign-off', strongDraft(initialDraft(checkout)), checkout)).toBe(false);
  });

  it('asks about the rollback for a redeploy or business-hours cover', () => {
    const draft = strongDraft(initialDraft(checkout));
    expect(draftLacks('rollback', { ...draft, mechanism: 'redeploy' }, checkout)).toBe(true);
    expect(draftLacks('rollback', { ...draft, coverage: 'business-hours' }, checkout)).toBe(true);
    expect(draftLacks('rollback', { ...draft, authorizers: [] }, checkout)).toBe(true);
  });

  it('asks about the A/B test until one follows the canary', () => {
    expect(draftLacks('ab-test', initialDraft(checkout), checkout)).toBe(true);
  });

  it('asks about model metrics only for model and prompt changes', () => {
    expect(draftLacks('model-metrics', initialDraft(model), model)).toBe(true);
    expect(draftLacks('model-metrics', initialDraft(checkout), checkout)).toBe(false);
  });
});
