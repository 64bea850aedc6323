import type { Uncommitted } from './commitmentResult';
import type { Sentence } from './sentences';
import { SPEAKER_WORDS } from './speaker';
import type { Token } from './tokens';

/**
 * Sentences the speaker withdraws (read by commitment.ts): everything before "but honestly we'd
 * skip all that", the one sentence before "Scratch that story, …", and what is recited before a
 * colon and then disowned in the same sentence.
 */

/** Where the speaker's own clause starts after a colon that ends what they then disown; or 0. */
export function recitedBeforeColon(tokens: readonly Token[]): number {
  const colon = tokens.findIndex((token) => token.text === ':');
  const speaker = tokens.findIndex((token) => SPEAKER_WORDS.has(token.text));
  return colon > 0 && speaker > colon ? colon + 1 : 0;
}

/** "But honestly we'd skip all that": every earlier sentence is withdrawn. */
export function dropEverythingBefore(
  sentences: readonly Sentence[],
  at: number,
  found: Map<number, Uncommitted>,
): void {
  for (let before = 0; before < at; before++) withdraw(sentences, before, 'dropped', at, found);
}

/** "The first spoon was 1 % for an afternoon. Scratch that story, …": the sentence before, withdrawn. */
export function takeBackThePieceBefore(
  sentences: readonly Sentence[],
  at: number,
  found: Map<number, Uncommitted>,
): void {
  withdraw(sentences, at - 1, 'taken-back', at, found);
}

/** Marks one sentence withdrawn by the one at `at`, unless it is already read otherwise. */
function withdraw(
  sentences: readonly Sentence[],
  before: number,
  frame: 'dropped' | 'taken-back',
  at: number,
  found: Map<number, Uncommitted>,
): void {
  // A sentence already read as turned down (a recited plan refused) stays as it is read.
  const turnedDown = sentences[before]?.tokens.every((token) => token.negated) ?? true;
  if (!found.has(before) && !turnedDown) found.set(before, { frame, setBy: at, keepFrom: 0 });
}
