import type { StateCreator } from 'zustand';
import type { AppState } from './appStore';

export type Screen =
  'home' | 'brief' | 'plan' | 'run' | 'score' | 'replay' | 'history' | 'mock' | 'cohort';

/** The scenario an attempt is about: a pack and one of its scenarios. */
export interface ScenarioRef {
  readonly packId: string;
  readonly scenarioId: string;
}

/**
 * Where the learner is: the screen, the scenario it is about, and the saved attempt that
 * Score and Replay show (null until the run is saved). The address bar mirrors it
 * (`address.ts`), so a reload or a link lands on the same place.
 */
export interface NavigationSlice {
  readonly screen: Screen;
  readonly selected: ScenarioRef | null;
  readonly attemptId: string | null;
  /** A saved attempt being re-simulated before its Score or Replay can open. */
  readonly opening: string | null;
  go(screen: Screen): void;
  selectScenario(ref: ScenarioRef): void;
  showAttempt(attemptId: string | null): void;
  setOpening(attemptId: string | null): void;
}

export const createNavigationSlice: StateCreator<AppState, [], [], NavigationSlice> = (set) => ({
  screen: 'home',
  selected: null,
  attemptId: null,
  opening: null,
  // Notices belong to the screen they were raised on: leaving it clears them, and leaving
  // History closes its comparison (coming back starts with nothing ticked).
  go: (screen) =>
    set((state) => {
      if (state.screen === screen) return {};
      return screen === 'history'
        ? { screen, notices: [] }
        : { screen, notices: [], comparing: [] };
    }),
  selectScenario: (selected) => set({ selected }),
  showAttempt: (attemptId) => set({ attemptId }),
  setOpening: (opening) => set({ opening }),
});
