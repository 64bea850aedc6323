import { useMemo, useState } from 'react';
import { useShallow } from 'zustand/react/shallow';
import { ScreenHeading } from '../components/ScreenHeading';
import { BriefAside } from '../plan/BriefAside';
import { CohortOrderEditor } from '../plan/CohortOrderEditor';
import { HintsPanel } from '../plan/HintsPanel';
import { PlanSummary } from '../plan/PlanSummary';
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
  const { draft, committed } = useAppStore(
    useShallow((s) => ({ draft: s.draft, committed: s.committedPlan })),
  );
  const locked = committed !== null;
  // Committed here and now: the form (and its Commit button) gives way to the summary, so
  // focus moves to the summary's heading instead of falling to the page.
  const [committedOnArrival] = useState(locked);
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
        {committed ? (
          <div className="plan-main">
            <PlanSummary plan={committed} scenario={scenario} focusHeading={!committedOnArrival} />
            <CommitBar issueCount={0} locked />
          </div>
        ) : (
          <form
            className="plan-form plan-main"
            aria-label="Release plan"
            onSubmit={(e) => e.preventDefault()}
          >
            <CohortOrderEditor scenario={scenario} issues={check.issues} locked={false} />
            <StagesEditor {...props} />
            <ThresholdsEditor {...props} />
            <RollbackEditor issues={check.issues} locked={false} />
            <CommitBar issueCount={check.issues.length} locked={false} />
          </form>
        )}
        <div className="plan-side">
          <BriefAside scenario={scenario} />
          <HintsPanel locked={locked} />
        </div>
      </div>
    </div>
  );
}
