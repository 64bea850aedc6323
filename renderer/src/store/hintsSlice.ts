import type { StateCreator } from 'zustand';
import type { AppState } from './appStore';

export const HINT_IDS = ['cohorts', 'thresholds', 'ramp', 'rollback'] as const;
export type HintId = (typeof HINT_IDS)[number];

export interface HintsSlice {
  /** Hints opened for the current attempt; each costs points in the score. */
  readonly hintsShown: readonly HintId[];
  showHint(id: HintId): void;
  clearHints(): void;
}

export const createHintsSlice: StateCreator<AppState, [], [], HintsSlice> = (set) => ({
  hintsShown: [],
  showHint: (id) =>
    set((state) =>
      state.hintsShown.includes(id) ? {} : { hintsShown: [...state.hintsShown, id] },
    ),
  clearHints: () => set({ hintsShown: [] }),
});
