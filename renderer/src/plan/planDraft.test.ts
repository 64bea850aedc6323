import { describe, expect, it } from 'vitest';
import {
  draftToPlanInput,
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
