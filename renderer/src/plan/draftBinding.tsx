import { createContext, useContext, type ReactNode } from 'react';
import { useAppStore } from '../store/appStore';
import type { DraftPurpose } from '../store/planSlice';
import type { PlanDraft } from './planDraft';

const PurposeContext = createContext<DraftPurpose>('plan');

/** Binds the plan editors inside it to one draft of the store (the attempt's plan by default). */
export function DraftPurposeProvider({
  purpose,
  children,
}: {
  readonly purpose: DraftPurpose;
  readonly children: ReactNode;
}) {
  return <PurposeContext.Provider value={purpose}>{children}</PurposeContext.Provider>;
}

export interface DraftBinding {
  readonly draft: PlanDraft | null;
  update(change: (draft: PlanDraft) => PlanDraft): void;
  /**
   * Prefixes the ids an editor gives its fixed controls (rows carry unique keys already), so
   * two editors never share an id.
   */
  idOf(name: string): string;
}

const ID_PREFIX: Readonly<Record<DraftPurpose, string>> = { plan: '', edited: 'edited-' };

/** The draft the surrounding editor edits, and how to change it. */
export function useDraft(): DraftBinding {
  const purpose = useContext(PurposeContext);
  const draft = useAppStore((s) => (purpose === 'plan' ? s.draft : s.editedDraft));
  const update = useAppStore((s) => (purpose === 'plan' ? s.updateDraft : s.updateEditedDraft));
  return { draft, update, idOf: (name) => `${ID_PREFIX[purpose]}${name}` };
}
