import type { Criterion, Judgement } from './criteria';

/** The written answer's grade, as the mock interview's grader returns it. */
export interface CommunicationGrade {
  readonly score: number;
  readonly covered: readonly string[];
  readonly missed: readonly string[];
}

const STRONG_COMMUNICATION =
  'Say what the PM owns — who goes first, what triggers a rollback, how long to hold — with concrete ' +
  'numbers, then how the canary differs from an A/B test; a definition alone says nothing you decide.';

const list = (ids: readonly string[]) => ids.join(', ');

/** The sentence behind the points: it never says "misses: none" while points are lost. */
function gradeText(grade: CommunicationGrade, credit: number): string {
  const score = Math.round(credit * 100);
  const covered =
    grade.covered.length > 0
      ? `covers ${list(grade.covered)}`
      : 'covers none of the strong answer’s points';
  if (grade.missed.length > 0)
    return `Written answer scored ${score}/100: ${covered}; misses ${list(grade.missed)}`;
  if (credit >= 1) return `Written answer scored ${score}/100: ${covered}`;
  // Every point named, yet points lost: some only in passing, without numbers, or capped.
  return `Written answer scored ${score}/100: ${covered}, but some only in part (a point named without its numbers or reasons earns part of its credit)`;
}

/** Communication (mock mode): the grader's 0–100 score, with the points covered and missed. */
export function judgeCommunication(grade: CommunicationGrade): Judgement {
  const credit = Math.min(1, Math.max(0, grade.score / 100));
  const criterion: Criterion = { share: 1, credit, text: gradeText(grade, credit) };
  return {
    id: 'communication',
    title: 'Communication',
    criteria: [criterion],
    strongCounterpart: STRONG_COMMUNICATION,
  };
}
