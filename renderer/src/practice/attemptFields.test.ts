import { describe, expect, it } from 'vitest';
import { loadBuiltInLibrary } from '../engine/library';
import { markAttemptOpened, practiceFields } from './attemptFields';
import { dailyDateOfPack, dailyPackId, localDate } from './dailyPack';

const library = loadBuiltInLibrary();
const scenario = library.scenarios[0]!;

describe('the fields a saved attempt gains for practice', () => {
  it('keep the change kind and the seconds since the brief opened', () => {
    markAttemptOpened(1_000_000);
    expect(practiceFields(scenario, library, 1_095_400)).toEqual({
      changeKind: scenario.changeKind,
      activeSeconds: 95,
    });
  });

  it('mark the daily challenge by its pack, and give no duration when the clock ran back', () => {
    markAttemptOpened(2_000_000);
    const daily = { ...library, id: dailyPackId('2026-12-01') };
    expect(practiceFields(scenario, daily, 1_000_000)).toEqual({
      changeKind: scenario.changeKind,
      daily: { date: '2026-12-01' },
    });
  });

  it('read a daily pack’s date back, and only from a daily pack', () => {
    expect(dailyDateOfPack(dailyPackId('2027-01-31'))).toBe('2027-01-31');
    expect(dailyDateOfPack('daily-challenge-soon')).toBeNull();
    expect(dailyDateOfPack(library.id)).toBeNull();
    expect(localDate(new Date(2026, 0, 5, 23, 59))).toBe('2026-01-05');
  });
});
