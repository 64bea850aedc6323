import type { ReportsPick } from '../platform/platform';
import { useAppStore } from '../store/appStore';
import { services } from '../store/services';
import { readReportFiles } from './readReportFiles';

/** The cohort view's actions: bring reports in, write them out as one CSV. */

function summary(pick: Extract<ReportsPick, { status: 'ok' }>): string {
  const added = pick.reports.length === 1 ? '1 report' : `${pick.reports.length} reports`;
  const refused = pick.invalid.length;
  if (refused === 0) return `Added ${added}.`;
  return `Added ${added}; ${refused === 1 ? '1 file was' : `${refused} files were`} not a valid report.`;
}

/** Adds what was picked to the cohort; returns what to announce (nothing when cancelled). */
export function addPicked(pick: ReportsPick): string {
  if (pick.status === 'cancelled') return '';
  useAppStore.getState().addToCohort(pick.reports, pick.invalid);
  return summary(pick);
}

/** Browser: the files from the page's multiple-file input. */
export async function importReportFiles(files: readonly File[]): Promise<string> {
  return files.length === 0 ? '' : addPicked(await readReportFiles(files));
}

/** Desktop: the shell's open dialog, which validates each file in main. */
export async function pickReportFiles(): Promise<string> {
  const pick = await services().platform.pickReports?.();
  return pick ? addPicked(pick) : '';
}

/** Writes every report in the cohort, in import order, as one CSV; false when cancelled. */
export async function exportCohort(): Promise<boolean> {
  const reports = useAppStore.getState().cohort.map((entry) => entry.report);
  return (await services().platform.exportCohortCsv?.(reports)) ?? false;
}
