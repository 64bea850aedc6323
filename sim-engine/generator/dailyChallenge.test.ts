import { describe, expect, it } from 'vitest';
import { dailyChallengeRequest, weekday } from './dailyChallenge';

describe('the daily challenge', () => {
  it('is the same request for everyone on the same date', () => {
    expect(dailyChallengeRequest('2026-12-01')).toEqual(dailyChallengeRequest('2026-12-01'));
  });

  it('changes from one day to the next', () => {
    const seeds = new Set(
      Array.from(
        { length: 28 },
        (_, day) => dailyChallengeRequest(`2027-02-${String(day + 1).padStart(2, '0')}`).seed,
      ),
    );
    expect(seeds.size).toBe(28);
  });

  it('is introductory on Monday and Tuesday, standard midweek, hard at the weekend', () => {
    // 2026-11-30 is a Monday.
    const levels = ['30', '01', '02', '03', '04', '05', '06'].map(
      (day, i) => dailyChallengeRequest(`2026-${i === 0 ? '11' : '12'}-${day}`).level,
    );
    expect(levels).toEqual([
      'introductory',
      'introductory',
      'standard',
      'standard',
      'standard',
      'hard',
      'hard',
    ]);
  });

  it('knows the day of the week without a clock', () => {
    expect(weekday(2026, 3, 3)).toBe(2);
    expect(weekday(2000, 2, 29)).toBe(2);
    expect(weekday(2024, 12, 25)).toBe(3);
  });

  it('refuses a date that is not real, naming it', () => {
    expect(() => dailyChallengeRequest('2026-02-30')).toThrow(/"2026-02-30"/);
    expect(() => dailyChallengeRequest('1 Dec 2026')).toThrow(/real date/);
  });
});
