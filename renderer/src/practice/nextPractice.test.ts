import { Rating } from 'ts-fsrs';
import { describe, expect, it } from 'vitest';
import type { ChangeKind, LoadedPack, RubricDimension } from '../../../sim-engine/index';
import type { AttemptRecord } from '../platform/platform';
import { nextPractice } from './nextPractice';
import { gradeFor, practiceCards } from './practiceCards';

// Crafted histories, each with the choice the scheduler must make and why. With this app's
// FSRS settings a first review is due again after 1 day (Again), 2 (Hard), 3 (Good) or 8 (Easy).

function pack(kinds: readonly ChangeKind[]): LoadedPack {
  const scenarios = kinds.map((kind) => ({ id: `${kind}-scenario`, changeKind: kind }));
  return { id: 'lib', scenarios } as unknown as LoadedPack;
}
const library = pack(['surface', 'backend', 'infrastructure', 'model', 'prompt']);

/** An attempt saved at `savedAt` on the library's scenario of `kind`, with these shares. */
function attempt(
  kind: ChangeKind,
  savedAt: string,
  shares: Partial<Record<RubricDimension, number>>,
  extra: Partial<AttemptRecord> = {},
): AttemptRecord {
  const dimensions = Object.entries(shares).map(([id, share]) => ({
    id,
    title: id === 'rollback' ? 'Rollback readiness' : id,
    points: Math.round((share ?? 0) * 20),
    max: 20,
  }));
  const report = { packId: 'lib', scenarioId: `${kind}-scenario`, score: { dimensions } };
  return { id: `${kind}-${savedAt}`, savedAt, report, ...extra } as unknown as AttemptRecord;
}

const day = (n: number, hour = 10) => new Date(Date.UTC(2026, 10, n, hour)).toISOString(); // November 2026

describe('what to practise next', () => {
  it('grades a dimension by the share of its points: Again, Hard, Good, Easy', () => {
    expect([0, 0.45, 0.5, 0.74, 0.75, 0.89, 0.9, 1].map(gradeFor)).toEqual([
      Rating.Again,
      Rating.Again,
      Rating.Hard,
      Rating.Hard,
      Rating.Good,
      Rating.Good,
      Rating.Easy,
      Rating.Easy,
    ]);
  });

  it('is nothing before the first saved attempt', () => {
    expect(nextPractice([], [library], new Date(day(5)))).toBeNull();
  });

  it('picks the most overdue card: a failed dimension comes back first', () => {
    // Rollback 40 % → Again, due Nov 2; thresholds 60 % → Hard, Nov 3; segments 95 % → Easy, Nov 9.
    const history = [attempt('model', day(1), { rollback: 0.4, thresholds: 0.6, segments: 0.95 })];
    const choice = nextPractice(history, [library], new Date(day(5)));
    expect(choice).toMatchObject({ reason: 'due', changeKind: 'model' });
    expect(choice?.card?.dimension).toBe('rollback');
    expect(choice?.card?.card.due.toISOString()).toBe(day(2));
    expect(choice?.card?.lastScore).toBe(40);
  });

  it('breaks a tie in due date by the weaker last score', () => {
    const history = [attempt('backend', day(1), { thresholds: 0.3, rollback: 0.1 })];
    const choice = nextPractice(history, [library], new Date(day(4)));
    expect(choice?.card).toMatchObject({ dimension: 'rollback', lastScore: 10 });
  });

  it('lets a good second attempt push a card out, so the next overdue one leads', () => {
    const history = [
      attempt('model', day(1), { rollback: 0.4, thresholds: 0.6 }),
      attempt('model', day(2), { rollback: 1, thresholds: 0.6 }),
    ];
    const cards = practiceCards(history, [library]);
    const rollback = cards.find((card) => card.dimension === 'rollback');
    expect(rollback?.card.reps).toBe(2);
    // Again then Easy: due 4 days after the second attempt, instead of the next day.
    expect(rollback?.card.due.toISOString()).toBe(day(6));
    const choice = nextPractice(history, [library], new Date(day(6)));
    expect(choice?.card?.dimension).toBe('thresholds');
    expect(choice!.card!.card.due.getTime()).toBeLessThan(new Date(day(6)).getTime());
  });

  it('offers a kind of change never practised when nothing is due', () => {
    const history = [attempt('surface', day(1), { segments: 1, rollback: 1 })];
    expect(nextPractice(history, [library], new Date(day(3)))).toEqual({
      reason: 'new-kind',
      changeKind: 'backend',
      card: null,
    });
  });

  it('falls back to the weakest card when nothing is due and every kind was tried', () => {
    const small = pack(['surface', 'model']);
    const history = [
      attempt('surface', day(1), { segments: 1, rollback: 0.95 }),
      attempt('model', day(1), { rollback: 0.8, segments: 0.9 }),
    ];
    const choice = nextPractice(history, [small], new Date(day(2)));
    expect(choice).toMatchObject({ reason: 'weakest', changeKind: 'model' });
    expect(choice?.card).toMatchObject({ dimension: 'rollback', lastScore: 80 });
  });

  it('places a generated scenario by the change kind kept on its record', () => {
    const generated = attempt('prompt', day(1), { 'model-guard': 0.2 }, { changeKind: 'prompt' });
    const elsewhere = {
      ...generated,
      report: { ...generated.report, packId: 'daily-challenge-2026-11-01' },
    };
    const lost = { ...elsewhere, id: 'lost', changeKind: undefined } as unknown as AttemptRecord;
    const cards = practiceCards([elsewhere, lost], [library]);
    expect(cards).toHaveLength(1);
    expect(cards[0]).toMatchObject({ changeKind: 'prompt', dimension: 'model-guard' });
  });

  it('skips a dimension with no points to earn', () => {
    const history = [attempt('surface', day(1), { rollback: 0.5 })];
    const withEmpty = {
      ...history[0],
      report: {
        ...history[0]!.report,
        score: { dimensions: [{ id: 'communication', title: 'c', points: 0, max: 0 }] },
      },
    } as unknown as AttemptRecord;
    expect(practiceCards([withEmpty], [library])).toEqual([]);
  });
});
