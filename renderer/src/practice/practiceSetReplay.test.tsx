import { act, waitFor } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import { useAppStore } from '../store/appStore';
import { services } from '../store/services';
import { reloadApp, renderApp, runOpeningDraft } from '../testing/appHarness';
import { uncalibratedDraw } from '../testing/uncalibratedDraw';
import { forgetGeneratedPacks } from './generatedPacks';
import { generatePracticeSet, usePracticeSetStore } from './practiceSet';

// Before the reload the generator's uncalibrated draw stands in for the worker's calibration;
// after it, the app's fresh in-thread engine really calibrates the set's requests again. Seeds
// 1 and 2 of introductory backend changes are FAIR on their first draw, so both give the same
// scenarios, as the worker and a reload do in the app.

const REQUEST = { seed: 1, level: 'introductory', count: 2, changeKind: 'backend' } as const;

describe('a saved attempt on a generated practice set', () => {
  it('reopens its replay after a reload by drawing the set again from its request', async () => {
    usePracticeSetStore.setState({ status: { kind: 'idle' } });
    await renderApp();
    vi.spyOn(services().engine, 'generateFair').mockImplementation(async (r) =>
      uncalibratedDraw(r),
    );
    const pack = await act(() => generatePracticeSet(REQUEST));
    const second = pack?.scenarios[1];
    if (!pack || !second) throw new Error('The practice set was not generated.');
    const attempt = await act(() => runOpeningDraft(second.id));
    const id = useAppStore.getState().attemptId;
    expect(useAppStore.getState().attempts.find((a) => a.id === id)?.practiceSet).toEqual(REQUEST);

    forgetGeneratedPacks();
    usePracticeSetStore.setState({ status: { kind: 'idle' } });
    await reloadApp(`#/attempt/${id}/replay`);

    await waitFor(() => expect(useAppStore.getState().screen).toBe('replay'), { timeout: 60_000 });
    const state = useAppStore.getState();
    expect(state.selected).toEqual({ packId: pack.id, scenarioId: second.id });
    expect(state.packs.find((p) => p.id === pack.id)?.scenarios.map((s) => s.id)).toEqual(
      pack.scenarios.map((s) => s.id),
    );
    expect(state.attempt?.run.outcome).toEqual(attempt.run.outcome);
    expect(state.notices).toEqual([]);
  }, 90_000);
});
