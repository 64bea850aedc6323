import { useMemo } from 'react';
import { useShallow } from 'zustand/react/shallow';
import { ScreenHeading } from '../components/ScreenHeading';
import { CohortOrderEditor } from '../plan/CohortOrderEditor';
import { HintsPanel } from '../plan/HintsPanel';
import { RollbackEditor } from '../plan/RollbackEditor';
import { StagesEditor } from '../plan/StagesEditor';
import { ThresholdsEditor } from '../plan/ThresholdsEditor';
import { validateDraft } from '../plan/validateDraft';
import { commitDraft, runAttempt } from '../store/actions';
import { useAppStore } from '../store/appStore';
import { selectScenario } from '../store/selectors';

function CommitBar({
  issueCount,
  locked,
}: {
  readonly issueCount: number;
  readonly locked: boolean;
}) {
  const go = useAppStore((s) => s.go);
  if (locked) {
    return (
      <div className="actions commit-bar">
        <p role="status">
          Your plan is committed and locked. Changing a threshold now is a recorded override.
        </p>
        <button
          type="button"
          className="primary"
          onClick={() => {
            go('run');
            void runAttempt([]);
          }}
        >
          Run the canary
        </button>
      </div>
    );
  }
  return (
    <div className="actions commit-bar">
      <p role="status">
        {issueCount === 0
          ? 'The plan is valid. Committing locks it.'
          : `${issueCount} ${issueCount === 1 ? 'problem' : 'problems'} to fix before you can commit.`}
      </p>
      <button
        type="button"
        className="primary"
        aria-disabled={issueCount > 0}
        onClick={() => commitDraft()}
      >
        Commit the plan
      </button>
    </div>
  );
}

/** The pre-commit plan: every decision the PM owns, validated as it is typed. */
export function PlanScreen() {
  const scenario = useAppStore(selectScenario);
  const { draft, locked } = useAppStore(
    useShallow((s) => ({ draft: s.draft, locked: s.committedPlan !== null })),
  );
  const check = useMemo(
    () => (draft && scenario ? validateDraft(draft, scenario) : null),
    [draft, scenario],
  );
  if (!scenario || !draft || !check) return <p>Choose a scenario in the library first.</p>;
  const props = { scenario, plan: check.plan, issues: check.issues, locked };
  return (
    <div className="screen plan">
      <ScreenHeading>Plan: {scenario.title}</ScreenHeading>
      <div className="plan-layout">
        <form className="plan-form" aria-label="Release plan" onSubmit={(e) => e.preventDefault()}>
          <CohortOrderEditor scenario={scenario} issues={check.issues} locked={locked} />
          <StagesEditor {...props} />
          <ThresholdsEditor {...props} />
          <RollbackEditor issues={check.issues} locked={locked} />
          <CommitBar issueCount={check.issues.length} locked={locked} />
        </form>
        <HintsPanel locked={locked} />
      </div>
    </div>
  );
}
