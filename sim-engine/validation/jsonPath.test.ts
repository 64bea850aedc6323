import { describe, expect, it } from 'vitest';
import { formatIssue, jsonPath } from './issues';

describe('jsonPath', () => {
  it('writes the root as $', () => {
    expect(jsonPath([])).toBe('$');
  });
  it('writes array indexes in brackets and plain keys with dots', () => {
    expect(jsonPath(['scenarios', 2, 'segments', 0, 'share'])).toBe(
      '$.scenarios[2].segments[0].share',
    );
  });
  it('quotes keys that are not plain identifiers', () => {
    expect(jsonPath(['weights', 'rollback-readiness'])).toBe('$.weights["rollback-readiness"]');
  });
});

describe('formatIssue', () => {
  it('puts the path before the message', () => {
    expect(formatIssue({ path: '$.stages[1].percent', message: 'must be at most 100' })).toBe(
      '$.stages[1].percent: must be at most 100',
    );
  });
});
