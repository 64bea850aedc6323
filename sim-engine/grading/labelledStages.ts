import { has } from './match';
import type { Sentence } from './sentences';
import type { Token } from './tokens';
import { ROLLBACK } from './vocabulary';

/**
 * Stages given names of the speaker's own, each an entry and then its length: "Soundcheck: staff.
 * Two sleeps. Support act: the early-access users. Two sleeps. Headliner: …". A label opening the
 * entry ("Soundcheck:") names a stage when three entries or more in a row are each followed by a
 * note of a length alone; one label and a length ("Rollback: on-call. Five minutes.") is not a
 * ramp.
 */

/** Entries of this many in an answer make its labels the ramp's stages. */
const MIN_LABELLED_STAGES = 3;
/** A label this short: "Soundcheck", "Support act", "Final green". */
const LABEL_WORDS = 3;

/** "Support act: opted-in early-access users": a short label of words, a colon, then a group. */
function labelledEntry(tokens: readonly Token[]): boolean {
  const colon = tokens.findIndex((token) => token.text === ':');
  if (colon < 1 || colon > LABEL_WORDS || colon === tokens.length - 1) return false;
  const label = tokens.slice(0, colon);
  return label.every((token) => token.kind === 'word') && !has(tokens, ROLLBACK);
}

/** The entries followed by their length, when there are enough of them to be the stages. */
export function labelledStagesHeld(
  sentences: readonly Sentence[],
  lengthNote: (sentence: Sentence) => boolean,
): Sentence[] {
  const entries = sentences.filter((sentence, i) => {
    const next = sentences[i + 1];
    return labelledEntry(sentence.tokens) && next !== undefined && lengthNote(next);
  });
  return entries.length >= MIN_LABELLED_STAGES ? entries : [];
}
