import { createEmptyCard } from 'ts-fsrs';
import { describe, expect, it } from 'vitest';
import { freshLevel } from './freshPractice';
import type { PracticeChoice } from './nextPractice';

const due = (lastScore: number): PracticeChoice => ({
  reason: 'due',
  changeKind: 'backend',
  card: {
    changeKind: 'backend',
    dimension: 'rollback',
    title: 'Rollback readiness',
    card: createEmptyCard(new Date('2026-12-01T00:00:00Z')),
    lastScore,
    lastReview: new Date('2026-12-01T00:00:00Z'),
  },
});

describe('the level of a fresh practice scenario', () => {
  it('is introductory for a kind never practised or a point missed, hard once mastered', () => {
    expect(freshLevel({ reason: 'new-kind', changeKind: 'prompt', card: null })).toBe(
      'introductory',
    );
    expect(freshLevel(due(49))).toBe('introductory');
    expect(freshLevel(due(50))).toBe('standard');
    expect(freshLevel(due(89))).toBe('standard');
    expect(freshLevel(due(90))).toBe('hard');
  });
});
