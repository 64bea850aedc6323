import { act, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { AttemptRecord } from '../platform/platform';
import { useAppStore } from '../store/appStore';
import { services } from '../store/services';
import { renderApp } from '../testing/appHarness';
import { uncalibratedDraw } from '../testing/uncalibratedDraw';

/** The library's model scenarios, with their packs. */
function modelScenarios() {
  return useAppStore
    .getState()
    .packs.flatMap((pack) => pack.scenarios.map((s) => ({ pack, s })))
    .filter(({ s }) => s.changeKind === 'model');
}

/** A saved attempt on a model scenario (the first by default) whose rollback readiness earned 41 %. */
function modelAttempt(savedAt: string, index = 0): AttemptRecord {
  const scenario = modelScenarios()[index];
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
  return { id: `a-${index}`, savedAt, report } as unknown as AttemptRecord;
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

  it('offers a fresh scenario of the due kind beside an unplayed library one', async () => {
    vi.useFakeTimers({ toFake: ['Date'] });
    vi.setSystemTime(new Date('2026-12-01T12:00:00.000Z'));
    await renderApp();
    if (modelScenarios().length < 2) throw new Error('The library needs two model scenarios.');
    act(() => useAppStore.getState().setAttempts([modelAttempt('2026-11-29T10:00:00.000Z')]));
    const card = screen.getByRole('region', { name: 'Practise next' });
    const [first, second] = within(card).getAllByRole('button');
    expect(first).toHaveAccessibleName(/^Practise “/);
    expect(first).toHaveClass('primary');
    expect(second).toHaveAccessibleName('Practise a fresh model upgrade (introductory)');
    expect(second).not.toHaveClass('primary');
  });

  it('puts a fresh, calibrated scenario first once every library one of the kind is played, and opens it', async () => {
    vi.useFakeTimers({ toFake: ['Date'] });
    vi.setSystemTime(new Date('2026-12-01T12:00:00.000Z'));
    await renderApp();
    const played = modelScenarios().map((_, i) => modelAttempt('2026-11-29T10:00:00.000Z', i));
    act(() => useAppStore.getState().setAttempts(played));
    const generate = vi
      .spyOn(services().engine, 'generateFair')
      .mockImplementation(async (request, onProgress) => {
        onProgress?.('Checking it is fair: run 1 of 41', 1 / 41);
        return uncalibratedDraw(request);
      });
    const card = screen.getByRole('region', { name: 'Practise next' });
    expect(card).toHaveTextContent(/You have played every model upgrade in your library/);
    const [fresh, library] = within(card).getAllByRole('button');
    expect(fresh).toHaveClass('primary');
    expect(library).toHaveAccessibleName(/^Practise “/);

    const user = userEvent.setup();
    fresh?.focus();
    await user.keyboard('{Enter}');
    await vi.waitFor(() => expect(useAppStore.getState().screen).toBe('brief'));
    // 41 % of rollback readiness is a miss: the fresh one is introductory, of the due kind.
    const [request] = generate.mock.calls.map(([asked]) => asked);
    expect(request).toMatchObject({ level: 'introductory', changeKind: 'model' });
    const state = useAppStore.getState();
    const opened = state.packs
      .find((pack) => pack.id === state.selected?.packId)
      ?.scenarios.find((s) => s.id === state.selected?.scenarioId);
    expect(state.selected?.packId).toBe(`generated-introductory-model-${request?.seed}`);
    expect(opened?.changeKind).toBe('model');
  });
});
