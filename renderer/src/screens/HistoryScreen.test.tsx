import { act, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import { useAppStore } from '../store/appStore';
import { renderApp, runOpeningDraft } from '../testing/appHarness';

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
});
