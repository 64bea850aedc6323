import { describe, expect, it } from 'vitest';
import type { AttemptRecord } from '../platform/platform';
import { dailyStreak } from './dailyStreak';

const onDay = (date: string, marked = true): AttemptRecord =>
  ({
    id: date,
    savedAt: `${date}T20:00:00.000Z`,
    report: { packId: marked ? 'canary-coach-library' : `daily-challenge-${date}` },
    ...(marked ? { daily: { date } } : {}),
  }) as unknown as AttemptRecord;

describe('the daily challenge streak', () => {
  it('counts consecutive days up to today', () => {
    const days = ['2026-11-29', '2026-11-30', '2026-12-01'].map((d) => onDay(d));
    expect(dailyStreak(days, '2026-12-01')).toEqual({ current: 3, best: 3, doneToday: true });
  });

  it('stays alive until today ends, and breaks on a missed day', () => {
    const days = ['2026-11-27', '2026-11-29', '2026-11-30'].map((d) => onDay(d));
    expect(dailyStreak(days, '2026-12-01')).toEqual({ current: 2, best: 2, doneToday: false });
    expect(dailyStreak(days, '2026-12-02')).toEqual({ current: 0, best: 2, doneToday: false });
  });

  it('crosses month and year ends, and counts a day once however often it was played', () => {
    const days = ['2026-12-30', '2026-12-31', '2026-12-31', '2027-01-01'].map((d) => onDay(d));
    expect(dailyStreak(days, '2027-01-01')).toMatchObject({ current: 3, best: 3 });
  });

  it('reads the day from a daily pack when the record was saved without its mark', () => {
    expect(dailyStreak([onDay('2026-12-01', false)], '2026-12-01').current).toBe(1);
    const practice = { ...onDay('2026-12-01'), daily: undefined } as unknown as AttemptRecord;
    expect(dailyStreak([practice], '2026-12-01').current).toBe(0);
  });
});
