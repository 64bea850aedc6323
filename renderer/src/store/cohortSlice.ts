import type { StateCreator } from 'zustand';
import type { ValidationIssue } from '../../../sim-engine/index';
import type { CohortRecord } from '../platform/platform';
import type { AppState } from './appStore';

/** One learner's report in the instructor's cohort; `key` tells apart two files of one name. */
export interface CohortEntry extends CohortRecord {
  readonly key: string;
}

export interface RefusedFile {
  readonly fileName: string;
  readonly issues: readonly ValidationIssue[];
}

/** Which scenario the cohort view shows: one scenario's id, or every report. */
export type CohortFilter = string | 'all';

export interface CohortSlice {
  readonly cohort: readonly CohortEntry[];
  /** The files of the latest import that were not reports, each with its issues. */
  readonly cohortRefused: readonly RefusedFile[];
  /** Whether the kept cohort has been read back from the Platform yet. */
  readonly cohortLoaded: boolean;
  readonly cohortFilter: CohortFilter;
  addToCohort(reports: readonly CohortRecord[], refused: readonly RefusedFile[]): void;
  setCohortLoaded(): void;
  setCohortFilter(filter: CohortFilter): void;
  clearCohort(): void;
}

export const createCohortSlice: StateCreator<AppState, [], [], CohortSlice> = (set) => ({
  cohort: [],
  cohortRefused: [],
  cohortLoaded: false,
  cohortFilter: 'all',
  // Imports add up, so an instructor can bring a class in several batches.
  addToCohort: (reports, refused) =>
    set((state) => ({
      cohort: [
        ...state.cohort,
        ...reports.map((r, i) => ({
          fileName: r.fileName,
          report: r.report,
          key: `${state.cohort.length + i}:${r.fileName}`,
        })),
      ],
      cohortRefused: refused,
    })),
  setCohortLoaded: () => set({ cohortLoaded: true }),
  setCohortFilter: (cohortFilter) => set({ cohortFilter }),
  clearCohort: () => set({ cohort: [], cohortRefused: [], cohortFilter: 'all' }),
});
