import type { DesktopApi } from '../../../contract/desktopApi';
import type { CanaryReport } from '../../../sim-engine/index';

/**
 * Everything the learner's app needs from the world outside the page: the desktop contract
 * (contract/desktopApi.ts) plus which platform this is. The desktop shell implements it over
 * its preload bridge, the browser over local storage, file inputs and downloads; both read
 * and write the same record formats with the same schemas (contract/).
 */
export interface Platform extends DesktopApi {
  readonly kind: 'desktop' | 'browser';
  /**
   * The instructor's imported cohort, kept across reloads (each report validated on load).
   * The browser keeps it in local storage; the desktop contract does not carry it yet, so a
   * platform may leave both out and the cohort then lives as long as the window.
   */
  loadCohort?(): Promise<{
    readonly records: readonly CohortRecord[];
    readonly unreadable: number;
  }>;
  /** Replaces the kept cohort (empty clears it); false when it could not be kept. */
  saveCohort?(records: readonly CohortRecord[]): Promise<boolean>;
}

/** A learner's report in the instructor's cohort, with the name of the file it came in. */
export interface CohortRecord {
  readonly fileName: string;
  readonly report: CanaryReport;
}

export type * from '../../../contract/types';
export type { DesktopApi } from '../../../contract/desktopApi';
export { DEFAULT_SETTINGS } from '../../../contract/types';
