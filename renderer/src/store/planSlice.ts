import type { StateCreator } from 'zustand';
import type { Plan } from '../../../sim-engine/index';
import type { PlanDraft } from '../plan/planDraft';
import type { AppState } from './appStore';

export interface PlanSlice {
  readonly draft: PlanDraft | null;
  /** Set by Commit: from then on the plan is locked. */
  readonly committedPlan: Plan | null;
  readonly seed: number;
  /** Announced by the live region after a reorder, for screen-reader users. */
  readonly announcement: string;
  /** A new attempt's draft (null when a saved attempt is reopened: its plan is committed). */
  startDraft(draft: PlanDraft | null, seed: number): void;
  updateDraft(change: (draft: PlanDraft) => PlanDraft): void;
  commitPlan(plan: Plan): void;
  announce(text: string): void;
}

export const createPlanSlice: StateCreator<AppState, [], [], PlanSlice> = (set) => ({
  draft: null,
  committedPlan: null,
  seed: 1,
  announcement: '',
  startDraft: (draft, seed) => set({ draft, committedPlan: null, seed }),
  updateDraft: (change) =>
    set((state) =>
      // A committed plan is locked: edits are refused, not silently applied.
      state.draft === null || state.committedPlan !== null ? {} : { draft: change(state.draft) },
    ),
  commitPlan: (plan) => set({ committedPlan: plan }),
  announce: (announcement) => set({ announcement }),
});
