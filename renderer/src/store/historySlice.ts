import type { StateCreator } from 'zustand';
import type { AttemptRecord } from '../platform/platform';
import type { AppState } from './appStore';

export interface HistorySlice {
  readonly attempts: readonly AttemptRecord[];
  /** The attempt just saved, so Score and Replay can offer its export. */
  readonly lastSavedId: string | null;
  setAttempts(attempts: readonly AttemptRecord[]): void;
  addAttempt(record: AttemptRecord): void;
}

export const createHistorySlice: StateCreator<AppState, [], [], HistorySlice> = (set) => ({
  attempts: [],
  lastSavedId: null,
  setAttempts: (attempts) => set({ attempts }),
  addAttempt: (record) =>
    set((state) => ({ attempts: [...state.attempts, record], lastSavedId: record.id })),
});
