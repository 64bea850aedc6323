import type { Sentence } from './sentences';

/**
 * "We use a canary. We use rollback thresholds. We use holds of 24 h. …": one subject and verb
 * opening sentence after short sentence, each naming one thing, is a list said as sentences. Those
 * sentences are read as list items: they name their terms and state nothing, so an answer made of
 * them is an answer of notes (answerChecks.ts).
 */

/** A sentence this short says one thing after its frame. */
const SHORT_WORDS = 8;
/** An item on a frame already set may run to this many words. */
const ITEM_WORDS = 12;
/** This many short sentences on one frame make a list. */
const FRAME_REPEATS = 5;

export function withRepeatedFramesAsLists(sentences: readonly Sentence[]): Sentence[] {
  const counts = new Map<string, number>();
  // Once the short sentences set the frame, an item a little longer on it is one of them too.
  const frames = sentences.map((sentence) => frameOf(sentence, ITEM_WORDS));
  for (const [i, frame] of frames.entries()) {
    if (frame !== null && frameOf(sentences[i] as Sentence, SHORT_WORDS) !== null) {
      counts.set(frame, (counts.get(frame) ?? 0) + 1);
    }
  }
  if (![...counts.values()].some((count) => count >= FRAME_REPEATS)) return [...sentences];
  return sentences.map((sentence, i) => {
    const frame = frames[i] ?? null;
    const listed = frame !== null && (counts.get(frame) ?? 0) >= FRAME_REPEATS;
    return listed ? { ...sentence, isClause: false } : sentence;
  });
}

/** "we use", "i watch": the opening pronoun and verb, by lemma, of a sentence this short. */
function frameOf(sentence: Sentence, longest: number): string | null {
  const words = sentence.tokens.filter((token) => token.kind === 'word');
  if (words.length > longest) return null;
  const [subject, verb] = words;
  if (subject?.pos !== 'PRON' || verb?.pos !== 'VERB') return null;
  return `${subject.text} ${verb.lemma}`;
}
