import { act, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { CanaryReport } from '../../../sim-engine/index';
import { useAppStore } from '../store/appStore';
import { renderApp, runOpeningDraft } from '../testing/appHarness';

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
    await user.click(screen.getByRole('button', { name: 'Export CSV' }));
    expect(await screen.findByText('The cohort was exported as CSV.')).toBeVisible();
    expect(downloads).toEqual(['canary-cohort.csv']);
    const lines = (await blobs[0]?.text())?.trimEnd().split('\r\n') ?? [];
    expect(lines[0]).toMatch(/^learner,createdAt,packId,scenarioId,/);
    expect(lines[0]).toContain('segments.points,segments.max');
    expect(lines.slice(1).map((line) => line.split(',')[0])).toEqual(['Chen', 'Ada', 'Bea']);
  });
});
