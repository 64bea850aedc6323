import type { StateCreator } from 'zustand';
import type { CanaryReport, ValidationIssue } from '../../../sim-engine/index';
import type { AppState } from './appStore';

/** One learner's report in the instructor's cohort; `key` tells apart two files of one name. */
export interface CohortEntry {
  readonly key: string;
  readonly fileName: string;
  readonly report: CanaryReport;
}

export interface RefusedFile {
  readonly fileName: string;
  readonly issues: readonly ValidationIssue[];
}

export interface CohortSlice {
  readonly cohort: readonly CohortEntry[];
  /** The files of the latest import that were not reports, each with its issues. */
  readonly cohortRefused: readonly RefusedFile[];
  addToCohort(
    reports: readonly { readonly fileName: string; readonly report: CanaryReport }[],
    refused: readonly RefusedFile[],
  ): void;
  clearCohort(): void;
}

export const createCohortSlice: StateCreator<AppState, [], [], CohortSlice> = (set) => ({
  cohort: [],
  cohortRefused: [],
  // Imports add up, so an instructor can bring a class in several batches.
  addToCohort: (reports, refused) =>
    set((state) => ({
      cohort: [
        ...state.cohort,
        ...reports.map((r, i) => ({ ...r, key: `${state.cohort.length + i}:${r.fileName}` })),
      ],
      cohortRefused: refused,
    })),
  clearCohort: () => set({ cohort: [], cohortRefused: [] }),
});
