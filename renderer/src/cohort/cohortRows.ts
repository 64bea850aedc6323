import { RUBRIC_DIMENSIONS } from '../../../sim-engine/index';
import type { CanaryReport, RubricDimension } from '../../../sim-engine/index';
import type { CohortEntry, CohortFilter } from '../store/cohortSlice';

/** The cohort table's columns, its sort order and the values it sorts by; no DOM here. */

export type CohortColumn = 'learner' | 'scenario' | 'date' | 'total' | 'band' | RubricDimension;
export type Direction = 'ascending' | 'descending';

export interface SortOrder {
  readonly column: CohortColumn;
  readonly direction: Direction;
}

export const DEFAULT_ORDER: SortOrder = { column: 'learner', direction: 'ascending' };

/** Worst first when ascending, like every other column. */
const BAND_RANK: Readonly<Record<CanaryReport['score']['band'], number>> = {
  weak: 0,
  adequate: 1,
  strong: 2,
};

/** The learner's name from the report, or the file it came in when the report has none. */
export function learnerOf(entry: CohortEntry): string {
  return entry.report.learner?.trim() || entry.fileName;
}

/** Whether the report names its learner (else the table shows its file's name). */
export function namesLearner(entry: CohortEntry): boolean {
  return Boolean(entry.report.learner?.trim());
}

/** The scenarios in the cohort, by title, for the filter. */
export function cohortScenarios(
  entries: readonly CohortEntry[],
): { readonly id: string; readonly title: string; readonly count: number }[] {
  const byId = new Map<string, { id: string; title: string; count: number }>();
  for (const { report } of entries) {
    const seen = byId.get(report.scenarioId);
    if (seen) seen.count += 1;
    else
      byId.set(report.scenarioId, { id: report.scenarioId, title: report.scenarioTitle, count: 1 });
  }
  return [...byId.values()].sort((a, b) => a.title.localeCompare(b.title));
}

/** The entries the filter lets through. */
export function visibleEntries(
  entries: readonly CohortEntry[],
  filter: CohortFilter,
): readonly CohortEntry[] {
  return filter === 'all' ? entries : entries.filter((e) => e.report.scenarioId === filter);
}

/** Points over maximum in one dimension; null when the scenario did not score it. */
export function dimensionShare(report: CanaryReport, id: RubricDimension): number | null {
  const dimension = report.score.dimensions.find((d) => d.id === id);
  return dimension && dimension.max > 0 ? dimension.points / dimension.max : null;
}

/** The rubric dimensions at least one report scored, in the rubric's order. */
export function scoredDimensions(entries: readonly CohortEntry[]): RubricDimension[] {
  return RUBRIC_DIMENSIONS.filter((id) =>
    entries.some((e) => e.report.score.dimensions.some((d) => d.id === id)),
  );
}

function sortKey(entry: CohortEntry, column: CohortColumn): string | number | null {
  const { report } = entry;
  switch (column) {
    case 'learner':
      return learnerOf(entry);
    case 'scenario':
      return report.scenarioTitle;
    case 'date':
      return report.createdAt ?? null;
    case 'total':
      return report.score.total;
    case 'band':
      return BAND_RANK[report.score.band];
    default:
      return dimensionShare(report, column);
  }
}

function compareKeys(a: string | number, b: string | number): number {
  if (typeof a === 'number' && typeof b === 'number') return a - b;
  return String(a).localeCompare(String(b), undefined, { sensitivity: 'base', numeric: true });
}

/** Sorted by one column; reports without a value (no date, dimension not scored) go last. */
export function sortCohort(entries: readonly CohortEntry[], order: SortOrder): CohortEntry[] {
  const sign = order.direction === 'ascending' ? 1 : -1;
  const keyed = entries.map((entry, index) => ({
    entry,
    index,
    key: sortKey(entry, order.column),
  }));
  keyed.sort((a, b) => {
    if (a.key === null || b.key === null) {
      return a.key === b.key ? a.index - b.index : a.key === null ? 1 : -1;
    }
    // Ties keep the import order, so a re-sort never shuffles equal rows.
    return sign * compareKeys(a.key, b.key) || a.index - b.index;
  });
  return keyed.map((k) => k.entry);
}

/** The sorted column flips; another starts ascending for text, descending (best first) for scores. */
export function nextOrder(current: SortOrder, column: CohortColumn): SortOrder {
  if (current.column === column) {
    return { column, direction: current.direction === 'ascending' ? 'descending' : 'ascending' };
  }
  const textual = column === 'learner' || column === 'scenario' || column === 'date';
  return { column, direction: textual ? 'ascending' : 'descending' };
}
