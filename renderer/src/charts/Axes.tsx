import type { Frame } from './frame';
import type { Tick } from './timeAxis';

/** Gridlines and tick labels, rendered by React from ticks the chart maths computed. */
export function Axes({
  frame,
  xTicks,
  yTicks,
}: {
  readonly frame: Frame;
  readonly xTicks: readonly Tick[];
  readonly yTicks: readonly Tick[];
}) {
  const bottom = frame.height - frame.bottom;
  const right = frame.width - frame.right;
  return (
    <g className="axes" aria-hidden="true">
      {yTicks.map((tick) => (
        <g key={`y${tick.value}`}>
          <line className="grid" x1={frame.left} x2={right} y1={tick.position} y2={tick.position} />
          <text
            className="tick-label"
            x={frame.left - 6}
            y={tick.position}
            textAnchor="end"
            dominantBaseline="middle"
          >
            {tick.label}
          </text>
        </g>
      ))}
      {xTicks.map((tick, i) => (
        <text
          key={`x${tick.value}`}
          className="tick-label"
          x={tick.position}
          y={bottom + 18}
          // The first and last labels stay inside the chart instead of hanging over its edges.
          textAnchor={i === 0 ? 'start' : tick.position > right - 24 ? 'end' : 'middle'}
        >
          {tick.label}
        </text>
      ))}
      <line className="axis-line" x1={frame.left} x2={right} y1={bottom} y2={bottom} />
    </g>
  );
}
