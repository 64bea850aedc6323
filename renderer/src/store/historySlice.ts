import type { StateCreator } from 'zustand';
import type { AttemptRecord } from '../platform/platform';
import type { AppState } from './appStore';

export interface HistorySlice {
  readonly attempts: readonly AttemptRecord[];
  /**
   * Up to two attempt ids ticked for a side-by-side comparison, in the order ticked. Kept
   * here, not in the History screen, so the comparison has an address (`#/compare/<a>/<b>`).
   */
  readonly comparing: readonly string[];
  /** Ticks or unticks an attempt; a third tick replaces the earlier of the two. */
  pickForComparison(id: string, chosen: boolean): void;
  compare(ids: readonly string[]): void;
  setAttempts(attempts: readonly AttemptRecord[]): void;
  /** Adds a saved attempt, or replaces the one of the same id (an override re-saves it). */
  putAttempt(record: AttemptRecord): void;
}

export const createHistorySlice: StateCreator<AppState, [], [], HistorySlice> = (set) => ({
  attempts: [],
  comparing: [],
  pickForComparison: (id, chosen) =>
    set((state) => {
      const others = state.comparing.filter((p) => p !== id);
      return { comparing: chosen ? [...others, id].slice(-2) : others };
    }),
  compare: (comparing) => set({ comparing: comparing.slice(-2) }),
  setAttempts: (attempts) => set({ attempts }),
  putAttempt: (record) =>
    set((state) => ({
      attempts: [...state.attempts.filter((a) => a.id !== record.id), record],
    })),
});
