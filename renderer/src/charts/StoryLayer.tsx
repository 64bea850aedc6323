import type { Frame } from './frame';
import { stageBands, type StoryMarks } from './storyMarks';

/**
 * The ramp behind every chart: a band per stage (alternately shaded), the rollback as a line
 * and the time after it shaded as rolled back, full rollout as a line. Static: drawn once.
 */
export function StoryLayer({
  frame,
  marks,
  x,
  labels,
}: {
  readonly frame: Frame;
  readonly marks: StoryMarks;
  readonly x: (minute: number) => number;
  /** Stage percentages on the bands (the traffic chart carries them; the others do not repeat them). */
  readonly labels: boolean;
}) {
  const top = frame.top;
  const bottom = frame.height - frame.bottom;
  const right = frame.width - frame.right;
  const bands = stageBands(marks.stages, x);
  const rolledBack = marks.rollbackComplete === null ? null : x(marks.rollbackComplete);
  const requested = marks.rollbackRequested === null ? null : x(marks.rollbackRequested);
  const full = marks.fullRollout === null ? null : x(marks.fullRollout);
  return (
    <g className="story" aria-hidden="true">
      {bands.map((band) => (
        <g key={band.x}>
          <rect
            className={band.odd ? 'stage-band odd' : 'stage-band'}
            x={band.x}
            width={band.width}
            y={top}
            height={bottom - top}
          />
          {labels && band.labelled ? (
            <text className="stage-label" x={band.x + 3} y={top - 6}>
              {band.label}
            </text>
          ) : null}
        </g>
      ))}
      {rolledBack !== null && rolledBack < right ? (
        <rect
          className="rolled-back"
          x={rolledBack}
          width={right - rolledBack}
          y={top}
          height={bottom - top}
        />
      ) : null}
      {requested !== null ? (
        <g className="rollback-mark">
          <line x1={requested} x2={requested} y1={top} y2={bottom} />
          {labels ? (
            // Inside the plot, under the stage labels, so the two never overlap.
            <text
              x={requested > right - 70 ? requested - 4 : requested + 4}
              y={top + 13}
              textAnchor={requested > right - 70 ? 'end' : 'start'}
            >
              rollback
            </text>
          ) : null}
        </g>
      ) : null}
      {full !== null ? (
        <g className="full-rollout-mark">
          <line x1={full} x2={full} y1={top} y2={bottom} />
        </g>
      ) : null}
    </g>
  );
}
