import { ScreenHeading } from '../components/ScreenHeading';
import { useAppStore } from '../store/appStore';
import { selectScenario } from '../store/selectors';
import { MockLive } from './MockLive';
import { MockResultView } from './MockResultView';
import { MockSetup } from './MockSetup';
import { useMockStore } from './mockStore';
import './mock.css';

function Body() {
  const phase = useMockStore((s) => s.phase);
  const result = useMockStore((s) => s.result);
  const error = useMockStore((s) => s.error);
  const runStep = useAppStore((s) => s.runStep);
  if (phase === 'live') return <MockLive />;
  if (phase === 'scoring') return <p role="status">{runStep || 'Committing your plan…'}</p>;
  if (phase === 'done' && result) return <MockResultView result={result} />;
  if (phase === 'failed') return <p role="alert">The interview could not be scored: {error}</p>;
  return <MockSetup />;
}

/** The mock interview: a timed plan, the interviewer's questions, a written answer, a score. */
export function MockScreen() {
  const scenario = useAppStore(selectScenario);
  const phase = useMockStore((s) => s.phase);
  const title =
    phase === 'setup' || !scenario ? 'Mock interview' : `Mock interview: ${scenario.title}`;
  return (
    <div className="screen mock">
      <ScreenHeading>{title}</ScreenHeading>
      {phase === 'setup' ? (
        <p className="lead">
          Read the brief, then plan the release against the clock while the interviewer asks
          follow-ups, and write what you would say. When time runs out your plan is committed as it
          stands and run; your answer is graded for Communication.
        </p>
      ) : null}
      <Body />
    </div>
  );
}
