import { describe, expect, it } from 'vitest';
import type { CanaryReport, Parsed } from '../sim-engine/index';
import { parseHistoryText } from './history';
import { parseAttempt } from './records';

// The attempt record's optional fields (issue 17: change kind, daily challenge, time spent) are
// additive: a history saved before them still loads, and what they hold is checked.

const report = { format: 'canary-report/1' } as unknown as CanaryReport;
const anyReport = (value: unknown): Parsed<CanaryReport> =>
  value ? { ok: true, value: report } : { ok: false, issues: [{ path: '$', message: 'missing' }] };
const saved = { id: 'a1', savedAt: '2026-12-01T09:00:00.000Z', report: {} };

describe('a saved attempt’s optional fields', () => {
  it('leave a history saved before them loadable, with nothing added', () => {
    const text = JSON.stringify({
      format: 'canary-coach-history',
      version: 1,
      data: { attempts: [saved] },
    });
    const parsed = parseHistoryText(text, anyReport);
    expect(parsed.ok && parsed.value[0]).toEqual({ ...saved, report });
  });

  it('keep the change kind, the daily challenge’s date and the time spent', () => {
    const parsed = parseAttempt(
      { ...saved, changeKind: 'model', daily: { date: '2026-12-01' }, activeSeconds: 95 },
      anyReport,
    );
    expect(parsed.ok && parsed.value).toEqual({
      ...saved,
      report,
      changeKind: 'model',
      daily: { date: '2026-12-01' },
      activeSeconds: 95,
    });
  });

  it('keep the request a generated practice set was drawn from, with or without a kind', () => {
    const practiceSet = { seed: 70, level: 'hard', count: 3, changeKind: 'prompt' } as const;
    expect(parseAttempt({ ...saved, practiceSet }, anyReport)).toEqual({
      ok: true,
      value: { ...saved, report, practiceSet },
    });
    const anyKind = { seed: 0, level: 'introductory', count: 1 } as const;
    const parsed = parseAttempt({ ...saved, practiceSet: anyKind }, anyReport);
    expect(parsed.ok && parsed.value.practiceSet).toEqual(anyKind);
  });

  it.each([
    ['a date that is not YYYY-MM-DD', { daily: { date: '1/12/2026' } }, '$.daily.date'],
    ['an unknown change kind', { changeKind: 'database' }, '$.changeKind'],
    ['negative time spent', { activeSeconds: -1 }, '$.activeSeconds'],
    [
      'a practice set larger than the app makes',
      { practiceSet: { seed: 1, level: 'hard', count: 11 } },
      '$.practiceSet.count',
    ],
    [
      'a practice set of an unknown level',
      { practiceSet: { seed: 1, level: 'expert', count: 1 } },
      '$.practiceSet.level',
    ],
  ])('refuse %s, naming where', (_label, field, path) => {
    const parsed = parseAttempt({ ...saved, ...field }, anyReport);
    expect(parsed.ok).toBe(false);
    expect(!parsed.ok && parsed.issues[0]?.path).toBe(path);
  });
});
