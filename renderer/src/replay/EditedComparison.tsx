import { useEffect, useMemo, useRef } from 'react';
import { simulate } from '../../../sim-engine/index';
import type { Counterfactual, RunResult, Scenario } from '../../../sim-engine/index';
import { StoryCharts } from '../charts/StoryCharts';
import { elapsedLabel, rampSpan } from '../charts/timeAxis';
import { verdictLine } from '../score/verdict';

/** How many metric charts each side shows: the ones the story ranks first. */
const PANELS_EACH = 2;

/**
 * Your run and the edited plan's run on the same seed, side by side on one time axis, each with
 * its verdict. The edited run is simulated here (the engine is deterministic, so it is the run
 * whose outcome the comparison strip shows); a week costs tens of milliseconds.
 */
export function EditedComparison({
  run,
  edited,
  scenario,
  clockLabel,
  focusKey,
}: {
  readonly run: RunResult;
  readonly edited: Counterfactual;
  readonly scenario: Scenario;
  readonly clockLabel: (minute: number) => string;
  /** Changes each time the learner runs an edited plan: focus then lands on the result. */
  readonly focusKey: number;
}) {
  const editedRun = useMemo(
    () => simulate(scenario, edited.plan, { seed: run.seed, recordAfterFullRollout: true }),
    [scenario, edited.plan, run.seed],
  );
  const heading = useRef<HTMLHeadingElement>(null);
  useEffect(() => {
    if (focusKey > 0) heading.current?.focus();
  }, [focusKey]);
  // Both ramps and what decided them, on one axis: a week drawn whole squeezes a 2-hour ramp
  // into a sliver. A run with no shorter ramp span (its story fills the week) is drawn whole.
  const spanOf = (o: RunResult['outcome']) => rampSpan(o) ?? o.endMinute;
  const end = Math.max(spanOf(run.outcome), spanOf(editedRun.outcome));
  const whole = Math.max(run.outcome.endMinute, editedRun.outcome.endMinute);
  const sides = [
    { key: 'yours', title: 'Your plan', result: run },
    { key: 'edited', title: 'Your edited plan', result: editedRun },
  ] as const;
  return (
    <section className="edited-comparison" aria-labelledby="edited-comparison-heading">
      <h2 id="edited-comparison-heading" ref={heading} tabIndex={-1}>
        Your plan and your edited plan, same seed ({run.seed})
      </h2>
      <p className="muted">
        {end < whole
          ? `Drawn over the first ${elapsedLabel(end)}, where both ramps were decided.`
          : `Drawn over the whole run (${elapsedLabel(whole)}).`}
      </p>
      <div className="side-by-side">
        {sides.map((side) => (
          <section key={side.key} className="card compare-side" aria-label={side.title}>
            <h3>{side.title}</h3>
            <p className="verdict-line">
              {verdictLine(side.result.outcome, side.result.plan, scenario).text}
            </p>
            <StoryCharts
              run={side.result}
              scenario={scenario}
              mode="replay"
              domainEnd={end}
              clockLabel={clockLabel}
              maxPanels={PANELS_EACH}
            />
          </section>
        ))}
      </div>
    </section>
  );
}
