import type { StateCreator } from 'zustand';
import type { ChangeKind, Difficulty, LoadedPack } from '../../../sim-engine/index';
import type { AppState } from './appStore';

export type { ScenarioRef } from './navigationSlice';

export interface LibrarySlice {
  /** Built-in packs first, then the learner's imported packs. */
  readonly packs: readonly LoadedPack[];
  readonly builtInPackIds: readonly string[];
  readonly filters: {
    readonly changeKind: ChangeKind | 'all';
    readonly difficulty: Difficulty | 'all';
  };
  setPacks(builtIn: readonly LoadedPack[], imported: readonly LoadedPack[]): void;
  setFilter(filter: Partial<LibrarySlice['filters']>): void;
}

export const createLibrarySlice: StateCreator<AppState, [], [], LibrarySlice> = (set) => ({
  packs: [],
  builtInPackIds: [],
  filters: { changeKind: 'all', difficulty: 'all' },
  setPacks: (builtIn, imported) =>
    set({ packs: [...builtIn, ...imported], builtInPackIds: builtIn.map((pack) => pack.id) }),
  setFilter: (filter) => set((state) => ({ filters: { ...state.filters, ...filter } })),
});
