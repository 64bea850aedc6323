import type { StateCreator } from 'zustand';
import type { Plan } from '../../../sim-engine/index';
import type { PlanDraft } from '../plan/planDraft';
import type { AppState } from './appStore';

/**
 * What a draft is for: the attempt's own plan (locked once committed), or the copy the learner
 * edits on the Replay screen to play again on the same seed. The plan editors take the
 * purpose from their surroundings (`DraftPurposeProvider`), so one set of editors serves both.
 */
export type DraftPurpose = 'plan' | 'edited';

export interface PlanSlice {
  readonly draft: PlanDraft | null;
  /** The Replay screen's edited copy of the committed plan (null until the learner opens it). */
  readonly editedDraft: PlanDraft | null;
  /** Set by Commit: from then on the plan is locked. */
  readonly committedPlan: Plan | null;
  readonly seed: number;
  /** Announced by the live region after a reorder, for screen-reader users. */
  readonly announcement: string;
  /** A new attempt's draft (null when a saved attempt is reopened: its plan is committed). */
  startDraft(draft: PlanDraft | null, seed: number): void;
  updateDraft(change: (draft: PlanDraft) => PlanDraft): void;
  startEditedDraft(draft: PlanDraft | null): void;
  updateEditedDraft(change: (draft: PlanDraft) => PlanDraft): void;
  commitPlan(plan: Plan): void;
  announce(text: string): void;
}

export const createPlanSlice: StateCreator<AppState, [], [], PlanSlice> = (set) => ({
  draft: null,
  editedDraft: null,
  committedPlan: null,
  seed: 1,
  announcement: '',
  startDraft: (draft, seed) => set({ draft, committedPlan: null, seed, editedDraft: null }),
  updateDraft: (change) =>
    set((state) =>
      // A committed plan is locked: edits are refused, not silently applied.
      state.draft === null || state.committedPlan !== null ? {} : { draft: change(state.draft) },
    ),
  startEditedDraft: (editedDraft) => set({ editedDraft }),
  // The edited copy is never locked: it exists to be changed and replayed.
  updateEditedDraft: (change) =>
    set((state) => (state.editedDraft === null ? {} : { editedDraft: change(state.editedDraft) })),
  commitPlan: (plan) => set({ committedPlan: plan }),
  announce: (announcement) => set({ announcement }),
});
