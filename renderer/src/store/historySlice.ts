import type { StateCreator } from 'zustand';
import type { AttemptRecord } from '../platform/platform';
import type { AppState } from './appStore';

export interface HistorySlice {
  readonly attempts: readonly AttemptRecord[];
  setAttempts(attempts: readonly AttemptRecord[]): void;
  /** Adds a saved attempt, or replaces the one of the same id (an override re-saves it). */
  putAttempt(record: AttemptRecord): void;
}

export const createHistorySlice: StateCreator<AppState, [], [], HistorySlice> = (set) => ({
  attempts: [],
  setAttempts: (attempts) => set({ attempts }),
  putAttempt: (record) =>
    set((state) => ({
      attempts: [...state.attempts.filter((a) => a.id !== record.id), record],
    })),
});
