import { describe, expect, it } from 'vitest';
import { dueWords } from './practiceText';

describe('when a practice card is due, in words', () => {
  const now = new Date('2026-12-01T12:00:00Z'); // a Tuesday (the tests run in UTC)
  it.each([
    ['2026-12-01T08:00:00Z', 'due today'],
    ['2026-11-30T10:00:00Z', 'due since Mon'],
    ['2026-11-03T10:00:00Z', 'due since 3 Nov'],
    ['2026-12-05T10:00:00Z', 'due Sat'],
    ['2026-12-12T10:00:00Z', 'due 12 Dec'],
  ])('%s reads “%s”', (due, words) => {
    expect(dueWords(new Date(due), now)).toBe(words);
  });
});
