import type { NarrativeStep, Score } from '../../../sim-engine/index';
import { useAppStore } from '../store/appStore';

/** Each rubric deduction that points at a moment, and the debrief's narrative, as jump links. */
export function Annotations({
  score,
  narrative,
  clockLabel,
}: {
  readonly score: Score;
  readonly narrative: readonly NarrativeStep[];
  /** The scenario's clock (`Tue 10:00`): a moment is named by when it was, not its minute. */
  readonly clockLabel: (minute: number) => string;
}) {
  const setMinute = useAppStore((s) => s.setReplayMinute);
  const deductions = score.dimensions.flatMap((d) =>
    d.points < d.max
      ? d.evidence.flatMap((e) =>
          e.minute === undefined ? [] : [{ dimension: d.title, text: e.text, minute: e.minute }],
        )
      : [],
  );
  return (
    <div className="annotations">
      <section className="card" aria-labelledby="deductions-heading">
        <h2 id="deductions-heading">Where you lost points</h2>
        {deductions.length === 0 ? (
          <p className="muted">No deduction points at a moment of the run.</p>
        ) : null}
        <ul>
          {deductions.map((d, i) => (
            <li key={`${i}-${d.minute}`}>
              <button type="button" className="link" onClick={() => setMinute(d.minute)}>
                {d.dimension}: {d.text} ({clockLabel(d.minute)})
              </button>
            </li>
          ))}
        </ul>
      </section>
      <section className="card" aria-labelledby="narrative-heading">
        <h2 id="narrative-heading">What happened</h2>
        <ol className="narrative">
          {narrative.map((step, i) => (
            <li key={`${i}-${step.minute}`} className={`narrative-${step.kind}`}>
              <button type="button" className="link" onClick={() => setMinute(step.minute)}>
                {step.clock}
              </button>{' '}
              {step.text}
            </li>
          ))}
        </ol>
      </section>
    </div>
  );
}
