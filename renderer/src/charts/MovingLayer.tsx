import { useAppStore } from '../store/appStore';
import type { Frame } from './frame';

export type ChartMode = 'run' | 'replay';

/**
 * The only part of a chart that changes as time moves: in a run, a curtain over the future
 * and the "now" line; in replay, the scrub cursor. The static lines around it never re-render.
 */
export function MovingLayer({
  mode,
  frame,
  x,
}: {
  readonly mode: ChartMode;
  readonly frame: Frame;
  readonly x: (minute: number) => number;
}) {
  const minute = useAppStore((s) => (mode === 'run' ? s.playbackMinute : s.replayMinute));
  const at = Math.round(x(minute) * 10) / 10;
  const top = frame.top;
  const bottom = frame.height - frame.bottom;
  const right = frame.width - frame.right;
  return (
    <g aria-hidden="true">
      {mode === 'run' && at < right ? (
        <rect
          className="curtain"
          x={at}
          y={top - 2}
          width={right - at + 2}
          height={bottom - top + 2}
        />
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
