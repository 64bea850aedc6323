import { useMemo } from 'react';
import type { Frame } from '../charts/frame';
import { describeSpread, spreadChart, type ShareOf } from './cohortChart';

// Room on the right for the centred "100 %" tick label, which was clipped at 16.
const FRAME: Frame = { width: 320, height: 84, top: 10, right: 28, bottom: 24, left: 16 };
const BOX_HALF = 9;

/** One dimension across the cohort: a dot per learner over a box of the middle half. */
export function SpreadChartView({
  title,
  values,
}: {
  readonly title: string;
  readonly values: readonly ShareOf[];
}) {
  const model = useMemo(() => spreadChart(values, FRAME), [values]);
  const { box, midY } = model;
  const description = describeSpread(title, model.spread);
  const bottom = FRAME.height - FRAME.bottom;
  return (
    <figure className="chart spread-chart">
      <figcaption>{title}</figcaption>
      <svg viewBox={`0 0 ${FRAME.width} ${FRAME.height}`} role="img" aria-label={description}>
        {model.ticks.map((tick) => (
          <g key={tick.value} className="axes">
            <line
              className="grid"
              x1={tick.position}
              x2={tick.position}
              y1={FRAME.top}
              y2={bottom}
            />
            <text className="tick-label" x={tick.position} y={bottom + 16} textAnchor="middle">
              {tick.label}
            </text>
          </g>
        ))}
        {box ? (
          <g className="spread-box">
            <line className="whisker" x1={box.min} x2={box.max} y1={midY} y2={midY} />
            <rect x={box.q1} y={midY - BOX_HALF} width={box.q3 - box.q1} height={BOX_HALF * 2} />
            <line
              className="median"
              x1={box.median}
              x2={box.median}
              y1={midY - BOX_HALF}
              y2={midY + BOX_HALF}
            />
          </g>
        ) : null}
        {model.dots.map((dot) => (
          <circle key={dot.key} className="learner-dot" cx={dot.x} cy={dot.y} r={3.5}>
            <title>{dot.label}</title>
          </circle>
        ))}
      </svg>
      <p className="chart-text">{description}</p>
    </figure>
  );
}
