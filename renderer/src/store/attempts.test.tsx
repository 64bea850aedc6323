import { act, screen, waitFor } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { reloadApp, renderApp, runOpeningDraft } from '../testing/appHarness';
import { recordOverride } from './actions';
import { parseAddress, formatAddress } from './address';
import { useAppStore } from './appStore';
import { reopenAttempt } from './attempts';

async function savedAttempt() {
  const view = await renderApp();
  const attempt = await act(() => runOpeningDraft());
  const id = useAppStore.getState().attemptId;
  if (!id) throw new Error('The attempt was not saved.');
  return { ...view, attempt, id };
}

describe('a saved attempt’s address', () => {
  it('reads and writes the addresses of screens, attempts and scenarios', () => {
    for (const hash of [
      '#/',
      '#/history',
      '#/cohort',
      '#/attempt/abc-1/score',
      '#/attempt/abc-1/replay',
      '#/scenario/builtin/checkout-first-order/plan',
    ]) {
      expect(formatAddress(parseAddress(hash))).toBe(hash);
    }
    expect(parseAddress('#/attempt/a%2Fb/score')).toEqual({
      kind: 'attempt',
      id: 'a/b',
      view: 'score',
    });
  });

  it('sends an unknown or damaged address to the library', () => {
    for (const hash of ['', '#', '#/nowhere', '#/attempt/x', '#/attempt/x/edit', '#/%E0%A4%A']) {
      expect(parseAddress(hash)).toEqual({ kind: 'screen', screen: 'home' });
    }
  });

  it('is in the address bar once the attempt is saved and its score is open', async () => {
    const { id } = await savedAttempt();
    act(() => useAppStore.getState().go('score'));
    expect(window.location.hash).toBe(`#/attempt/${id}/score`);
  });

  it('reopens the replay after a reload, with the run simulated again exactly as it was saved', async () => {
    const { id, attempt } = await savedAttempt();
    await reloadApp(`#/attempt/${id}/replay`);
    const state = useAppStore.getState();
    expect(state.screen).toBe('replay');
    expect(state.attemptId).toBe(id);
    expect(state.attempt?.run.outcome).toEqual(attempt.run.outcome);
    expect(state.attempt?.run.events).toEqual(attempt.run.events);
    expect(state.attempt?.score).toEqual(attempt.score);
    expect(state.committedPlan).toEqual(attempt.run.plan);
    expect(await screen.findByRole('heading', { level: 1 })).toHaveTextContent(/Replay/);
    expect(state.notices).toEqual([]);
  });

  it('re-simulates an attempt with an override to the same outcome as saved', async () => {
    await savedAttempt();
    await act(() => recordOverride(0, 50));
    const { attemptId, attempt } = useAppStore.getState();
    expect(attempt?.run.outcome.overridesUsed).toBe(1);
    await reloadApp(`#/attempt/${attemptId}/score`);
    expect(useAppStore.getState().attempt?.run.outcome).toEqual(attempt?.run.outcome);
    expect(useAppStore.getState().screen).toBe('score');
  });

  it('opens History with a notice when the address names an attempt that is not saved', async () => {
    await savedAttempt();
    await reloadApp('#/attempt/not-a-saved-one/score');
    expect(useAppStore.getState().screen).toBe('history');
    expect(screen.getByText(/That attempt is not in your history/)).toBeInTheDocument();
  });

  it('says so when today’s engine tells a different story than the saved report', async () => {
    const { id, platform } = await savedAttempt();
    const [record] = await platform.listAttempts();
    if (!record) throw new Error('Nothing saved.');
    const report = { ...record.report, outcome: { ...record.report.outcome, endMinute: 1 } };
    await platform.saveAttempt({ ...record, report });
    await reloadApp(`#/attempt/${id}/score`);
    expect(screen.getByText(/differs from the saved outcome/)).toBeInTheDocument();
    // The score shown is the saved one, not a new one.
    expect(useAppStore.getState().attempt?.score).toEqual(report.score);
  });

  it('opens a scenario’s brief again from its address after a reload (a draft is not kept)', async () => {
    await renderApp();
    const pack = useAppStore.getState().packs[0];
    const scenario = pack?.scenarios[1];
    if (!pack || !scenario) throw new Error('The library is empty.');
    await reloadApp(`#/scenario/${pack.id}/${scenario.id}/plan`);
    expect(useAppStore.getState().screen).toBe('brief');
    expect(useAppStore.getState().selected).toEqual({ packId: pack.id, scenarioId: scenario.id });
    expect(window.location.hash).toBe(`#/scenario/${pack.id}/${scenario.id}/brief`);
  });

  it('follows Back from a reopened score to History', async () => {
    const { id } = await savedAttempt();
    act(() => useAppStore.getState().go('history'));
    await act(() => reopenAttempt(id, 'score'));
    expect(window.location.hash).toBe(`#/attempt/${id}/score`);
    act(() => window.history.back());
    await waitFor(() => expect(useAppStore.getState().screen).toBe('history'));
  });
});

describe('notices', () => {
  it('clear when the learner moves to another screen', async () => {
    await renderApp();
    act(() => useAppStore.getState().addNotices(['Imported "A".']));
    expect(screen.getByText('Imported "A".')).toBeInTheDocument();
    act(() => useAppStore.getState().go('history'));
    expect(screen.queryByText('Imported "A".')).toBeNull();
  });

  it('do not pile up: a repeated message is shown once and only the newest three stay', async () => {
    await renderApp();
    const { addNotices } = useAppStore.getState();
    act(() => addNotices(['one', 'two', 'one']));
    act(() => addNotices(['three', 'four', 'two']));
    expect(useAppStore.getState().notices).toEqual(['three', 'four', 'two']);
  });
});

describe('the playback speed', () => {
  it('is one setting, saved, and back after a restart', async () => {
    const { platform } = await renderApp();
    act(() => useAppStore.getState().setSpeed(720));
    await waitFor(async () => expect((await platform.loadSettings()).playbackSpeed).toBe(720));
    await reloadApp('#/');
    expect(useAppStore.getState().settings.playbackSpeed).toBe(720);
  });
});
