import { act, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import { useAppStore } from '../store/appStore';
import type { Platform } from '../platform/platform';
import { renderApp, runOpeningDraft } from '../testing/appHarness';

/** A second saved attempt: the same report, labelled a mock interview, saved a day later. */
async function addMockCopy(platform: Platform) {
  const [record] = await platform.listAttempts();
  if (!record) throw new Error('Nothing saved.');
  const dimensions = record.report.score.dimensions.map((d, i) =>
    i === 0 ? { ...d, points: 0 } : d,
  );
  const report = {
    ...record.report,
    mode: 'mock' as const,
    score: { ...record.report.score, dimensions },
    mock: { limitMinutes: 10, usedSeconds: 300, probes: [], answer: 'Staff first.' },
  };
  const mock = { id: 'mock-1', savedAt: '2030-01-02T09:30:00.000Z', report };
  await platform.saveAttempt(mock);
  act(() => useAppStore.getState().setAttempts([record, mock]));
  return { record, mock };
}

async function openHistory() {
  const view = await renderApp();
  const attempt = await act(() => runOpeningDraft());
  act(() => useAppStore.getState().go('history'));
  return { ...view, attempt };
}

describe('HistoryScreen', () => {
  it('lists the saved attempt with its score, and keeps it across a restart', async () => {
    const { attempt, platform } = await openHistory();
    expect(screen.getByRole('rowheader', { name: /Database migration/ })).toBeInTheDocument();
    expect(screen.getByRole('cell', { name: String(attempt.score.total) })).toBeInTheDocument();
    expect(await platform.listAttempts()).toHaveLength(1);
  });

  it('gives the progress chart a table of each dimension per attempt', async () => {
    const { attempt } = await openHistory();
    const first = attempt.score.dimensions[0];
    expect(
      screen.getByRole('table', { name: 'Share of points per dimension and attempt' }),
    ).toBeInTheDocument();
    expect(screen.getAllByRole('rowheader', { name: first?.title ?? '' }).length).toBeGreaterThan(
      0,
    );
  });

  it('exports an attempt’s report as JSON and HTML through the platform', async () => {
    const { platform } = await openHistory();
    const exportReport = vi.spyOn(platform, 'exportReport').mockResolvedValue(true);
    const user = userEvent.setup();
    await user.click(screen.getByRole('button', { name: /^JSON report of/ }));
    await user.click(screen.getByRole('button', { name: /^HTML report of/ }));
    expect(exportReport.mock.calls.map(([, format]) => format)).toEqual(['json', 'html']);
    expect(screen.queryByRole('button', { name: /^PDF report of/ })).not.toBeInTheDocument();
    expect(screen.getByText('Report downloaded as HTML.')).toBeInTheDocument();
  });

  it('writes the learner’s name, once given, into the reports it saves', async () => {
    const { platform } = await openHistory();
    const user = userEvent.setup();
    await user.type(screen.getByRole('textbox', { name: 'Your name on saved reports' }), 'Ada L.');
    await user.tab();
    expect((await platform.loadSettings()).learnerName).toBe('Ada L.');
    await act(() => runOpeningDraft());
    const reports = (await platform.listAttempts()).map((record) => record.report.learner);
    expect(reports).toContain('Ada L.');
  });

  it('reopens an attempt’s score from its row and starts the reader at the score’s heading', async () => {
    const { attempt } = await openHistory();
    const user = userEvent.setup();
    await user.click(screen.getByRole('button', { name: /^Score of Database migration/ }));
    const heading = await screen.findByRole('heading', { level: 1, name: /^Score/ });
    await waitFor(() => expect(heading).toHaveFocus());
    expect(useAppStore.getState().attempt?.score.total).toBe(attempt.score.total);
  });

  it('reopens an attempt’s replay from its row', async () => {
    await openHistory();
    const user = userEvent.setup();
    await user.click(screen.getByRole('button', { name: /^Replay of Database migration/ }));
    expect(await screen.findByRole('heading', { level: 1, name: /Replay/ })).toHaveFocus();
    expect(useAppStore.getState().screen).toBe('replay');
  });

  it('labels mock interviews apart from practice', async () => {
    const { platform } = await openHistory();
    await addMockCopy(platform);
    const table = screen.getByRole('table', { name: 'Attempts' });
    const rows = within(table).getAllByRole('row').slice(1);
    expect(rows.map((row) => within(row).getByRole('rowheader').textContent)).toEqual([
      expect.stringMatching(/Practice$/),
      expect.stringMatching(/Mock interview$/),
    ]);
    expect(
      screen.getByRole('button', { name: /^Score of .*, mock interview, 2030-01-02 09:30$/ }),
    ).toBeInTheDocument();
  });

  it('compares two ticked attempts by dimension and outcome, then gives focus back on close', async () => {
    const { platform } = await openHistory();
    const { record } = await addMockCopy(platform);
    const user = userEvent.setup();
    const boxes = screen.getAllByRole('checkbox', { name: /^Compare / });
    await user.click(boxes[0] as HTMLElement);
    expect(screen.getByText(/Tick one more attempt to compare/)).toBeInTheDocument();
    await user.click(boxes[1] as HTMLElement);
    const heading = screen.getByRole('heading', { name: 'Two attempts side by side' });
    expect(heading).toHaveFocus();
    const table = screen.getByRole('table', { name: 'Points per dimension' });
    const first = record.report.score.dimensions[0];
    if (!first) throw new Error('No dimension.');
    const row = within(table).getByRole('row', { name: new RegExp(`^${first.title}`) });
    expect(
      within(row)
        .getAllByRole('cell')
        .map((c) => c.textContent),
    ).toEqual([
      `${first.points} / ${first.max}`,
      `0 / ${first.max}`,
      first.points === 0 ? 'same' : `−${first.points}`,
    ]);
    const outcome = screen.getByRole('table', { name: 'What happened' });
    expect(within(outcome).getByRole('rowheader', { name: 'Regression' })).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Close the comparison' }));
    expect(screen.queryByRole('table', { name: 'Points per dimension' })).toBeNull();
    expect(boxes[0]).toHaveFocus();
  });

  it('keeps two attempts at most in the comparison: a third tick replaces the earlier one', async () => {
    const { platform } = await openHistory();
    await addMockCopy(platform);
    await act(() => runOpeningDraft());
    act(() => useAppStore.getState().go('history'));
    const user = userEvent.setup();
    const boxes = screen.getAllByRole('checkbox', { name: /^Compare / });
    for (const box of boxes) await user.click(box);
    expect(boxes.map((b) => (b as HTMLInputElement).checked)).toEqual([false, true, true]);
  });

  it('exports an attempt saved before the learner gave a name with that name', async () => {
    const { platform } = await openHistory();
    const exportReport = vi.spyOn(platform, 'exportReport').mockResolvedValue(true);
    const user = userEvent.setup();
    await user.type(screen.getByRole('textbox', { name: 'Your name on saved reports' }), 'Ada L.');
    await user.tab();
    await user.click(screen.getByRole('button', { name: /^JSON report of/ }));
    expect(exportReport.mock.calls[0]?.[0].learner).toBe('Ada L.');
    // What is stored stays as it was saved.
    expect((await platform.listAttempts())[0]?.report.learner).toBeUndefined();
  });
});
