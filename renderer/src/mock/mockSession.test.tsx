import { act, cleanup, screen } from '@testing-library/react';
import { afterEach, beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import { loadLanguageModel } from '../../../sim-engine/grader';
import { useAppStore, resetAppStore } from '../store/appStore';
import { INITIAL_MOCK } from '../store/mockSlice';
import { services } from '../store/services';
import { renderApp } from '../testing/appHarness';
import { settled } from './autosave';
import {
  finishMock,
  resumeMock,
  setAnswer,
  setPaused,
  startMock,
  stopForTests,
} from './mockSession';

const REF = { packId: '', scenarioId: 'checkout-first-order' };

async function startOnCheckout(strict = true) {
  const rendered = await renderApp();
  const pack = useAppStore.getState().packs[0];
  if (!pack) throw new Error('The library is empty.');
  act(() => startMock({ ...REF, packId: pack.id }, strict));
  return rendered;
}

/** Lets `ms` of interview pass, one tick at a time, with React and the saves keeping up. */
async function pass(ms: number) {
  await act(() => vi.advanceTimersByTimeAsync(ms));
}

beforeEach(() => {
  vi.useFakeTimers({ now: new Date('2026-01-01T09:00:00Z') });
});
afterEach(() => {
  stopForTests();
  resetAppStore();
  vi.useRealTimers();
});

// The app's worker reads the grader's language model at start; jsdom's in-thread engine reads it here.
beforeAll(() => loadLanguageModel());
describe('a mock interview session', () => {
  it('shows the scenario’s ten-minute countdown and ticks once a second', async () => {
    await startOnCheckout();
    expect(screen.getByRole('timer')).toHaveTextContent('10:00');
    await pass(61_000);
    expect(screen.getByRole('timer')).toHaveTextContent('8:59');
    expect(screen.getByRole('timer')).toHaveAccessibleName('Time left: 8 minutes 59 seconds');
  });

  it('announces the warnings at half-time, two minutes and thirty seconds left', async () => {
    await startOnCheckout();
    const status = () => screen.getByText(/left\.$/, { selector: '.mock-warning' });
    await pass(299_000);
    expect(screen.queryByText(/Half-time/)).toBeNull();
    await pass(1_000);
    expect(status()).toHaveTextContent('Half-time: 5 minutes left.');
    await pass(180_000);
    expect(status()).toHaveTextContent('Two minutes left.');
    await pass(90_000);
    expect(status()).toHaveTextContent('Thirty seconds left.');
    expect(status()).toHaveAttribute('aria-live', 'polite');
  });

  it('asks the scheduled probes and the follow-ups the draft still lacks', async () => {
    await startOnCheckout();
    await pass(60_000);
    // The opening draft's order is deliberate: "who goes first" is not asked.
    expect(screen.queryByText('Who sees the new checkout first, and who last?')).toBeNull();
    await pass(120_000);
    expect(screen.getByText('Conversion dips a little at 5 %. Is that a rollback?')).toBeVisible();
    await pass(120_000);
    expect(screen.getByText('Against which group do you compare conversion?')).toBeVisible();
    expect(useAppStore.getState().mock.probes.map((p) => p.atSecond)).toEqual([180, 300]);
  });

  it('commits the plan as it stands at zero and scores the answer for Communication', async () => {
    await startOnCheckout();
    act(() => setAnswer('As the PM I own the order: staff first, wholesale last.'));
    useAppStore.getState().updateDraft((d) => ({ ...d, abTest: true }));
    await pass(600_000);
    // Grading and a week's scoring run in this thread here (jsdom has no worker): on a loaded
    // machine that takes well over 5 s of real time, so allow it 30 s.
    await vi.waitFor(
      async () => {
        await vi.advanceTimersByTimeAsync(10);
        expect(useAppStore.getState().mock.phase).toBe('done');
      },
      { timeout: 30_000 },
    );
    const { result } = useAppStore.getState().mock;
    expect(result?.endedBy).toBe('time');
    expect(useAppStore.getState().committedPlan?.followUp.abTest).toBe(true);
    const report = result?.report;
    expect(report?.mode).toBe('mock');
    expect(report?.mock).toMatchObject({ limitMinutes: 10, usedSeconds: 600 });
    expect(report?.mock?.answer).toMatch(/staff first/);
    expect(report?.score.dimensions.map((d) => d.id)).toContain('communication');
    expect(await services().platform.loadMockSession()).toBeNull();
    expect(useAppStore.getState().attempts.at(-1)?.report.mode).toBe('mock');
  });

  it('resumes after a reload with the draft, the answer and the time it had left', async () => {
    await startOnCheckout();
    act(() => setAnswer('Staff first.'));
    useAppStore.getState().updateDraft((d) => ({ ...d, mechanism: 'flag' }));
    await pass(245_000);
    await settled();
    const snapshot = await services().platform.loadMockSession();
    expect(snapshot?.remainingSeconds).toBe(355);
    expect(snapshot?.probesShown).toEqual(['what-number']);

    // The reload: the window closes, both stores start fresh, the app mounts again.
    cleanup();
    stopForTests();
    resetAppStore();
    await pass(3_600_000);
    await renderApp();
    const saved = await services().platform.loadMockSession();
    if (!saved) throw new Error('Nothing was saved.');
    act(() => {
      expect(resumeMock(saved, true)).toBe(true);
    });
    expect(screen.getByRole('timer')).toHaveTextContent('5:55');
    expect(screen.getByRole('textbox', { name: 'What you would say' })).toHaveValue('Staff first.');
    expect(useAppStore.getState().draft?.mechanism).toBe('flag');
    expect(screen.getByText('Conversion dips a little at 5 %. Is that a rollback?')).toBeVisible();
    await pass(5_000);
    expect(screen.getByRole('timer')).toHaveTextContent('5:50');
  });

  it('cannot pause in strict mode, and can in the practice variant', async () => {
    await startOnCheckout(true);
    expect(screen.queryByRole('button', { name: /Pause/ })).toBeNull();
    act(() => setPaused(true));
    await pass(10_000);
    expect(screen.getByRole('timer')).toHaveTextContent('9:50');
    stopForTests();
    useAppStore.getState().setMock(INITIAL_MOCK);

    act(() => startMock({ ...REF, packId: useAppStore.getState().packs[0]?.id ?? '' }, false));
    await pass(10_000);
    act(() => setPaused(true));
    await pass(60_000);
    expect(screen.getByRole('timer')).toHaveTextContent('9:50');
    expect(screen.getByRole('button', { name: 'Continue the clock' })).toBeInTheDocument();
  });

  it('ends early when the learner finishes and records the time used', async () => {
    await startOnCheckout();
    await pass(90_000);
    act(() => void finishMock('learner'));
    await vi.waitFor(async () => {
      await vi.advanceTimersByTimeAsync(10);
      expect(useAppStore.getState().mock.phase).toBe('done');
    });
    expect(useAppStore.getState().mock.result?.report.mock?.usedSeconds).toBe(90);
  });
});
