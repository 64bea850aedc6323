import { create } from 'zustand';
import { createCohortSlice, type CohortSlice } from './cohortSlice';
import { createHintsSlice, type HintsSlice } from './hintsSlice';
import { createHistorySlice, type HistorySlice } from './historySlice';
import { createLibrarySlice, type LibrarySlice } from './librarySlice';
import { createMockSlice, type MockSlice } from './mockSlice';
import { createNavigationSlice, type NavigationSlice } from './navigationSlice';
import { createNoticesSlice, type NoticesSlice } from './noticesSlice';
import { createPackImportSlice, type PackImportSlice } from './packImportSlice';
import { createPlanSlice, type PlanSlice } from './planSlice';
import { createRunSlice, type RunSlice } from './runSlice';
import { createSettingsSlice, type SettingsSlice } from './settingsSlice';

/** The one store of the app, made of typed slices; components read it through narrow selectors. */
export type AppState = NavigationSlice &
  NoticesSlice &
  LibrarySlice &
  PlanSlice &
  RunSlice &
  HistorySlice &
  SettingsSlice &
  HintsSlice &
  PackImportSlice &
  CohortSlice &
  MockSlice;

export const useAppStore = create<AppState>()((...a) => ({
  ...createNavigationSlice(...a),
  ...createNoticesSlice(...a),
  ...createLibrarySlice(...a),
  ...createPlanSlice(...a),
  ...createRunSlice(...a),
  ...createHistorySlice(...a),
  ...createSettingsSlice(...a),
  ...createHintsSlice(...a),
  ...createPackImportSlice(...a),
  ...createCohortSlice(...a),
  ...createMockSlice(...a),
}));

const initialState = useAppStore.getState();

/** Back to a fresh app: between tests, so no test sees another's state. */
export function resetAppStore(): void {
  useAppStore.setState(initialState, true);
}
