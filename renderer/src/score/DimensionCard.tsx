import type { DimensionScore } from '../../../sim-engine/index';
import { useAppStore } from '../store/appStore';

const VERDICT_LABELS = { strong: 'Strong', partial: 'Partly there', missing: 'Missing' } as const;

/** One rubric dimension: points, verdict, the evidence, and what the strong answer does. */
export function DimensionCard({
  dimension,
  clockLabel,
}: {
  readonly dimension: DimensionScore;
  readonly clockLabel: (minute: number) => string;
}) {
  const headingId = `dimension-${dimension.id}`;
  const openAt = (minute: number) => {
    const { setReplayMinute, go } = useAppStore.getState();
    setReplayMinute(minute);
    go('replay');
  };
  return (
    <article className={`card dimension verdict-${dimension.verdict}`} aria-labelledby={headingId}>
      <header>
        <h3 id={headingId}>{dimension.title}</h3>
        <p className="points">
          {Math.round(dimension.points * 10) / 10} / {dimension.max}
          <span className="verdict">{VERDICT_LABELS[dimension.verdict]}</span>
        </p>
      </header>
      <h4>Evidence</h4>
      <ul>
        {dimension.evidence.map((evidence, i) => (
          <li key={`${i}-${evidence.text}`}>
            {evidence.text}
            {evidence.cost ? <span className="cost"> (−{evidence.cost})</span> : null}
            {evidence.minute !== undefined ? (
              <>
                {' '}
                <button type="button" className="link" onClick={() => openAt(evidence.minute ?? 0)}>
                  See {clockLabel(evidence.minute)} in the replay
                </button>
              </>
            ) : null}
          </li>
        ))}
      </ul>
      <h4>The strong answer</h4>
      <p>{dimension.strongCounterpart}</p>
    </article>
  );
}
