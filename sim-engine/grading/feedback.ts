import type { Findings } from './findings';
import type { AnswerPoint, AnswerPointId } from './points';
import type { Sentence } from './sentences';

/** Feedback a candidate can use: each sentence with what it earned or the misconception it raised. */

/** One sentence of the answer as graded. */
export interface SentenceFeedback {
  readonly index: number;
  /** As the candidate wrote it. */
  readonly text: string;
  /** The points this sentence earned, among those the answer covers. */
  readonly points: AnswerPointId[];
  /**
   * Points this sentence counted towards that the whole answer still misses (too little credit,
   * or an answer mostly of notes): shown as partial, never as earned.
   */
  readonly towards: AnswerPointId[];
  /** The point whose misconception this sentence states, if any. */
  readonly misconception: AnswerPointId | null;
  /**
   * False for a list of nouns, keyword salad or a repeat of an earlier sentence: such a sentence
   * earns nothing, whatever words it holds.
   */
  readonly statement: boolean;
}

/** A misconception the answer states, quoted. */
export interface MisconceptionFound {
  readonly point: AnswerPointId;
  readonly sentence: string;
  /** Why it is wrong, in one line. */
  readonly tip: string;
}

/** The sentences that earned a point: the ones that named it in a statement or gave a detail. */
export function earningSentences(findings: Findings): number[] {
  if (findings.misconception !== null) return [];
  const at = new Set<number>(findings.clauseMentions);
  findings.details.forEach((sentence) => at.add(sentence));
  return [...at].sort((a, b) => a - b);
}

/**
 * Every sentence, marked with the points it earned and any misconception it raised. A sentence
 * counts as earning a point only when the answer covers that point; otherwise it is marked as
 * counting towards it, so the sentence marks never contradict the list of missed points.
 */
export function sentenceFeedback(
  sentences: readonly Sentence[],
  points: readonly AnswerPoint[],
  found: readonly Findings[],
  covered: ReadonlySet<string>,
): SentenceFeedback[] {
  const earned = new Map<number, AnswerPointId[]>();
  const misled = new Map<number, AnswerPointId>();
  points.forEach((point, i) => {
    const findings = found[i];
    if (findings === undefined) return;
    if (findings.misconception !== null) misled.set(findings.misconception, point.id);
    for (const at of earningSentences(findings))
      earned.set(at, [...(earned.get(at) ?? []), point.id]);
  });
  return sentences.map((sentence) => {
    const named = earned.get(sentence.index) ?? [];
    return {
      index: sentence.index,
      text: sentence.text,
      points: named.filter((id) => covered.has(id)),
      towards: named.filter((id) => !covered.has(id)),
      misconception: misled.get(sentence.index) ?? null,
      statement: sentence.isClause,
    };
  });
}

/** The misconceptions stated, each quoted with its sentence. */
export function misconceptionsFound(
  sentences: readonly Sentence[],
  points: readonly AnswerPoint[],
  found: readonly Findings[],
): MisconceptionFound[] {
  const result: MisconceptionFound[] = [];
  points.forEach((point, i) => {
    const at = found[i]?.misconception ?? null;
    const sentence = at === null ? undefined : sentences[at];
    if (sentence !== undefined) {
      result.push({ point: point.id, sentence: sentence.text, tip: point.misconceptionTip });
    }
  });
  return result;
}
