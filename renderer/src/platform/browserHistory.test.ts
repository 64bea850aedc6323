import { describe, expect, it } from 'vitest';
import type { CanaryReport, Parsed } from '../../../sim-engine/index';
import { HISTORY_KEY, loadHistory as loadWith, writeHistory } from './browserHistory';
import type { AttemptRecord } from './platform';

/** Accepts what looks like a report, as the real parser's first checks do. */
const fakeParseReport = (value: unknown): Parsed<CanaryReport> =>
  (value as { format?: unknown } | null)?.format === 'canary-report/1'
    ? { ok: true, value: value as CanaryReport }
    : { ok: false, issues: [{ path: '$.format', message: 'must be canary-report/1' }] };
const loadHistory = (storage: Storage, now: string) => loadWith(storage, now, fakeParseReport);

const record = (id: string) =>
  ({
    id,
    savedAt: '2026-01-01T00:00:00.000Z',
    report: { format: 'canary-report/1', score: { total: 50, dimensions: [] } },
  }) as unknown as AttemptRecord;

const setAsideKeys = () =>
  Object.keys(window.localStorage).filter((key) => key.startsWith('canary-coach:set-aside:'));

describe('loadHistory', () => {
  it('reads back what was written, in the one history format', () => {
    writeHistory(window.localStorage, [record('a')]);
    expect(JSON.parse(window.localStorage.getItem(HISTORY_KEY) ?? '')).toMatchObject({
      format: 'canary-coach-history',
      version: 1,
    });
    expect(loadHistory(window.localStorage, 'now').attempts.map((a) => a.id)).toEqual(['a']);
  });

  it('reads the history the browser kept before the shared format', () => {
    window.localStorage.setItem(
      HISTORY_KEY,
      JSON.stringify({ schema: 1, attempts: [record('a')] }),
    );
    const loaded = loadHistory(window.localStorage, 'now');
    expect(loaded.attempts.map((a) => a.id)).toEqual(['a']);
    expect(loaded.notices).toEqual([]);
  });

  it('sets an unreadable history aside, keeps its text, and says so', () => {
    window.localStorage.setItem(HISTORY_KEY, '{"schema":1,"attempts":[');
    const loaded = loadHistory(window.localStorage, 'T1');
    expect(loaded.attempts).toEqual([]);
    expect(loaded.notices[0]).toMatch(/could not be read/);
    const [key] = setAsideKeys();
    expect(window.localStorage.getItem(key ?? '')).toBe('{"schema":1,"attempts":[');
  });

  it('keeps the good attempts and sets only the broken entries aside', () => {
    window.localStorage.setItem(
      HISTORY_KEY,
      JSON.stringify({ schema: 1, attempts: [record('a'), { id: 3 }] }),
    );
    const loaded = loadHistory(window.localStorage, 'T2');
    expect(loaded.attempts.map((a) => a.id)).toEqual(['a']);
    expect(loaded.notices[0]).toMatch(/1 saved attempt was unreadable/);
    expect(JSON.parse(window.localStorage.getItem(setAsideKeys()[0] ?? '') ?? '')).toEqual([
      { id: 3 },
    ]);
  });

  it('treats an unknown schema version as unreadable rather than guessing', () => {
    window.localStorage.setItem(HISTORY_KEY, JSON.stringify({ schema: 99, attempts: [] }));
    expect(loadHistory(window.localStorage, 'T3').notices).toHaveLength(1);
    expect(setAsideKeys()).toHaveLength(1);
  });
});
