import { act } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { commitDraft, recordOverride } from '../store/actions';
import { useAppStore } from '../store/appStore';
import { selectScenario } from '../store/selectors';
import { services } from '../store/services';
import { openScenarioById, renderApp } from '../testing/appHarness';
import { scoreMock } from './scoreMock';

const TRANSCRIPT = {
  limitMinutes: 10,
  usedSeconds: 420,
  probes: [{ atSecond: 180, text: 'Is that dip a rollback?' }],
  answer: 'Staff first, wholesale last; I roll back on a conversion drop.',
};

async function savedMock() {
  await renderApp();
  openScenarioById('checkout-first-order');
  if (!commitDraft()) throw new Error('The opening draft does not validate.');
  const { committedPlan: plan, ...state } = useAppStore.getState();
  const scenario = selectScenario(state);
  if (!scenario || !plan) throw new Error('No scenario opened.');
  await act(() => scoreMock(scenario, plan, TRANSCRIPT));
  return useAppStore.getState().attemptId;
}

describe('an override after a mock interview', () => {
  it('saves a new practice attempt and keeps the mock report with its transcript', async () => {
    const mockId = await savedMock();
    await act(() => recordOverride(0, 3));

    const attempts = await services().platform.listAttempts();
    expect(attempts).toHaveLength(2);
    const mock = attempts.find((a) => a.id === mockId)?.report;
    expect(mock?.mode).toBe('mock');
    expect(mock?.mock?.answer).toBe(TRANSCRIPT.answer);
    expect(mock?.score.dimensions.map((d) => d.id)).toContain('communication');
    const practice = attempts.find((a) => a.id !== mockId)?.report;
    expect(practice?.mode).toBe('practice');
    expect(practice?.outcome.overridesUsed).toBe(1);
    expect(useAppStore.getState().attemptId).not.toBe(mockId);
  });

  it('revises its own practice attempt on a second override instead of adding another', async () => {
    await savedMock();
    await act(() => recordOverride(0, 3));
    await act(() => recordOverride(0, 4));
    const modes = (await services().platform.listAttempts()).map((a) => a.report.mode);
    expect(modes.sort()).toEqual(['mock', 'practice']);
  });
});
