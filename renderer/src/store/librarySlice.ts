import type { StateCreator } from 'zustand';
import type { ChangeKind, Difficulty, LoadedPack } from '../../../sim-engine/index';
import type { AppState } from './appStore';

export interface ScenarioRef {
  readonly packId: string;
  readonly scenarioId: string;
}

export interface LibrarySlice {
  /** Built-in packs first, then the learner's imported packs. */
  readonly packs: readonly LoadedPack[];
  readonly builtInPackIds: readonly string[];
  readonly filters: {
    readonly changeKind: ChangeKind | 'all';
    readonly difficulty: Difficulty | 'all';
  };
  readonly selected: ScenarioRef | null;
  /** Messages to show once: a corrupt file set aside, an import refused. */
  readonly notices: readonly string[];
  setPacks(builtIn: readonly LoadedPack[], imported: readonly LoadedPack[]): void;
  setFilter(filter: Partial<LibrarySlice['filters']>): void;
  selectScenario(ref: ScenarioRef): void;
  addNotices(notices: readonly string[]): void;
  dismissNotice(index: number): void;
}

export const createLibrarySlice: StateCreator<AppState, [], [], LibrarySlice> = (set) => ({
  packs: [],
  builtInPackIds: [],
  filters: { changeKind: 'all', difficulty: 'all' },
  selected: null,
  notices: [],
  setPacks: (builtIn, imported) =>
    set({ packs: [...builtIn, ...imported], builtInPackIds: builtIn.map((pack) => pack.id) }),
  setFilter: (filter) => set((state) => ({ filters: { ...state.filters, ...filter } })),
  selectScenario: (ref) => set({ selected: ref }),
  addNotices: (notices) => set((state) => ({ notices: [...state.notices, ...notices] })),
  dismissNotice: (index) =>
    set((state) => ({ notices: state.notices.filter((_, i) => i !== index) })),
});
