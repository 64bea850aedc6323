import { act, waitFor } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { dailyChallengeRequest } from '../../../sim-engine/index';
import { useAppStore } from '../store/appStore';
import { services } from '../store/services';
import { reloadApp, renderApp, runOpeningDraft } from '../testing/appHarness';
import { uncalibratedDraw } from '../testing/uncalibratedDraw';
import { dailyPackId } from './dailyPack';
import { startDailyChallenge, useDailyStore } from './dailyChallenge';
import { forgetGeneratedPacks } from './generatedPacks';

// Before the reload the generator's uncalibrated draw stands in for the worker's calibration;
// after it, the app's fresh in-thread engine really calibrates the day's request again. The
// replay relies on both giving the same scenario for the same date.

const TODAY = '2026-12-01';

describe('a saved daily challenge attempt', () => {
  afterEach(() => vi.useRealTimers());

  it('reopens its replay after a reload by drawing the day’s scenario again', async () => {
    vi.useFakeTimers({ toFake: ['Date'] });
    vi.setSystemTime(new Date(`${TODAY}T12:00:00`));
    useDailyStore.setState({ status: { kind: 'idle' }, packs: {} });
    await renderApp();
    const fair = uncalibratedDraw(dailyChallengeRequest(TODAY));
    const generate = vi.spyOn(services().engine, 'generateFair').mockResolvedValue(fair);
    await act(() => startDailyChallenge(TODAY));
    const attempt = await act(() => runOpeningDraft(fair.scenario.id));
    const id = useAppStore.getState().attemptId;
    expect(useAppStore.getState().attempts.find((a) => a.id === id)?.daily).toEqual({
      date: TODAY,
    });

    forgetGeneratedPacks();
    useDailyStore.setState({ status: { kind: 'idle' }, packs: {} });
    await reloadApp(`#/attempt/${id}/replay`);

    await waitFor(() => expect(useAppStore.getState().screen).toBe('replay'), { timeout: 30_000 });
    expect(generate).toHaveBeenCalledTimes(1);
    expect(useDailyStore.getState().packs[TODAY]?.scenarios[0]?.id).toBe(fair.scenario.id);
    const state = useAppStore.getState();
    expect(state.selected).toEqual({ packId: dailyPackId(TODAY), scenarioId: fair.scenario.id });
    expect(state.attempt?.run.outcome).toEqual(attempt.run.outcome);
    expect(state.notices).toEqual([]);
  });
});
