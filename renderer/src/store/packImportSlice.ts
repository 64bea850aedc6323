import type { StateCreator } from 'zustand';
import type { ValidationIssue } from '../../../sim-engine/index';
import type { StoredPack } from '../platform/platform';
import type { AppState } from './appStore';

/** Where a pack import stands: nothing pending, a refused file, or a replacement to confirm. */
export type PackImport =
  | { readonly phase: 'idle' }
  | {
      readonly phase: 'invalid';
      readonly fileName: string;
      readonly issues: readonly ValidationIssue[];
    }
  | { readonly phase: 'confirm'; readonly incoming: StoredPack; readonly existing: StoredPack };

export interface PackImportSlice {
  readonly packImport: PackImport;
  setPackImport(packImport: PackImport): void;
}

export const createPackImportSlice: StateCreator<AppState, [], [], PackImportSlice> = (set) => ({
  packImport: { phase: 'idle' },
  setPackImport: (packImport) => set({ packImport }),
});
