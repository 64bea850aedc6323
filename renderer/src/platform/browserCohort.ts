import { cohortCountRefusal, cohortSpec, readKeptCohort } from '../../../contract/cohort';
import { envelopeText, sizeRefusal, utf8Length } from '../../../contract/envelope';
import type { ReportParser } from '../../../contract/records';
import type { CohortRecord, KeptCohort } from '../../../contract/types';

/**
 * The instructor's cohort in the browser's local storage, in the contract's cohort format
 * (the desktop's `cohort.json`): kept across reloads, each report validated again on load (a
 * damaged entry is left out and counted, never trusted). The bare list this file wrote
 * before the format existed still reads, as version 1.
 */

const COHORT_KEY = 'canary-coach:cohort';

export function loadCohort(storage: Storage, readReport?: ReportParser): KeptCohort {
  const text = storage.getItem(COHORT_KEY);
  if (text === null) return { records: [], unreadable: 0 };
  const kept = readKeptCohort(text, readReport);
  return kept.ok ? kept.value : { records: [], unreadable: 1 };
}

/** False when it may not be kept: over the contract's limits, or the browser's quota. */
export function saveCohort(storage: Storage, records: readonly CohortRecord[]): boolean {
  try {
    if (records.length === 0) {
      storage.removeItem(COHORT_KEY);
      return true;
    }
    if (cohortCountRefusal(records.length) !== null) return false;
    const text = envelopeText(cohortSpec(), [...records], 0);
    if (sizeRefusal(cohortSpec(), utf8Length(text)) !== null) return false;
    storage.setItem(COHORT_KEY, text);
    return true;
  } catch {
    return false;
  }
}
