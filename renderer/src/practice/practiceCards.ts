import { createEmptyCard, fsrs, Rating } from 'ts-fsrs';
import type { Card, Grade } from 'ts-fsrs';
import type { ChangeKind, LoadedPack, RubricDimension } from '../../../sim-engine/index';
import type { AttemptRecord } from '../platform/platform';

// Spaced practice over (change kind × rubric dimension), scheduled by FSRS (ts-fsrs), the
// maintained scheduler Anki uses, rather than intervals we made up. Each saved attempt is one
// review of every card of its scenario's change kind: the grade comes from how much of the
// dimension's points the attempt earned.

/** One thing to practise: a dimension of the rubric on one kind of change. */
export interface PracticeCard {
  readonly changeKind: ChangeKind;
  readonly dimension: RubricDimension;
  /** The dimension's title as the rubric last named it. */
  readonly title: string;
  readonly card: Card;
  /** The share of the dimension's points the last attempt earned, 0–100. */
  readonly lastScore: number;
  readonly lastReview: Date;
}

/**
 * The grade of a review from the share of a dimension's points earned. The cut-offs follow the
 * rubric's own reading of a share (under half is missing the point; three quarters is the
 * strong band's line): under 50 % Again, under 75 % Hard, under 90 % Good, else Easy.
 */
export function gradeFor(share: number): Grade {
  if (share < 0.5) return Rating.Again;
  if (share < 0.75) return Rating.Hard;
  if (share < 0.9) return Rating.Good;
  return Rating.Easy;
}

/** No fuzz (the same history always gives the same plan) and whole days (no minute steps). */
const scheduler = fsrs({ enable_fuzz: false, enable_short_term: false });

/** The change kind of an attempt: kept on the record, else found in the library. */
export function changeKindOf(
  record: AttemptRecord,
  packs: readonly LoadedPack[],
): ChangeKind | undefined {
  if (record.changeKind) return record.changeKind;
  const { packId, scenarioId } = record.report;
  return packs
    .find((pack) => pack.id === packId)
    ?.scenarios.find((scenario) => scenario.id === scenarioId)?.changeKind;
}

const cardKey = (kind: ChangeKind, dimension: RubricDimension) => `${kind}/${dimension}`;

/**
 * Every card the history has reviewed, each replayed through its reviews in the order the
 * attempts were saved. Dimensions an attempt could not earn (no points available) are skipped.
 */
export function practiceCards(
  attempts: readonly AttemptRecord[],
  packs: readonly LoadedPack[],
): PracticeCard[] {
  const cards = new Map<string, PracticeCard>();
  const inOrder = [...attempts].sort((a, b) => a.savedAt.localeCompare(b.savedAt));
  for (const record of inOrder) {
    const kind = changeKindOf(record, packs);
    const reviewed = new Date(record.savedAt);
    if (!kind || Number.isNaN(reviewed.getTime())) continue;
    for (const dimension of record.report.score.dimensions) {
      if (dimension.max <= 0) continue;
      const key = cardKey(kind, dimension.id);
      const share = dimension.points / dimension.max;
      const before: Card = cards.get(key)?.card ?? createEmptyCard<Card>(reviewed);
      const { card } = scheduler.next(before, reviewed, gradeFor(share));
      cards.set(key, {
        changeKind: kind,
        dimension: dimension.id,
        title: dimension.title,
        card,
        lastScore: Math.round(share * 100),
        lastReview: reviewed,
      });
    }
  }
  return [...cards.values()];
}
