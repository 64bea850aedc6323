import { parseReport } from '../../../sim-engine/index';
import type { CohortRecord } from './platform';

/**
 * The instructor's cohort in the browser's local storage: kept across reloads, each report
 * validated again on load (a damaged entry is left out and counted, never trusted).
 */

const COHORT_KEY = 'canary-coach:cohort';

export interface LoadedCohort {
  readonly records: CohortRecord[];
  readonly unreadable: number;
}

export function loadCohort(storage: Storage): LoadedCohort {
  const text = storage.getItem(COHORT_KEY);
  if (text === null) return { records: [], unreadable: 0 };
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch {
    return { records: [], unreadable: 1 };
  }
  if (!Array.isArray(value)) return { records: [], unreadable: 1 };
  const records: CohortRecord[] = [];
  let unreadable = 0;
  for (const entry of value as unknown[]) {
    const fileName = (entry as { fileName?: unknown } | null)?.fileName;
    const parsed = parseReport((entry as { report?: unknown } | null)?.report);
    if (typeof fileName === 'string' && parsed.ok) records.push({ fileName, report: parsed.value });
    else unreadable += 1;
  }
  return { records, unreadable };
}

/** False when the browser would not keep it (its storage quota is a few megabytes). */
export function saveCohort(storage: Storage, records: readonly CohortRecord[]): boolean {
  try {
    if (records.length === 0) storage.removeItem(COHORT_KEY);
    else storage.setItem(COHORT_KEY, JSON.stringify(records));
    return true;
  } catch {
    return false;
  }
}
