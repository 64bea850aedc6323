import type { Judgement } from './criteria';

/** The written answer's grade, as the mock interview's grader returns it. */
export interface CommunicationGrade {
  readonly score: number;
  readonly covered: readonly string[];
  readonly missed: readonly string[];
}

const STRONG_COMMUNICATION =
  'Say what the PM owns — who goes first, what triggers a rollback, how long to hold — with concrete ' +
  'numbers, then how the canary differs from an A/B test; a definition alone says nothing you decide.';

/** Communication (mock mode): the grader's 0–100 score, with the points covered and missed. */
export function judgeCommunication(grade: CommunicationGrade): Judgement {
  const credit = Math.min(1, Math.max(0, grade.score / 100));
  const list = (ids: readonly string[]) => (ids.length > 0 ? ids.join(', ') : 'none');
  return {
    id: 'communication',
    title: 'Communication',
    criteria: [
      {
        share: 1,
        credit,
        text: `Written answer covers: ${list(grade.covered)}; misses: ${list(grade.missed)}`,
      },
    ],
    strongCounterpart: STRONG_COMMUNICATION,
  };
}
