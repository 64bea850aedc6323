import { describe, expect, it } from 'vitest';
import type { CanaryReport } from '../../../sim-engine/index';
import type { CohortEntry } from '../store/cohortSlice';
import { learnerOf, nextOrder, scoredDimensions, sortCohort } from './cohortRows';

function entry(key: string, band: 'strong' | 'adequate' | 'weak', points?: number): CohortEntry {
  const dimensions =
    points === undefined ? [] : [{ id: 'segments', title: 'Segments', points, max: 10 }];
  const report = { score: { total: 0, band, dimensions } } as unknown as CanaryReport;
  return { key, fileName: `${key}.json`, report };
}

const keys = (entries: readonly CohortEntry[]) => entries.map((e) => e.key);

describe('sortCohort', () => {
  it('orders bands from weak to strong when ascending', () => {
    const rows = [entry('s', 'strong'), entry('w', 'weak'), entry('a', 'adequate')];
    expect(keys(sortCohort(rows, { column: 'band', direction: 'ascending' }))).toEqual([
      'w',
      'a',
      's',
    ]);
  });

  it('sorts a dimension by its share and puts unscored reports last in either direction', () => {
    const rows = [entry('none', 'weak'), entry('low', 'weak', 2), entry('high', 'weak', 9)];
    expect(keys(sortCohort(rows, { column: 'segments', direction: 'ascending' }))).toEqual([
      'low',
      'high',
      'none',
    ]);
    expect(keys(sortCohort(rows, { column: 'segments', direction: 'descending' }))).toEqual([
      'high',
      'low',
      'none',
    ]);
  });
});

describe('nextOrder', () => {
  it('flips the sorted column and starts a score column best first', () => {
    const byTotal = nextOrder({ column: 'learner', direction: 'ascending' }, 'total');
    expect(byTotal).toEqual({ column: 'total', direction: 'descending' });
    expect(nextOrder(byTotal, 'total').direction).toBe('ascending');
  });
});

describe('learnerOf and scoredDimensions', () => {
  it('names a learner by their file when the report has no name', () => {
    expect(learnerOf(entry('ada', 'strong'))).toBe('ada.json');
  });

  it('lists only the dimensions some report scored', () => {
    expect(scoredDimensions([entry('a', 'weak', 1), entry('b', 'weak')])).toEqual(['segments']);
  });
});
