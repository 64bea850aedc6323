import type { Sentence } from './sentences';

/**
 * What the commitment reading (commitment.ts) decides for each sentence, and how it is used: the
 * frame a sentence was not credited under, the answer as the detectors read it, and one notice per
 * frame quoting the sentence that set it.
 */

export type Frame =
  | 'ideal'
  | 'glossary'
  | 'values'
  | 'past-job'
  | 'imagined'
  | 'others-story'
  | 'others-view'
  | 'rubric'
  | 'template'
  | 'hedge'
  | 'question'
  | 'others-plan'
  | 'narrated'
  | 'unowned'
  | 'other-change'
  | 'dropped'
  | 'taken-back'
  | 'undecided'
  | 'handed-over'
  | 'analogy'
  | 'risk';

/** Why a sentence earned nothing, in the words the candidate reads. */
export const NOT_CREDITED: Readonly<Record<Frame, string>> = {
  ideal: 'framed as an ideal or a hypothetical, never committed to for this change',
  'past-job': "told as a past job's plan, never adopted for this change",
  imagined: 'told as a failure imagined ahead (a pre-mortem), not as your plan for this change',
  'others-story': "told as someone else's plan for another product, never adopted for this change",
  'others-view': "reported as someone else's view, never adopted as yours",
  rubric: 'recites what a good answer contains, not what you will do',
  glossary: 'defines terms with examples, never says what you will do',
  values: 'states values, not what you will do',
  template: 'a template with blanks to fill in, not a plan',
  hedge: 'hedged ("maybe", "it depends") and never settled into a decision',
  question: 'asked as a question and never answered',
  'others-plan':
    "told as someone else's plan or a story of what others did, never taken up as yours",
  narrated:
    'told in another voice (a source, a person, general practice), never adopted as your plan for this change',
  unowned:
    'nowhere do you take this plan on as yours: you appear only to relay, tell or distance yourself from it',
  'other-change': 'planned for another change or another time, not the release asked about',
  dropped: 'the plan before this sentence, withdrawn by it',
  'taken-back': 'the sentence just before this one, taken back by it',
  undecided: 'recorded as still open or as what others want, never decided',
  'handed-over': 'left to someone else to decide when the time comes, not decided by you',
  analogy: 'told as an analogy about something else, never brought back to this release',
  risk: 'names a risk, answered by the guard after it; the guard is what counts',
};

export interface Uncommitted {
  readonly frame: Frame;
  /** The sentence that set the frame (or withdrew the plan), quoted in the feedback. */
  readonly setBy: number;
  /** Words from here on are the speaker's own ("Ideally a week, but we'll hold 12 h"). */
  readonly keepFrom: number;
  /** Words before this are the speaker's own ("Staff go first; I learned that at my last job"). */
  readonly cutFrom?: number;
}

/** The answer as the detectors read it: what the speaker does not commit to is left out. */
export function committedOnly(
  sentences: readonly Sentence[],
  uncommitted: ReadonlyMap<number, Uncommitted>,
): Sentence[] {
  if (uncommitted.size === 0) return [...sentences];
  return sentences.map((sentence) => {
    const why = uncommitted.get(sentence.index);
    if (why === undefined) return sentence;
    const cut = why.cutFrom ?? 0;
    if (why.keepFrom > 0 || cut > 0) {
      const after = why.keepFrom > cut ? sentence.tokens.slice(why.keepFrom) : [];
      return { ...sentence, tokens: [...sentence.tokens.slice(0, cut), ...after] };
    }
    return { ...sentence, tokens: [], isClause: false, words: 0, relations: 0, functionWords: 0 };
  });
}

const QUOTE_CHARS = 140;

/** One line per frame: why its plan earned nothing, quoting the sentence that set it. */
export function commitmentNotices(
  sentences: readonly Sentence[],
  uncommitted: ReadonlyMap<number, Uncommitted>,
): string[] {
  const seen = new Set<string>();
  const notices: string[] = [];
  uncommitted.forEach(({ frame, setBy }) => {
    const key = `${frame}:${setBy}`;
    // A risk answered by its guard is how the plan is told, not a fault worth a notice.
    if (frame === 'risk' || seen.has(key)) return;
    seen.add(key);
    const text = sentences[setBy]?.text ?? '';
    const quote = text.length <= QUOTE_CHARS ? text : `${text.slice(0, QUOTE_CHARS - 1)}…`;
    notices.push(`Not credited: ${NOT_CREDITED[frame]} — “${quote}”`);
  });
  return notices;
}
