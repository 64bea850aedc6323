import { useEffect, useRef } from 'react';
import type { AttemptRecord } from '../platform/platform';
import { attemptName } from './attemptLabels';
import { compareDimensions, compareOutcomes } from './attemptComparison';

function change(value: number | null): string {
  if (value === null) return '—';
  if (value === 0) return 'same';
  return value > 0 ? `+${value}` : `−${Math.abs(value)}`;
}

/** Two attempts side by side: each dimension's points, then what happened in each run. */
export function CompareAttempts({
  first,
  second,
  onClose,
}: {
  readonly first: AttemptRecord;
  readonly second: AttemptRecord;
  readonly onClose: () => void;
}) {
  const heading = useRef<HTMLHeadingElement>(null);
  // Opening a comparison takes the reader to it; it appears below a long table.
  useEffect(() => heading.current?.focus(), [first.id, second.id]);
  const dimensions = compareDimensions(first.report, second.report);
  const outcomes = compareOutcomes(first.report, second.report);
  const a = attemptName(first);
  const b = attemptName(second);
  return (
    <section className="card compare" aria-labelledby="compare-heading">
      <h2 id="compare-heading" ref={heading} tabIndex={-1}>
        Two attempts side by side
      </h2>
      <p className="compare-names">
        <span className="compare-first">First: {a}</span>
        <span className="compare-second">Second: {b}</span>
      </p>
      <div className="compare-tables">
        <table className="data-table compare-table">
          <caption>Points per dimension</caption>
          <thead>
            <tr>
              <th scope="col">Dimension</th>
              <th scope="col">First</th>
              <th scope="col">Second</th>
              <th scope="col">Change</th>
            </tr>
          </thead>
          <tbody>
            {dimensions.map((d) => (
              <tr key={d.id}>
                <th scope="row">{d.title}</th>
                <td className="number">{d.first ?? '—'}</td>
                <td className="number">{d.second ?? '—'}</td>
                <td
                  className={`number change ${d.change !== null && d.change > 0 ? 'better' : ''} ${d.change !== null && d.change < 0 ? 'worse' : ''}`}
                >
                  {change(d.change)}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
        <table className="data-table compare-table">
          <caption>What happened</caption>
          <thead>
            <tr>
              <th scope="col">Measure</th>
              <th scope="col">First</th>
              <th scope="col">Second</th>
            </tr>
          </thead>
          <tbody>
            {outcomes.map((row) => (
              <tr key={row.label}>
                <th scope="row">{row.label}</th>
                <td>{row.first}</td>
                <td>{row.second}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      <div className="actions">
        <button type="button" onClick={onClose}>
          Close the comparison
        </button>
      </div>
    </section>
  );
}
