import type { ChangeKind, LoadedPack } from '../../../sim-engine/index';
import type { AttemptRecord } from '../platform/platform';
import type { PracticeCard } from './practiceCards';
import { practiceCards } from './practiceCards';

/**
 * What to practise next, and why:
 * 1. `due` — the most overdue card (ties go to the weaker last score);
 * 2. `new-kind` — nothing is due, and the library has a kind of change never practised;
 * 3. `weakest` — nothing is due: the card with the weakest last score (ties: due soonest).
 */
export type PracticeChoice =
  | {
      readonly reason: 'due' | 'weakest';
      readonly changeKind: ChangeKind;
      readonly card: PracticeCard;
    }
  | { readonly reason: 'new-kind'; readonly changeKind: ChangeKind; readonly card: null };

const byDueThenWeakest = (a: PracticeCard, b: PracticeCard) =>
  a.card.due.getTime() - b.card.due.getTime() || a.lastScore - b.lastScore;

const byWeakestThenDue = (a: PracticeCard, b: PracticeCard) =>
  a.lastScore - b.lastScore || a.card.due.getTime() - b.card.due.getTime();

/** The library's change kinds, in library order, once each. */
function libraryKinds(packs: readonly LoadedPack[]): ChangeKind[] {
  return [...new Set(packs.flatMap((pack) => pack.scenarios.map((s) => s.changeKind)))];
}

/** The scheduler's choice at `now`; null when there is no history to schedule from. */
export function nextPractice(
  attempts: readonly AttemptRecord[],
  packs: readonly LoadedPack[],
  now: Date,
): PracticeChoice | null {
  const cards = practiceCards(attempts, packs);
  if (cards.length === 0) return null;
  const [mostOverdue] = cards
    .filter((card) => card.card.due.getTime() <= now.getTime())
    .sort(byDueThenWeakest);
  if (mostOverdue) return { reason: 'due', changeKind: mostOverdue.changeKind, card: mostOverdue };
  const practised = new Set(cards.map((card) => card.changeKind));
  const untried = libraryKinds(packs).find((kind) => !practised.has(kind));
  if (untried) return { reason: 'new-kind', changeKind: untried, card: null };
  const [weakest] = [...cards].sort(byWeakestThenDue);
  return weakest ? { reason: 'weakest', changeKind: weakest.changeKind, card: weakest } : null;
}
