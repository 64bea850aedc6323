import { toldInPast } from './commitmentTurns';
import type { Sentence } from './sentences';
import type { Token } from './tokens';

/**
 * "Random users put our biggest customer in the first 10 %. This time it's our own workspaces,
 * then …": a sentence answered by one that opens on "this time" tells of the other time, the
 * release the speaker learnt from, not of this plan. Read by commitment.ts as a past job's plan;
 * a sentence of now ("The on-call engineer turns the flag back. This time, …") keeps its own voice.
 */

/** Words that may open the contrast before "this time": "So this time", "And this time round". */
const OPENERS = new Set(['so', 'and', 'but', 'now', ',']);

function opensOnThisTime(tokens: readonly Token[]): boolean {
  let at = 0;
  while (at < 2 && OPENERS.has(tokens[at]?.text ?? '')) at++;
  return tokens[at]?.text === 'this' && tokens[at + 1]?.text === 'time';
}

/** Verbs and auxiliaries of the present or the future: the sentence speaks of now. */
const PRESENT = new Set([
  'is',
  'are',
  'am',
  'do',
  'does',
  'has',
  'have',
  'can',
  'will',
  'would',
  'shall',
  'should',
  'must',
  'may',
  'might',
  'wo',
  "'ll",
]);

/**
 * Whether the sentence speaks of now: told in the past it does not; otherwise a present or future
 * auxiliary, the speaker as "I" or "we", or a verb in -s ("the on-call engineer turns the flag
 * back") says it does. "Random users put our biggest customer in the first 10 %" has none.
 */
function speaksOfNow(tokens: readonly Token[]): boolean {
  if (toldInPast(tokens)) return false;
  return tokens.some(
    (token) =>
      PRESENT.has(token.text) ||
      SPEAKERS.has(token.text) ||
      (token.pos === 'VERB' && token.text !== token.lemma && /[^s]s$/.test(token.text)),
  );
}

/** The speaker, not in the past, speaks of now: "We send a random 10 % first. This time …". */
const SPEAKERS = new Set(['i', 'we']);

/** Sentence index → itself, for each sentence told of the other time (the frame's notice quotes it). */
export function toldOfLastTime(sentences: readonly Sentence[]): Map<number, number> {
  const found = new Map<number, number>();
  sentences.forEach((sentence, i) => {
    const next = sentences[i + 1]?.tokens ?? [];
    if (!opensOnThisTime(next) || sentence.tokens.at(-1)?.text === '?') return;
    if (!speaksOfNow(sentence.tokens)) found.set(i, i);
  });
  return found;
}
