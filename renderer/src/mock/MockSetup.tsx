import { useEffect, useRef, useState } from 'react';
import { useShallow } from 'zustand/react/shallow';
import type { Scenario } from '../../../sim-engine/index';
import { BriefStory } from '../components/BriefStory';
import { SegmentBaselines } from '../components/SegmentBaselines';
import type { MockSessionSnapshot } from '../platform/platform';
import { useAppStore } from '../store/appStore';
import { readSnapshot } from './autosave';
import { formatClock } from './interviewClock';
import { discardSaved, resumeMock, startMock } from './mockSession';
import { sessionSeconds } from './sessionLength';

function useSavedSession() {
  const [saved, setSaved] = useState<MockSessionSnapshot | null>(null);
  useEffect(() => {
    let open = true;
    void readSnapshot().then((snapshot) => open && setSaved(snapshot));
    return () => {
      open = false;
    };
  }, []);
  return [saved, setSaved] as const;
}

function scenarioTitle(packs: ReturnType<typeof useAppStore.getState>['packs'], id: string) {
  return packs.flatMap((p) => p.scenarios).find((s) => s.id === id)?.title ?? id;
}

/** `10 minutes`, `40 seconds`, `1 minute 30 seconds`: the interview's length, said plainly. */
export function formatLength(seconds: number): string {
  const minutes = Math.floor(seconds / 60);
  const rest = seconds % 60;
  const part = (n: number, unit: string) => `${n} ${unit}${n === 1 ? '' : 's'}`;
  if (minutes === 0) return part(rest, 'second');
  return rest === 0
    ? part(minutes, 'minute')
    : `${part(minutes, 'minute')} ${part(rest, 'second')}`;
}

/**
 * The brief, read before the clock starts, as in a real interview: the interviewer sets the
 * scene, the candidate reads, and only then does the time begin.
 */
function BriefBeforeClock({
  scenario,
  seconds,
  strict,
  onStart,
  onBack,
}: {
  readonly scenario: Scenario;
  readonly seconds: number;
  readonly strict: boolean;
  readonly onStart: () => void;
  readonly onBack: () => void;
}) {
  const heading = useRef<HTMLHeadingElement>(null);
  useEffect(() => heading.current?.focus(), []);
  return (
    <section className="card mock-brief" aria-labelledby="mock-brief-heading">
      <h2 id="mock-brief-heading" ref={heading} tabIndex={-1}>
        The brief: {scenario.title}
      </h2>
      <p className="mock-clock-note" role="note">
        The clock has not started. Read the brief; when you start the clock you have{' '}
        <strong>{formatLength(seconds)}</strong> to write your plan and what you would say
        {strict ? ', and the clock cannot be paused' : ''}.
      </p>
      <div className="interviewer">
        <BriefStory scenario={scenario} />
      </div>
      <h3>Who uses the product</h3>
      <SegmentBaselines scenario={scenario} />
      <div className="actions">
        <button type="button" onClick={onBack}>
          Choose another scenario
        </button>
        <button type="button" className="primary" onClick={onStart}>
          Start the clock: {formatLength(seconds)}
        </button>
      </div>
    </section>
  );
}

/** Choose a scenario and the mode, or resume the interview a crash interrupted. */
export function MockSetup() {
  const { packs, selected } = useAppStore(
    useShallow((s) => ({ packs: s.packs, selected: s.selected })),
  );
  const [saved, setSaved] = useSavedSession();
  const [practice, setPractice] = useState(false);
  const options = packs.flatMap((pack) =>
    pack.scenarios.map((s) => ({ value: `${pack.id}\u0000${s.id}`, label: s.title, pack, s })),
  );
  const initial = selected ? `${selected.packId}\u0000${selected.scenarioId}` : options[0]?.value;
  const [choice, setChoice] = useState(initial ?? '');
  const chosen = options.find((o) => o.value === choice) ?? options[0];
  const failed = useAppStore((s) => s.addNotices);
  const [reading, setReading] = useState(false);
  const chooseHeading = useRef<HTMLHeadingElement>(null);
  const seconds = chosen ? sessionSeconds(chosen.s.mockMinutes) : 0;
  if (reading && chosen) {
    return (
      <BriefBeforeClock
        scenario={chosen.s}
        seconds={seconds}
        strict={!practice}
        onStart={() => startMock({ packId: chosen.pack.id, scenarioId: chosen.s.id }, !practice)}
        onBack={() => {
          setReading(false);
          requestAnimationFrame(() => chooseHeading.current?.focus());
        }}
      />
    );
  }
  return (
    <>
      {saved ? (
        <section className="card mock-resume" aria-labelledby="mock-resume-heading">
          <h2 id="mock-resume-heading">Resume your interview?</h2>
          <p>
            “{scenarioTitle(packs, saved.scenarioId)}” stopped with{' '}
            {formatClock(saved.remainingSeconds)} left. Your plan draft and answer were saved; the
            clock only counts while the interview is open.
          </p>
          <div className="actions">
            <button
              type="button"
              className="primary"
              onClick={() => {
                if (!resumeMock(saved, !practice)) {
                  failed(['The saved interview could not be resumed and was discarded.']);
                  void discardSaved();
                  setSaved(null);
                }
              }}
            >
              Resume the interview
            </button>
            <button type="button" onClick={() => void discardSaved().then(() => setSaved(null))}>
              Discard it
            </button>
          </div>
        </section>
      ) : null}
      <section className="card mock-setup" aria-labelledby="mock-setup-heading">
        <h2 id="mock-setup-heading" ref={chooseHeading} tabIndex={-1}>
          {saved ? 'Or start a new interview' : 'Start an interview'}
        </h2>
        <label>
          Scenario
          <select value={chosen?.value ?? ''} onChange={(e) => setChoice(e.target.value)}>
            {options.map((o) => (
              <option key={o.value} value={o.value}>
                {o.label}
              </option>
            ))}
          </select>
        </label>
        <label className="inline">
          <input
            type="checkbox"
            checked={practice}
            onChange={(e) => setPractice(e.target.checked)}
          />
          Practice variant: allow pausing the clock
        </label>
        {chosen ? (
          <p className="mock-length">
            This interview lasts <strong>{formatLength(seconds)}</strong>. You read the brief first;
            the clock starts only when you say so.
          </p>
        ) : null}
        <div className="actions">
          <button
            type="button"
            className="primary"
            disabled={!chosen}
            onClick={() => setReading(true)}
          >
            Read the brief
          </button>
        </div>
      </section>
    </>
  );
}
