import { useEffect, useMemo, useState } from 'react';
import { useShallow } from 'zustand/react/shallow';
import type { Plan, Scenario } from '../../../sim-engine/index';
import { CohortOrderEditor } from '../plan/CohortOrderEditor';
import { DraftPurposeProvider } from '../plan/draftBinding';
import { planToDraft } from '../plan/planDraft';
import { RollbackEditor } from '../plan/RollbackEditor';
import { StagesEditor } from '../plan/StagesEditor';
import { ThresholdsEditor } from '../plan/ThresholdsEditor';
import { validateDraft } from '../plan/validateDraft';
import { tryEditedPlan } from '../store/actions';
import { useAppStore } from '../store/appStore';

/**
 * Your plan in the same editors as the Plan screen, pre-filled with what you committed, to
 * change and play again on the same seed; the result is drawn beside yours (EditedComparison).
 * The editors are built only while the panel is open, so an unopened panel costs the replay
 * nothing.
 */
export function EditedPlanTry({
  plan,
  scenario,
  seed,
  onRan,
}: {
  readonly plan: Plan;
  readonly scenario: Scenario;
  readonly seed: number;
  /** Called once an edited plan has been played, so the screen can move focus to its result. */
  readonly onRan?: () => void;
}) {
  const [open, setOpen] = useState(false);
  return (
    <details
      className="card edited-plan"
      open={open}
      onToggle={(e) => setOpen(e.currentTarget.open)}
    >
      <summary>Edit your plan and replay it on the same seed ({seed})</summary>
      {open ? <EditedPlanForm plan={plan} scenario={scenario} onRan={onRan} /> : null}
    </details>
  );
}

function EditedPlanForm({
  plan,
  scenario,
  onRan,
}: {
  readonly plan: Plan;
  readonly scenario: Scenario;
  readonly onRan: (() => void) | undefined;
}) {
  const { draft, startEditedDraft } = useAppStore(
    useShallow((s) => ({ draft: s.editedDraft, startEditedDraft: s.startEditedDraft })),
  );
  const [busy, setBusy] = useState(false);
  // Pre-filled once with the plan that ran; the copy then keeps the learner's changes.
  useEffect(() => {
    if (draft === null) startEditedDraft(planToDraft(plan, scenario));
  }, [draft, plan, scenario, startEditedDraft]);
  const check = useMemo(() => (draft ? validateDraft(draft, scenario) : null), [draft, scenario]);
  if (!check) return null;
  const props = { scenario, plan: check.plan, issues: check.issues, locked: false };
  const run = async () => {
    if (!check.plan || busy) return;
    setBusy(true);
    await tryEditedPlan(check.plan);
    setBusy(false);
    onRan?.();
  };
  const problems = check.issues.length;
  return (
    <DraftPurposeProvider purpose="edited">
      <p className="section-help">
        Your committed plan stays as it was scored. Change anything here and play the same week
        again: the two runs are drawn side by side below.
      </p>
      <form
        className="plan-form edited-plan-form"
        aria-label="Edited plan"
        onSubmit={(e) => e.preventDefault()}
      >
        <CohortOrderEditor scenario={scenario} issues={check.issues} locked={false} />
        <StagesEditor {...props} />
        <ThresholdsEditor {...props} />
        <RollbackEditor issues={check.issues} locked={false} />
        <div className="actions commit-bar">
          <p role="status">
            {problems === 0
              ? 'The edited plan is valid.'
              : `${problems} ${problems === 1 ? 'problem' : 'problems'} to fix before it can run.`}
          </p>
          <button type="button" onClick={() => startEditedDraft(planToDraft(plan, scenario))}>
            Start again from your plan
          </button>
          <button
            type="button"
            className="primary"
            aria-disabled={problems > 0 || busy}
            onClick={() => void run()}
          >
            {busy ? 'Running…' : 'Run the edited plan'}
          </button>
        </div>
      </form>
    </DraftPurposeProvider>
  );
}
