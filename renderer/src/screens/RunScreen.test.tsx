import { act, screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { useAppStore } from '../store/appStore';
import { renderApp, runOpeningDraft } from '../testing/appHarness';

async function openRun() {
  await renderApp();
  await act(() => runOpeningDraft());
}

// jsdom never paints, so its animation frames do not come: drive them from timers.
beforeEach(() => {
  vi.stubGlobal('requestAnimationFrame', (callback: FrameRequestCallback) =>
    window.setTimeout(() => callback(performance.now()), 16),
  );
  vi.stubGlobal('cancelAnimationFrame', (id: number) => window.clearTimeout(id));
  return () => vi.unstubAllGlobals();
});

describe('RunScreen', () => {
  it('plays, pauses where it stopped, and resumes', async () => {
    await openRun();
    const user = userEvent.setup();
    await user.click(screen.getByRole('button', { name: 'Play' }));
    expect(useAppStore.getState().playing).toBe(true);
    await waitFor(() => expect(useAppStore.getState().playbackMinute).toBeGreaterThan(0));
    await user.click(screen.getByRole('button', { name: 'Pause' }));
    const paused = useAppStore.getState().playbackMinute;
    expect(useAppStore.getState().playing).toBe(false);
    expect(screen.getByRole('button', { name: 'Resume' })).toBeInTheDocument();
    expect(useAppStore.getState().playbackMinute).toBe(paused);
  });

  it('skips to the end and shows every event the dashboard would, but not the hidden onset', async () => {
    await openRun();
    const user = userEvent.setup();
    await user.click(screen.getByRole('button', { name: 'Skip to the end' }));
    const end = useAppStore.getState().attempt?.run.outcome.endMinute;
    expect(useAppStore.getState().playbackMinute).toBe(end);
    expect(screen.getByText(/Stage 1: 5 % of traffic on the new version/)).toBeInTheDocument();
    expect(screen.queryByText(/regression/i)).not.toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Play again' })).toBeInTheDocument();
  });

  it('records an override, replays the same seed with it, and charges for it in the score', async () => {
    await openRun();
    const user = userEvent.setup();
    await user.click(screen.getByText('Override a threshold (recorded, costs points)'));
    await user.type(screen.getByLabelText(/^New limit/), '3');
    await user.click(screen.getByRole('button', { name: 'Record the override' }));
    await waitFor(() => expect(useAppStore.getState().overrides).toHaveLength(1));
    const { attempt, seed } = useAppStore.getState();
    expect(attempt?.run.seed).toBe(seed);
    expect(attempt?.run.outcome.overridesUsed).toBe(1);
    expect(attempt?.score.penalties.some((p) => p.points > 0 && /3/.test(p.reason))).toBe(true);
  });

  it('draws the traffic share and one chart per guarded threshold, each with its worse direction and a text equivalent', async () => {
    await openRun();
    expect(screen.getByText('Traffic on the new version')).toBeInTheDocument();
    const chart = screen.getByRole('img', { name: /^Error rate, change on the new version/ });
    expect(chart).toHaveAccessibleName(/worse ↑/);
    expect(screen.getByText(/^Roll back if the error rate rises/)).toBeInTheDocument();
  });

  it('keeps the regression hidden while the run plays: no chart of a metric the plan does not watch', async () => {
    await openRun();
    expect(screen.queryByText('not watched by your plan')).not.toBeInTheDocument();
    expect(screen.queryByRole('img', { name: /^p99 latency/ })).not.toBeInTheDocument();
  });

  it('shows only what has been played so far, so the charts do not give the run away', async () => {
    await openRun();
    const user = userEvent.setup();
    expect(screen.getByText('peak 5 %')).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Skip to the end' }));
    expect(screen.getByText(/^peak (50|100) %$/)).toBeInTheDocument();
  });

  it('tells the time played but not how long the run will last', async () => {
    await openRun();
    const end = useAppStore.getState().attempt?.run.outcome.endMinute ?? 0;
    expect(screen.getByText(/· 0 min in$/)).toBeInTheDocument();
    expect(screen.queryByText(new RegExp(`of ${end}$`))).not.toBeInTheDocument();
  });

  it('moves focus to the next step after skipping to the end, not to the page', async () => {
    await openRun();
    const user = userEvent.setup();
    await user.click(screen.getByRole('button', { name: 'Skip to the end' }));
    expect(screen.getByRole('button', { name: 'See your score' })).toHaveFocus();
  });

  it('lands focus on what was recorded after an override replays the run', async () => {
    await openRun();
    const user = userEvent.setup();
    await user.click(screen.getByText('Override a threshold (recorded, costs points)'));
    await user.type(screen.getByLabelText(/^New limit/), '3');
    await user.click(screen.getByRole('button', { name: 'Record the override' }));
    await waitFor(() =>
      expect(screen.getByText(/^Override recorded: the error rate limit is 3/)).toHaveFocus(),
    );
  });
});
