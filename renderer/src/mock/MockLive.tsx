import { useMemo } from 'react';
import { BriefAside } from '../plan/BriefAside';
import { CohortOrderEditor } from '../plan/CohortOrderEditor';
import { RollbackEditor } from '../plan/RollbackEditor';
import { StagesEditor } from '../plan/StagesEditor';
import { ThresholdsEditor } from '../plan/ThresholdsEditor';
import { validateDraft } from '../plan/validateDraft';
import { useAppStore } from '../store/appStore';
import { selectScenario } from '../store/selectors';
import { AnswerBox } from './AnswerBox';
import { Countdown } from './Countdown';
import { finishMock, setAnswer, setPaused } from './mockSession';
import { useMockStore } from './mockStore';
import { Transcript } from './Transcript';

/** The plan editors the practice screen uses, on the interview's draft. */
function MockPlan() {
  const scenario = useAppStore(selectScenario);
  const draft = useAppStore((s) => s.draft);
  const check = useMemo(
    () => (draft && scenario ? validateDraft(draft, scenario) : null),
    [draft, scenario],
  );
  if (!scenario || !check) return null;
  const props = { scenario, plan: check.plan, issues: check.issues, locked: false };
  return (
    <form className="plan-form" aria-label="Release plan" onSubmit={(e) => e.preventDefault()}>
      <CohortOrderEditor scenario={scenario} issues={check.issues} locked={false} />
      <StagesEditor {...props} />
      <ThresholdsEditor {...props} />
      <RollbackEditor issues={check.issues} locked={false} />
      <p className="hint-text" role="status">
        {check.issues.length === 0
          ? 'The plan is valid; it is committed when time runs out.'
          : `${check.issues.length} ${check.issues.length === 1 ? 'problem' : 'problems'}: parts that do not validate at the end are replaced by the opening draft.`}
      </p>
    </form>
  );
}

function ClockControls() {
  const strict = useMockStore((s) => s.strict);
  const paused = useMockStore((s) => s.paused);
  return (
    <div className="actions mock-controls">
      {strict ? (
        <p className="hint-text">Strict interview: the clock cannot be paused.</p>
      ) : (
        <button type="button" aria-pressed={paused} onClick={() => setPaused(!paused)}>
          {paused ? 'Continue the clock' : 'Pause the clock'}
        </button>
      )}
      <button type="button" className="primary" onClick={() => void finishMock('learner')}>
        Finish and commit now
      </button>
    </div>
  );
}

/** The interview under way: the plan on the left; clock, interviewer and answer on the right. */
export function MockLive() {
  const probes = useMockStore((s) => s.probes);
  const answer = useMockStore((s) => s.answer);
  const scenario = useAppStore(selectScenario);
  // The interview panel comes first in the page, so the clock, Finish and the answer are a few
  // Tab presses away and the keyboard order matches the one-column layout (panel on top).
  return (
    <div className="mock-layout">
      <aside className="mock-side" aria-label="Interview">
        <Countdown />
        <ClockControls />
        <Transcript probes={probes} />
        <AnswerBox value={answer} onChange={setAnswer} />
        {scenario ? <BriefAside scenario={scenario} folded /> : null}
      </aside>
      <MockPlan />
    </div>
  );
}
