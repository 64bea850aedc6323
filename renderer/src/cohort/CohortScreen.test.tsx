import { act, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { CanaryReport } from '../../../sim-engine/index';
import { useAppStore } from '../store/appStore';
import { reloadApp, renderApp, runOpeningDraft } from '../testing/appHarness';

/** Three learners' reports, made by the app itself on two scenarios. */
async function learnerReports(): Promise<CanaryReport[]> {
  await act(() => runOpeningDraft('storage-migration-under-load'));
  await act(() => runOpeningDraft('checkout-first-order'));
  const [first, second] = useAppStore.getState().attempts.map((a) => a.report);
  if (!first || !second) throw new Error('The runs were not saved.');
  return [
    { ...first, learner: 'Chen', createdAt: '2026-02-03T10:00:00.000Z' },
    { ...second, learner: 'Ada', createdAt: '2026-02-01T10:00:00.000Z' },
    { ...first, learner: 'Bea', createdAt: '2026-02-02T10:00:00.000Z' },
  ];
}

const asFile = (name: string, text: string) => new File([text], name, { type: 'application/json' });

async function openCohortWith(files: File[]) {
  const user = userEvent.setup();
  await user.click(screen.getByRole('button', { name: 'Cohort' }));
  expect(screen.getByRole('heading', { level: 1 })).toHaveTextContent('Cohort results');
  await user.upload(screen.getByLabelText('Learners’ report files'), files);
  return user;
}

const learnerColumn = () =>
  within(screen.getByRole('table'))
    .getAllByRole('rowheader')
    .map((cell) => cell.textContent);

afterEach(() => {
  vi.restoreAllMocks();
});

/** The CSV the browser would download, as lines. */
function captureCsv(): () => Promise<string[]> {
  const blobs: Blob[] = [];
  vi.spyOn(URL, 'createObjectURL').mockImplementation((blob) => {
    blobs.push(blob as Blob);
    return 'blob:cohort';
  });
  vi.spyOn(URL, 'revokeObjectURL').mockImplementation(() => undefined);
  vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(() => undefined);
  return async () => (await blobs.at(-1)?.text())?.trimEnd().split('\r\n') ?? [];
}

describe('CohortScreen', () => {
  it('imports valid reports and lists the invalid files with their issues, without failing', async () => {
    await renderApp();
    const reports = await learnerReports();
    await openCohortWith([
      ...reports.map((r, i) => asFile(`learner-${i}.json`, JSON.stringify(r))),
      asFile('notes.json', '{"format":"canary-report/1"}'),
      asFile('garbage.json', '{not json'),
    ]);
    expect(
      await screen.findByText('Added 3 reports; 2 files were not a valid report.'),
    ).toBeVisible();
    expect(learnerColumn()).toEqual(['Ada', 'Bea', 'Chen']);
    const refused = screen.getByRole('region', { name: 'Files that are not valid reports' });
    expect(within(refused).getByRole('list', { name: 'Problems in notes.json' })).toHaveTextContent(
      /\$\.scenarioId: /,
    );
    expect(
      within(refused).getByRole('list', { name: 'Problems in garbage.json' }),
    ).toHaveTextContent(/^\$/);
    expect(screen.getAllByRole('figure').length).toBeGreaterThan(3);
    expect(screen.getByRole('img', { name: /^Segments: 3 learners; median/ })).toBeInTheDocument();
  });

  it('sorts by a column from the keyboard, and reverses on a second press', async () => {
    await renderApp();
    const reports = await learnerReports();
    const user = await openCohortWith(
      reports.map((r, i) => asFile(`${i}.json`, JSON.stringify(r))),
    );
    const dateHeader = screen.getByRole('columnheader', { name: /Date/ });
    within(dateHeader).getByRole('button').focus();
    await user.keyboard('{Enter}');
    expect(dateHeader).toHaveAttribute('aria-sort', 'ascending');
    expect(learnerColumn()).toEqual(['Ada', 'Bea', 'Chen']);
    await user.keyboard(' ');
    expect(dateHeader).toHaveAttribute('aria-sort', 'descending');
    expect(learnerColumn()).toEqual(['Chen', 'Bea', 'Ada']);
    expect(screen.getByRole('columnheader', { name: /Learner/ })).toHaveAttribute(
      'aria-sort',
      'none',
    );
  });

  it('exports every report as one CSV row, under the engine’s header', async () => {
    await renderApp();
    const reports = await learnerReports();
    const blobs: Blob[] = [];
    const downloads: string[] = [];
    vi.spyOn(URL, 'createObjectURL').mockImplementation((blob) => {
      blobs.push(blob as Blob);
      return 'blob:cohort';
    });
    vi.spyOn(URL, 'revokeObjectURL').mockImplementation(() => undefined);
    vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(function (
      this: HTMLAnchorElement,
    ) {
      downloads.push(this.download);
    });
    const user = await openCohortWith(
      reports.map((r, i) => asFile(`${i}.json`, JSON.stringify(r))),
    );
    await user.click(screen.getByRole('button', { name: 'Export CSV (3 reports)' }));
    expect(await screen.findByText('The cohort was exported as CSV.')).toBeVisible();
    expect(downloads).toEqual(['canary-cohort.csv']);
    const lines = (await blobs[0]?.text())?.trimEnd().split('\r\n') ?? [];
    expect(lines[0]).toMatch(/^learner,createdAt,packId,scenarioId,/);
    expect(lines[0]).toContain('segments.points,segments.max');
    expect(lines.slice(1).map((line) => line.split(',')[0])).toEqual(['Chen', 'Ada', 'Bea']);
  });

  it('names a learner by the file when the report carries no name, in the table and the CSV', async () => {
    await renderApp();
    const [named, unnamed] = await learnerReports();
    if (!named || !unnamed) throw new Error('No reports.');
    const withoutName: Record<string, unknown> = { ...unnamed };
    delete withoutName['learner'];
    const csv = captureCsv();
    const user = await openCohortWith([
      asFile('chen.json', JSON.stringify(named)),
      asFile('dan-export.json', JSON.stringify(withoutName)),
    ]);
    await screen.findByText('Added 2 reports.');
    expect(learnerColumn()).toEqual([
      'Chen',
      'dan-export.json (file name: the report names no learner)',
    ]);
    await user.click(screen.getByRole('button', { name: /^Export CSV/ }));
    expect((await csv()).slice(1).map((line) => line.split(',')[0])).toEqual([
      'Chen',
      'dan-export.json',
    ]);
  });

  it('filters the table, the charts and the CSV by scenario', async () => {
    await renderApp();
    const reports = await learnerReports();
    const csv = captureCsv();
    const user = await openCohortWith(
      reports.map((r, i) => asFile(`${i}.json`, JSON.stringify(r))),
    );
    await screen.findByText('Added 3 reports.');
    const checkout = reports[1]?.scenarioTitle ?? '';
    await user.selectOptions(screen.getByRole('combobox', { name: 'Scenario' }), `${checkout} (1)`);
    expect(learnerColumn()).toEqual(['Ada']);
    expect(screen.getByRole('img', { name: /^Segments: 1 learner/ })).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Export CSV (1 report)' }));
    expect((await csv()).slice(1).map((line) => line.split(',')[0])).toEqual(['Ada']);
    await user.selectOptions(
      screen.getByRole('combobox', { name: 'Scenario' }),
      'All scenarios (3)',
    );
    expect(learnerColumn()).toHaveLength(3);
  });

  it('keeps the imported cohort across a reload, until it is cleared', async () => {
    await renderApp();
    const reports = await learnerReports();
    await openCohortWith(reports.map((r, i) => asFile(`${i}.json`, JSON.stringify(r))));
    await screen.findByText('Added 3 reports.');
    await reloadApp('#/cohort');
    expect(await screen.findByRole('heading', { level: 1 })).toHaveTextContent('Cohort results');
    expect(await screen.findAllByRole('rowheader')).toHaveLength(3);
    expect(learnerColumn()).toEqual(['Ada', 'Bea', 'Chen']);
    const user = userEvent.setup();
    await user.click(screen.getByRole('button', { name: 'Clear the cohort' }));
    // The table and the button went away: focus is on the way to start again, not lost.
    expect(screen.getByRole('button', { name: 'Import learners’ reports…' })).toHaveFocus();
    await reloadApp('#/cohort');
    expect(await screen.findByText('No reports yet.')).toBeInTheDocument();
  });

  it('leaves out a damaged kept report with a notice, and keeps the rest', async () => {
    await renderApp();
    const [report] = await learnerReports();
    window.localStorage.setItem(
      'canary-coach:cohort',
      JSON.stringify([
        { fileName: 'a.json', report },
        { fileName: 'b.json', report: { ...report, score: 'lots' } },
      ]),
    );
    await reloadApp('#/cohort');
    expect(await screen.findByText(/1 kept report was unreadable/)).toBeInTheDocument();
    expect(learnerColumn()).toEqual(['Chen']);
  });
});
