import { useMemo } from 'react';
import type { AttemptRecord } from '../platform/platform';
import { Axes } from './Axes';
import { DEFAULT_FRAME } from './frame';
import { progressChart } from './progressChart';

const FRAME = { ...DEFAULT_FRAME, height: 220, right: 150 };

/** Each rubric dimension's share of its points over the saved attempts, with a table beside it. */
export function ProgressChartView({ attempts }: { readonly attempts: readonly AttemptRecord[] }) {
  const model = useMemo(
    () =>
      progressChart(
        attempts.map((a) => a.report.score),
        FRAME,
      ),
    [attempts],
  );
  return (
    <figure className="chart progress-chart">
      <figcaption>Share of each dimension’s points, attempt by attempt</figcaption>
      <svg
        viewBox={`0 0 ${FRAME.width} ${FRAME.height}`}
        role="img"
        aria-label="Progress by dimension; the table below has the numbers."
      >
        <Axes frame={FRAME} xTicks={model.xTicks} yTicks={model.yTicks} />
        {model.lines.map((line, i) => (
          <g key={line.id} className={`dimension-line palette-${i % 8}`}>
            <path className="series" d={line.path} />
            {line.points.map((point) => (
              <circle key={`${point.x}`} className="dot" cx={point.x} cy={point.y} r={3} />
            ))}
            <text className="legend" x={FRAME.width - FRAME.right + 8} y={FRAME.top + 12 + i * 16}>
              <tspan className="swatch">■</tspan> {line.title}
            </text>
          </g>
        ))}
      </svg>
      <table className="visually-hidden">
        <caption>Share of points per dimension and attempt</caption>
        <thead>
          <tr>
            <th scope="col">Dimension</th>
            {attempts.map((a, i) => (
              <th key={a.id} scope="col">
                Attempt {i + 1}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {model.lines.map((line) => (
            <tr key={line.id}>
              <th scope="row">{line.title}</th>
              {line.shares.map((share, i) => (
                <td key={i}>{Number.isFinite(share) ? `${Math.round(share * 100)} %` : '—'}</td>
              ))}
            </tr>
          ))}
        </tbody>
      </table>
    </figure>
  );
}
