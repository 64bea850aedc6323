import { useEffect, useMemo, useRef, useState } from 'react';
import { useShallow } from 'zustand/react/shallow';
import { createScenarioClock } from '../../../sim-engine/index';
import { withDay } from '../text/dayClock';
import { ScreenHeading } from '../components/ScreenHeading';
import { EventFeed } from '../run/EventFeed';
import { OverrideForm } from '../run/OverrideForm';
import { PlaybackControls } from '../run/PlaybackControls';
import { RunCharts } from '../run/RunCharts';
import { usePlayback } from '../run/usePlayback';
import { useAppStore } from '../store/appStore';
import { selectScenario } from '../store/selectors';

/** The rollout playing out: traffic, each guarded metric against its limit, and the event feed. */
export function RunScreen() {
  const scenario = useAppStore(selectScenario);
  const { status, step, error, attempt, go } = useAppStore(
    useShallow((s) => ({
      status: s.runStatus,
      step: s.runStep,
      error: s.runError,
      attempt: s.attempt,
      go: s.go,
    })),
  );
  const endMinute = attempt?.run.outcome.endMinute ?? 0;
  usePlayback(endMinute);
  const clock = useMemo(() => (scenario ? createScenarioClock(scenario.start) : null), [scenario]);
  // The clock and the feed name the day: a week-long run ends on the weekday it began.
  const dayClock = useMemo(() => (clock ? withDay(clock) : null), [clock]);
  const scoreButton = useRef<HTMLButtonElement>(null);
  const noticeRef = useRef<HTMLParagraphElement>(null);
  const [notice, setNotice] = useState<{ readonly text: string; readonly id: number } | null>(null);
  // After an override the run is replayed and the form is gone: land on the notice saying so.
  useEffect(() => {
    if (notice && status !== 'running') noticeRef.current?.focus();
  }, [notice, status]);
  if (!scenario || !clock || !dayClock) return <p>Choose a scenario in the library first.</p>;
  return (
    <div className="screen run">
      <ScreenHeading>Run: {scenario.title}</ScreenHeading>
      {status === 'running' ? (
        <p role="status" className="progress">
          <progress aria-label={step} /> {step}…
        </p>
      ) : null}
      {status === 'failed' ? <p role="alert">The simulation failed: {error}</p> : null}
      {notice && status !== 'running' ? (
        <p ref={noticeRef} tabIndex={-1} className="run-notice" role="status">
          {notice.text}
        </p>
      ) : null}
      {attempt && status !== 'running' ? (
        <>
          <PlaybackControls
            endMinute={endMinute}
            clockLabel={dayClock}
            // Skip disables itself: focus goes on to the next thing to do, not to the page.
            onSkipped={() => scoreButton.current?.focus()}
          />
          <div className="run-layout">
            <RunCharts attempt={attempt} scenario={scenario} clockLabel={clock.label} />
            <div className="side">
              <EventFeed
                events={attempt.run.events}
                plan={attempt.run.plan}
                clockLabel={dayClock}
              />
              <OverrideForm
                plan={attempt.run.plan}
                onRecorded={(text) => setNotice((n) => ({ text, id: (n?.id ?? 0) + 1 }))}
              />
            </div>
          </div>
          <div className="actions">
            <button ref={scoreButton} type="button" className="primary" onClick={() => go('score')}>
              See your score
            </button>
          </div>
        </>
      ) : null}
    </div>
  );
}
