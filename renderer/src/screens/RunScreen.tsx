import { useMemo } from 'react';
import { useShallow } from 'zustand/react/shallow';
import { createScenarioClock } from '../../../sim-engine/index';
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
  if (!scenario || !clock) return <p>Choose a scenario in the library first.</p>;
  return (
    <div className="screen run">
      <ScreenHeading>Run: {scenario.title}</ScreenHeading>
      {status === 'running' ? (
        <p role="status" className="progress">
          <progress aria-label={step} /> {step}…
        </p>
      ) : null}
      {status === 'failed' ? <p role="alert">The simulation failed: {error}</p> : null}
      {attempt && status !== 'running' ? (
        <>
          <PlaybackControls endMinute={endMinute} clockLabel={clock.label} />
          <div className="run-layout">
            <RunCharts attempt={attempt} horizonMinutes={scenario.horizonMinutes} />
            <div className="side">
              <EventFeed
                events={attempt.run.events}
                plan={attempt.run.plan}
                clockLabel={clock.label}
              />
              <OverrideForm plan={attempt.run.plan} />
            </div>
          </div>
          <div className="actions">
            <button type="button" className="primary" onClick={() => go('score')}>
              See your score
            </button>
          </div>
        </>
      ) : null}
    </div>
  );
}
