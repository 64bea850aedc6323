import { act, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { AttemptRecord } from '../platform/platform';
import { useAppStore } from '../store/appStore';
import { renderApp } from '../testing/appHarness';

/** A saved attempt on a model scenario whose rollback readiness earned 41 %. */
function modelAttempt(savedAt: string): AttemptRecord {
  const scenario = useAppStore
    .getState()
    .packs.flatMap((pack) => pack.scenarios.map((s) => ({ pack, s })))
    .find(({ s }) => s.changeKind === 'model');
  if (!scenario) throw new Error('The library has no model scenario.');
  const dimensions = [
    { id: 'rollback', title: 'Rollback readiness', points: 41, max: 100 },
    { id: 'segments', title: 'Segments', points: 95, max: 100 },
  ];
  const report = {
    packId: scenario.pack.id,
    scenarioId: scenario.s.id,
    score: { total: 60, dimensions },
  };
  return { id: 'a-1', savedAt, report } as unknown as AttemptRecord;
}

describe('Home’s practise-next card from spaced practice', () => {
  afterEach(() => vi.useRealTimers());

  it('says which card is due and since when, and starts a scenario of that kind', async () => {
    // Only the clock is fixed (Tuesday 1 Dec 2026, noon); timers stay real for the app.
    vi.useFakeTimers({ toFake: ['Date'] });
    vi.setSystemTime(new Date('2026-12-01T12:00:00.000Z'));
    await renderApp();
    // Saved on Sunday 29 Nov; rollback readiness earned Again, so it fell due on Monday 30.
    act(() => useAppStore.getState().setAttempts([modelAttempt('2026-11-29T10:00:00.000Z')]));
    const card = screen.getByRole('region', { name: 'Practise next' });
    expect(card).toHaveTextContent('Rollback readiness on model upgrades');
    expect(card).toHaveTextContent(/Due since Mon; last 41\/100./);

    await userEvent.setup().click(within(card).getByRole('button', { name: /^Practise “/ }));
    const state = useAppStore.getState();
    expect(state.screen).toBe('brief');
    const opened = state.packs
      .flatMap((pack) => pack.scenarios)
      .find((s) => s.id === state.selected?.scenarioId);
    expect(opened?.changeKind).toBe('model');
  });
});
