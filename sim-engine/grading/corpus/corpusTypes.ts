import type { AnswerPointId } from '../points';

/**
 * The grader's labelled corpus: answers written by hand in many voices, each labelled by hand
 * with the points a strict interviewer would say it covers, before the grader was tuned on it.
 *
 * The held-out split is a rule fixed before any tuning, never changed afterwards:
 * an answer is held out when its number (the digits of its id) is ≡ 3 (mod 5).
 * Answers are written in blocks by class, so the rule takes about a fifth of every class.
 * Tuning may only look at the training answers' results; the held-out figures are reported as
 * they come out.
 */

export type AnswerClass =
  'strong' | 'middling' | 'weak' | 'salad' | 'negated' | 'misconception' | 'off-topic';

export interface LabelledAnswer {
  /** `c001`…: the number decides the split. */
  readonly id: string;
  /** Graded against the fixture model scenario or its backend-service twin. */
  readonly scenario: 'service' | 'model';
  readonly class: AnswerClass;
  /** The points it covers, labelled by hand (model-metrics only counts on the model scenario). */
  readonly points: readonly AnswerPointId[];
  readonly text: string;
}

/** The split rule written down before tuning: held out when the id's number is ≡ 3 (mod 5). */
export function isHeldOut(answer: Pick<LabelledAnswer, 'id'>): boolean {
  return Number(answer.id.replace(/\D/g, '')) % 5 === 3;
}
