import type { Findings } from './findings';
import type { AnswerPoint, AnswerPointId } from './points';
import { NAMED_CREDIT } from './points';
import type { Sentence } from './sentences';

/**
 * A judgement about the whole answer, not a phrasing: a misconception halves an answer only when
 * nothing else in it says the point's right view. An answer that says both contradicts itself;
 * the interviewer asks which it means, so the sentence is quoted as a contradiction to resolve
 * and the point is withheld, but the answer is not treated as built on the misconception.
 */

/**
 * The right view said plainly: named in a statement and at least half its detail weight (which
 * is 0.5 for every point). A bare "enterprise accounts go last" beside "new customers first" is
 * one piece of an order, not the right view set against the misconception.
 */
const PLAIN_CREDIT = NAMED_CREDIT + 0.25;

/** The point's detector, run again on a changed reading of the answer. */
export type PointDetector = (sentences: readonly Sentence[]) => Findings;

/**
 * True when the point's own detector covers it from sentences other than the misconception's:
 * that sentence is left out (not kept as a fragment, which an order laid out in notes still
 * reads), and the rest must state no misconception and earn the point plainly (PLAIN_CREDIT).
 */
export function rightViewElsewhere(
  findings: Findings,
  sentences: readonly Sentence[],
  detect: PointDetector,
  credit: (findings: Findings) => number,
): boolean {
  const at = findings.misconception;
  if (at === null) return false;
  const rest = detect(sentences.filter((s) => s.index !== at));
  return rest.misconception === null && credit(rest) >= PLAIN_CREDIT;
}

/** The notice that quotes a contradicted misconception, so the candidate can resolve it. */
function contradictionNotice(point: AnswerPoint, sentence: string): string {
  return (
    `On "${point.label}" the answer says both ways: "${sentence}" contradicts what it says ` +
    `elsewhere. An interviewer would ask which you mean, so the point is not credited until ` +
    `you resolve it. ${point.misconceptionTip}`
  );
}

/** A notice for each contradicted point, quoting its misconception's sentence. */
export function contradictionNotices(
  points: readonly AnswerPoint[],
  found: readonly Findings[],
  sentences: readonly Sentence[],
  contradicted: ReadonlySet<AnswerPointId>,
): string[] {
  return points.flatMap((point, i) => {
    const at = found[i]?.misconception ?? null;
    const text = at === null ? undefined : sentences[at]?.text;
    return contradicted.has(point.id) && text !== undefined
      ? [contradictionNotice(point, text)]
      : [];
  });
}
