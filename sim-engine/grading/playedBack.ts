import { has, lexicon } from './match';
import type { Sentence } from './sentences';
import { hasSpeaker } from './speaker';
import type { Token } from './tokens';

/**
 * The listener's own process told back to them before answering: "Let me play back what you told
 * me about how your team ships … Your PMs own the order … You step 1, 5, 25 … Have I got that
 * right?". The sentences in the second person between the playback's opening (or before its
 * closing check) are the listener's plan, however complete; the speaker's answer starts after it.
 */

/** "Let me play back what you told me", "to repeat back what you said". */
const PLAYBACK_OPENS = lexicon(
  'play back what you | playing back what you | repeat back what you | read back what you',
);
/** "Have I got that right?", "Is that right?": the speaker asks the listener to confirm it. */
const CONFIRMS = lexicon(
  'got that right | get that right | got it right | get it right | is that right | ' +
    'is that correct | am i right | understood that right | understood it right',
);
const LISTENER = new Set(['you', 'your', 'yours']);

/** Told of the listener and not the speaker: "Your on-call can flip it back". */
function toldOfListener(tokens: readonly Token[]): boolean {
  return tokens.some((token) => LISTENER.has(token.text)) && !hasSpeaker(tokens);
}

function asksToConfirm(tokens: readonly Token[]): boolean {
  return tokens.at(-1)?.text === '?' && has(tokens, CONFIRMS);
}

/** Sentence index → the sentence that opened or closed the playback it belongs to. */
export function playedBackToListener(sentences: readonly Sentence[]): Map<number, number> {
  const found = new Map<number, number>();
  sentences.forEach((sentence, at) => {
    if (has(sentence.tokens, PLAYBACK_OPENS)) {
      for (let i = at + 1; toldOfListener(sentences[i]?.tokens ?? []); i++) found.set(i, at);
    }
    if (asksToConfirm(sentence.tokens)) {
      for (let i = at - 1; toldOfListener(sentences[i]?.tokens ?? []); i--) found.set(i, at);
    }
  });
  return found;
}
