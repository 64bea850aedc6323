import { has, hasAny } from './match';
import type { Sentence } from './sentences';
import type { Token } from './tokens';
import { isDuration } from './tokens';
import { BUSINESS, ERRORS, LATENCY, ROLLBACK } from './vocabulary';

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

/** Entries holding a length of their own, of the labelled entries in a run of three or more. */
const MIN_HELD_OF_RUN = 2;
/** Words that give an entry's length to its stage: "held for ten rush hours", "another two days". */
const HOLDING_CUES = new Set(['for', 'another', 'held', 'hold', 'holds']);

/**
 * "First stop: our own staff, 5 %, held for ten rush hours": the entry's own length. A limit's
 * window is no hold ("Errors: above 1 % for five minutes").
 */
function holdsOwnLength(tokens: readonly Token[]): boolean {
  if (hasAny(tokens, ERRORS) || hasAny(tokens, LATENCY) || hasAny(tokens, BUSINESS)) return false;
  return tokens.some(
    (token, i) =>
      isDuration(token.unit) && !token.negated && HOLDING_CUES.has(tokens[i - 1]?.text ?? ''),
  );
}

/**
 * The entries followed by their length, when there are enough of them to be the stages; or, in a
 * run of three labelled entries or more, the two or more that hold a length of their own.
 */
export function labelledStagesHeld(
  sentences: readonly Sentence[],
  lengthNote: (sentence: Sentence) => boolean,
): Sentence[] {
  const entries = sentences.filter((sentence, i) => {
    const next = sentences[i + 1];
    return labelledEntry(sentence.tokens) && next !== undefined && lengthNote(next);
  });
  if (entries.length >= MIN_LABELLED_STAGES) return entries;
  const run = longestLabelledRun(sentences);
  const held = run.filter((sentence) => holdsOwnLength(sentence.tokens));
  return run.length >= MIN_LABELLED_STAGES && held.length >= MIN_HELD_OF_RUN ? held : [];
}

/**
 * The longest run of sentences that open on a label, one aside allowed between two of them
 * ("First stop: our own staff … They'll tell us straight. The interchange: …").
 */
function longestLabelledRun(sentences: readonly Sentence[]): Sentence[] {
  let longest: Sentence[] = [];
  let run: Sentence[] = [];
  let aside = false;
  for (const sentence of sentences) {
    if (labelledEntry(sentence.tokens)) [run, aside] = [[...run, sentence], false];
    else [run, aside] = aside ? [[], false] : [run, run.length > 0];
    if (run.length > longest.length) longest = run;
  }
  return longest;
}
