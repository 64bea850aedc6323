import { useState } from 'react';
import type { RubricDimension } from '../../../sim-engine/index';
import type { CohortEntry } from '../store/cohortSlice';
import { DIMENSION_LABELS } from '../text/labels';
import {
  DEFAULT_ORDER,
  learnerOf,
  namesLearner,
  nextOrder,
  sortCohort,
  type CohortColumn,
  type SortOrder,
} from './cohortRows';

const FIXED_COLUMNS: readonly { readonly id: CohortColumn; readonly label: string }[] = [
  { id: 'learner', label: 'Learner' },
  { id: 'scenario', label: 'Scenario' },
  { id: 'date', label: 'Date' },
  { id: 'total', label: 'Total' },
  { id: 'band', label: 'Band' },
];

/** A header that sorts: a real button, so Tab reaches it and Enter or Space sorts. */
function SortHeader({
  id,
  label,
  order,
  onSort,
}: {
  readonly id: CohortColumn;
  readonly label: string;
  readonly order: SortOrder;
  readonly onSort: (column: CohortColumn) => void;
}) {
  const sorted = order.column === id ? order.direction : undefined;
  return (
    <th scope="col" aria-sort={sorted ?? 'none'}>
      <button type="button" className="sort-button" onClick={() => onSort(id)}>
        {label}
        <span className="sort-mark" aria-hidden="true">
          {sorted === 'ascending' ? '▲' : sorted === 'descending' ? '▼' : '↕'}
        </span>
      </button>
    </th>
  );
}

function DimensionCell({
  entry,
  id,
}: {
  readonly entry: CohortEntry;
  readonly id: RubricDimension;
}) {
  const d = entry.report.score.dimensions.find((dimension) => dimension.id === id);
  if (!d) return <td className="number muted">—</td>;
  return (
    <td className="number">
      {d.points} / {d.max}
    </td>
  );
}

function Row({
  entry,
  dimensions,
}: {
  readonly entry: CohortEntry;
  readonly dimensions: readonly RubricDimension[];
}) {
  const { report } = entry;
  return (
    <tr>
      <th scope="row">
        {learnerOf(entry)}
        {namesLearner(entry) ? null : (
          <span className="unnamed"> (file name: the report names no learner)</span>
        )}
      </th>
      <td className="scenario">{report.scenarioTitle}</td>
      <td className="date">{report.createdAt?.slice(0, 10) ?? '—'}</td>
      <td className="number">{report.score.total}</td>
      <td>{report.score.band}</td>
      {dimensions.map((id) => (
        <DimensionCell key={id} entry={entry} id={id} />
      ))}
    </tr>
  );
}

/** Every learner's report in one row: totals, band and each dimension's points of its maximum. */
export function CohortTable({
  entries,
  dimensions,
}: {
  readonly entries: readonly CohortEntry[];
  readonly dimensions: readonly RubricDimension[];
}) {
  const [order, setOrder] = useState<SortOrder>(DEFAULT_ORDER);
  const rows = sortCohort(entries, order);
  const columns = [
    ...FIXED_COLUMNS,
    ...dimensions.map((id) => ({ id, label: DIMENSION_LABELS[id] })),
  ];
  return (
    <>
      <p id="cohort-table-caption" className="table-title">
        Learners’ reports ({entries.length}); each dimension as points of its maximum
        <span className="scroll-hint"> — scroll the table sideways for every dimension</span>
      </p>
      {/* A wide table scrolls inside its own region, which the keyboard can reach and scroll. */}
      <div
        className="table-scroll"
        role="region"
        aria-labelledby="cohort-table-caption"
        tabIndex={0}
      >
        <table className="data-table cohort-table" aria-labelledby="cohort-table-caption">
          <thead>
            <tr>
              {columns.map((column) => (
                <SortHeader
                  key={column.id}
                  id={column.id}
                  label={column.label}
                  order={order}
                  onSort={(id) => setOrder(nextOrder(order, id))}
                />
              ))}
            </tr>
          </thead>
          <tbody>
            {rows.map((entry) => (
              <Row key={entry.key} entry={entry} dimensions={dimensions} />
            ))}
          </tbody>
        </table>
      </div>
    </>
  );
}
