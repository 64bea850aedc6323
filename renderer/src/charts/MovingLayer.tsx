import { useAppStore } from '../store/appStore';
import type { Frame } from './frame';
import { checkIndexAt, checkMinute } from './metricChart';

export type ChartMode = 'run' | 'replay';

/**
 * The only part of a chart that changes as time moves: the "now" line in a run, the scrub
 * cursor in replay, and — on a watched metric — the window of data the gate read at that check.
 * The static lines around it never re-render.
 */
export function MovingLayer({
  mode,
  frame,
  x,
  windowStart,
  intervalMinutes,
}: {
  readonly mode: ChartMode;
  readonly frame: Frame;
  readonly x: (minute: number) => number;
  readonly windowStart?: Float32Array;
  readonly intervalMinutes?: number;
}) {
  const minute = useAppStore((s) => (mode === 'run' ? s.playbackMinute : s.replayMinute));
  const right = frame.width - frame.right;
  const at = Math.min(right, Math.round(x(minute) * 10) / 10);
  const top = frame.top;
  const bottom = frame.height - frame.bottom;
  let window: { from: number; to: number } | null = null;
  if (windowStart && intervalMinutes) {
    const index = checkIndexAt(minute, intervalMinutes);
    const start = windowStart[index] ?? Number.NaN;
    if (index >= 0 && Number.isFinite(start)) {
      window = { from: x(start), to: Math.min(right, x(checkMinute(index, intervalMinutes))) };
    }
  }
  return (
    <g aria-hidden="true">
      {window ? (
        <g className="read-window">
          <rect
            x={window.from}
            width={Math.max(1, window.to - window.from)}
            y={bottom - 8}
            height={8}
          />
          {window.to - window.from > 110 ? (
            <text x={window.from + 4} y={bottom - 11}>
              the gate’s read window
            </text>
          ) : null}
        </g>
      ) : null}
      <line
        className={mode === 'run' ? 'now-line' : 'cursor-line'}
        x1={at}
        x2={at}
        y1={top}
        y2={bottom}
      />
    </g>
  );
}
