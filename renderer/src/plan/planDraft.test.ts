import { describe, expect, it } from 'vitest';
import type { Plan, Scenario } from '../../../sim-engine/index';
import {
  addStage,
  draftToPlanInput,
  planToDraft,
  moveItem,
  stageDraft,
  thresholdDraft,
  type PlanDraft,
} from './planDraft';

const draft: PlanDraft = {
  random: false,
  cohorts: ['staff', 'beta'],
  stages: [
    { ...stageDraft(5), holdType: 'metric', minutes: '360', maxMinutes: '1440', signOff: 'pm' },
    stageDraft(100, 0),
  ],
  thresholds: [{ ...thresholdDraft('conversion'), limit: ' 2 ', compare: 'cohort' }],
  confidence: '0.95',
  authorizers: ['oncall-sre'],
  coverage: '24x7',
  mechanism: 'routing',
  abTest: true,
};

describe('draftToPlanInput', () => {
  it('writes the draft as a canary-plan/1 value with numbers parsed from the typed text', () => {
    expect(draftToPlanInput(draft)).toEqual({
      format: 'canary-plan/1',
      cohorts: ['staff', 'beta'],
      stages: [
        {
          percent: 5,
          hold: { type: 'metric', stableMinutes: 360, maxMinutes: 1440 },
          signOff: 'pm',
        },
        { percent: 100 },
      ],
      thresholds: [{ metric: 'conversion', limit: 2, unit: 'pct', compare: 'cohort' }],
      significance: { confidence: 0.95 },
      rollback: { authorizers: ['oncall-sre'], coverage: '24x7', mechanism: 'routing' },
      followUp: { abTest: true },
    });
  });

  it('writes "random" when the learner chose a random slice, and null for no significance', () => {
    const input = draftToPlanInput({ ...draft, random: true, confidence: '' }) as Record<
      string,
      unknown
    >;
    expect(input['cohorts']).toBe('random');
    expect(input['significance']).toBeNull();
  });

  it('leaves an empty number as null so the validator names the field', () => {
    const input = draftToPlanInput({ ...draft, stages: [{ ...stageDraft(5), percent: '' }] }) as {
      stages: { percent: unknown }[];
    };
    expect(input.stages[0]?.percent).toBeNull();
  });
});

describe('moveItem', () => {
  it('moves an item by a number of places', () => {
    expect(moveItem(['a', 'b', 'c'], 0, 2)).toEqual(['b', 'c', 'a']);
  });

  it('stops at either end', () => {
    expect(moveItem(['a', 'b'], 0, -1)).toEqual(['a', 'b']);
    expect(moveItem(['a', 'b'], 1, 5)).toEqual(['a', 'b']);
  });
});

describe('addStage', () => {
  const percents = (stages: readonly { percent: string }[]) => stages.map((s) => s.percent);

  it('inserts the next ladder step before the full rollout instead of a second 100 %', () => {
    const start = [stageDraft(5), stageDraft(50), stageDraft(100, 0)];
    const { stages, added } = addStage(start);
    expect(percents(stages)).toEqual(['5', '50', '75', '100']);
    expect(stages.filter((s) => s.percent === '100')).toHaveLength(1);
    expect(stages[2]?.key).toBe(added);
  });

  it('walks the ladder 1 → 5 → 10 → 25 from a lone full rollout', () => {
    let stages = [stageDraft(100, 0)];
    for (let i = 0; i < 4; i++) stages = addStage(stages).stages;
    // Each new stage goes just before 100 %, one step above the stage before it.
    expect(percents(stages)).toEqual(['1', '5', '10', '25', '100']);
  });

  it('splits the gap when the ladder has no step left below 100 %', () => {
    const { stages } = addStage([stageDraft(80), stageDraft(100, 0)]);
    expect(percents(stages)).toEqual(['80', '90', '100']);
  });

  it('appends the full rollout to a ramp that does not end at 100 %', () => {
    const { stages, added } = addStage([stageDraft(5), stageDraft(50)]);
    expect(percents(stages)).toEqual(['5', '50', '100']);
    expect(stages.at(-1)?.key).toBe(added);
  });
});

describe('onInconclusive on a metric hold', () => {
  const metricStage = (choice?: 'rollback' | 'advance') => ({
    ...stageDraft(5),
    holdType: 'metric' as const,
    minutes: '60',
    maxMinutes: '240',
    ...(choice ? { onInconclusive: choice } : {}),
  });
  const holdOf = (d: PlanDraft) =>
    (draftToPlanInput(d) as { stages: { hold?: unknown }[] }).stages[0]?.hold;

  it('writes advance into the plan when the learner chooses it', () => {
    expect(holdOf({ ...draft, stages: [metricStage('advance'), stageDraft(100, 0)] })).toEqual({
      type: 'metric',
      stableMinutes: 60,
      maxMinutes: 240,
      onInconclusive: 'advance',
    });
  });

  it('leaves the default (roll back) out, so earlier plans read the same', () => {
    expect(holdOf({ ...draft, stages: [metricStage('rollback'), stageDraft(100, 0)] })).toEqual({
      type: 'metric',
      stableMinutes: 60,
      maxMinutes: 240,
    });
  });
});

describe('planToDraft', () => {
  it('round-trips a plan through the editor unchanged', () => {
    const input = {
      ...draft,
      stages: [
        {
          ...stageDraft(5),
          holdType: 'metric' as const,
          minutes: '60',
          maxMinutes: '240',
          onInconclusive: 'advance' as const,
          signOff: 'pm' as const,
        },
        stageDraft(100, 0),
      ],
    };
    const plan = draftToPlanInput(input) as Plan;
    const scenario = { segments: [{ id: 'staff' }, { id: 'beta' }] } as unknown as Scenario;
    expect(draftToPlanInput(planToDraft(plan, scenario))).toEqual(plan);
  });
});
