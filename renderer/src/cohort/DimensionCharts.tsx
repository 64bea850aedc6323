import { useMemo } from 'react';
import type { RubricDimension } from '../../../sim-engine/index';
import type { CohortEntry } from '../store/cohortSlice';
import { DIMENSION_LABELS } from '../text/labels';
import type { ShareOf } from './cohortChart';
import { dimensionShare, learnerOf } from './cohortRows';
import { SpreadChartView } from './SpreadChartView';

function sharesOf(entries: readonly CohortEntry[], id: RubricDimension): ShareOf[] {
  return entries.flatMap((entry) => {
    const share = dimensionShare(entry.report, id);
    return share === null ? [] : [{ key: entry.key, label: learnerOf(entry), share }];
  });
}

/** One small chart per scored dimension, so the cohort's weak spot stands out at a glance. */
export function DimensionCharts({
  entries,
  dimensions,
}: {
  readonly entries: readonly CohortEntry[];
  readonly dimensions: readonly RubricDimension[];
}) {
  const series = useMemo(
    () => dimensions.map((id) => ({ id, values: sharesOf(entries, id) })),
    [entries, dimensions],
  );
  return (
    <section aria-labelledby="cohort-charts-heading">
      <h2 id="cohort-charts-heading">Share of each dimension’s points, by learner</h2>
      <p className="muted">
        A dot per learner; the box spans the middle half of the cohort, the bar inside it is the
        median.
      </p>
      <div className="spread-grid">
        {series.map(({ id, values }) => (
          <SpreadChartView key={id} title={DIMENSION_LABELS[id]} values={values} />
        ))}
      </div>
    </section>
  );
}
