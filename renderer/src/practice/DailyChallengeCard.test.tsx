import { act, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { dailyChallengeRequest } from '../../../sim-engine/index';
import type { ProgressListener } from '../engine/engineClient';
import type { AttemptRecord } from '../platform/platform';
import { useAppStore } from '../store/appStore';
import { services } from '../store/services';
import { renderApp } from '../testing/appHarness';
import { uncalibratedDraw } from '../testing/uncalibratedDraw';
import { dailyPackId } from './dailyPack';
import type { FairForApp } from './generateInEngine';
import { dailyRunSeed, useDailyStore } from './dailyChallenge';

// The engine's fair generation takes seconds of calibration; here it is stood in for by the
// generator's uncalibrated draw of the same request, so the test is about the card's flow
// (the e2e test runs the real calibration in the worker).

const TODAY = '2026-12-01';

async function renderOn(date: string) {
  vi.useFakeTimers({ toFake: ['Date'] });
  vi.setSystemTime(new Date(`${date}T12:00:00`));
  useDailyStore.setState({ status: { kind: 'idle' }, packs: {} });
  return renderApp();
}

describe('Home’s daily challenge', () => {
  afterEach(() => vi.useRealTimers());

  it('shows progress while today’s scenario is checked, then opens its brief on the day’s seed', async () => {
    await renderOn(TODAY);
    let finish: (fair: FairForApp) => void = () => undefined;
    let report: ProgressListener = () => undefined;
    const generate = vi.spyOn(services().engine, 'generateFair').mockImplementation(
      (_request, onProgress) =>
        new Promise((resolve) => {
          finish = resolve;
          report = onProgress ?? report;
        }),
    );
    const card = screen.getByRole('region', { name: 'Daily challenge' });
    expect(card).toHaveTextContent(/an introductory one, generated for Tuesday 1 December/);
    await userEvent
      .setup()
      .click(within(card).getByRole('button', { name: 'Start today’s challenge' }));
    expect(generate).toHaveBeenCalledWith(dailyChallengeRequest(TODAY), expect.any(Function));
    act(() => report('Checking it is fair: run 3 of 40', 3 / 40));
    expect(
      within(card).getByRole('progressbar', { name: 'Checking it is fair: run 3 of 40' }),
    ).toBeInTheDocument();
    expect(within(card).getByRole('button', { name: 'Start today’s challenge' })).toBeDisabled();
    const fair = uncalibratedDraw(dailyChallengeRequest(TODAY));
    await act(async () => finish(fair));
    const state = useAppStore.getState();
    expect(state.screen).toBe('brief');
    expect(state.selected).toEqual({ packId: dailyPackId(TODAY), scenarioId: fair.scenario.id });
    expect(state.seed).toBe(dailyRunSeed(TODAY));
  });

  it('says what went wrong when no fair scenario could be drawn', async () => {
    await renderOn(TODAY);
    vi.spyOn(services().engine, 'generateFair').mockRejectedValue(new Error('no fair scenario'));
    await userEvent.setup().click(screen.getByRole('button', { name: 'Start today’s challenge' }));
    expect(await screen.findByRole('alert')).toHaveTextContent(
      /could not be prepared: no fair scenario/,
    );
  });

  it('shows the streak and offers today’s challenge again once done', async () => {
    await renderOn(TODAY);
    const daily = (date: string) =>
      ({
        ...useAppStore.getState().attempts[0],
        id: date,
        savedAt: `${date}T09:00:00.000Z`,
        daily: { date },
        report: { packId: 'x', scenarioId: 'y', score: { total: 1, dimensions: [] } },
      }) as unknown as AttemptRecord;
    act(() => useAppStore.getState().setAttempts([daily('2026-11-30'), daily(TODAY)]));
    const card = screen.getByRole('region', { name: 'Daily challenge' });
    expect(card).toHaveTextContent('Done today. Streak: 2 days in a row.');
    expect(
      within(card).getByRole('button', { name: 'Play today’s challenge again' }),
    ).toBeEnabled();
  });
});
