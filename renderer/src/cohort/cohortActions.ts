import type { ReportsPick } from '../platform/platform';
import { useAppStore } from '../store/appStore';
import { services } from '../store/services';
import { learnerOf, visibleEntries } from './cohortRows';
import { readReportFiles } from './readReportFiles';

/** The cohort view's actions: bring reports in, keep them, write them out as one CSV. */

const get = useAppStore.getState;

function summary(pick: Extract<ReportsPick, { status: 'ok' }>): string {
  const added = pick.reports.length === 1 ? '1 report' : `${pick.reports.length} reports`;
  const refused = pick.invalid.length;
  if (refused === 0) return `Added ${added}.`;
  return `Added ${added}; ${refused === 1 ? '1 file was' : `${refused} files were`} not a valid report.`;
}

/** Keeps the cohort through the Platform; a sentence for the learner when it could not. */
async function keep(): Promise<string> {
  const { platform } = services();
  const records = get().cohort.map(({ fileName, report }) => ({ fileName, report }));
  const kept = await platform.saveCohort(records).catch(() => false);
  return kept ? '' : ' It is too large to keep for the next start: it stays in this window only.';
}

/** Reads the cohort kept from an earlier session, once per start. */
export async function loadKeptCohort(): Promise<void> {
  if (get().cohortLoaded) return;
  get().setCohortLoaded();
  const kept = await services()
    .platform.loadCohort()
    .catch(() => null);
  if (!kept) return;
  // Reports imported while the kept ones were read come after them.
  const imported = get().cohort;
  get().clearCohort();
  get().addToCohort([...kept.records, ...imported], []);
  if (kept.unreadable > 0) {
    const n = kept.unreadable;
    get().addNotices([
      `${n === 1 ? '1 kept report was' : `${n} kept reports were`} unreadable and left out of the cohort.`,
    ]);
  }
}

/** Adds what was picked to the cohort and keeps it; returns what to announce. */
export async function addPicked(pick: ReportsPick): Promise<string> {
  if (pick.status === 'cancelled') return '';
  get().addToCohort(pick.reports, pick.invalid);
  return summary(pick) + (await keep());
}

/** Browser: the files from the page's multiple-file input. */
export async function importReportFiles(files: readonly File[]): Promise<string> {
  return files.length === 0 ? '' : addPicked(await readReportFiles(files));
}

/** Desktop: the shell's open dialog, which validates each file in main. */
export async function pickReportFiles(): Promise<string> {
  return addPicked(await services().platform.pickReports());
}

export async function clearCohort(): Promise<void> {
  get().clearCohort();
  await keep();
}

/**
 * Writes the reports shown (the scenario filter applies), in import order, as one CSV; false
 * when cancelled. Each row carries the learner's name as the table shows it: the report's
 * learner, or its file's name when the report has none.
 */
export async function exportCohort(): Promise<boolean> {
  const { cohort, cohortFilter } = get();
  const reports = visibleEntries(cohort, cohortFilter).map((entry) => ({
    ...entry.report,
    learner: learnerOf(entry),
  }));
  return services().platform.exportCohortCsv(reports);
}
