import { has } from './match';
import { PRODUCT_MANAGER } from './narratedOwner';
import type { Sentence } from './sentences';
import type { Token } from './tokens';

/**
 * A fable's teller who says which character is the product manager and is them ("I am the old owl
 * in this story, the product manager.", "The armadillo was the product manager of a little
 * taquería, and that is me.") tells the character's decisions as the speaker's: "the owl owns who
 * gets it first, the limits, and how long we wait" reads as "I own …" (read by ownership.ts).
 */

const BEING = new Set(['am', 'was', "'m"]);
const DESCRIBING = new Set(['ADJ', 'NOUN', 'PROPN']);

export function withSpeakersCharacter(sentences: readonly Sentence[]): readonly Sentence[] {
  const named = sentences.findIndex((sentence) => characterOf(sentence.tokens) !== undefined);
  if (named < 0) return sentences;
  const character = characterOf(sentences[named]?.tokens ?? []) as string;
  return sentences.map((sentence, i) =>
    i <= named ? sentence : { ...sentence, tokens: asSpeaker(sentence.tokens, character) },
  );
}

/** The character the speaker is, in a sentence naming the product manager too; else undefined. */
function characterOf(tokens: readonly Token[]): string | undefined {
  if (!has(tokens, PRODUCT_MANAGER)) return undefined;
  // "I am the old owl …": the noun after "I am the" and its describing words.
  const said = tokens.findIndex(
    (token, at) => token.text === 'i' && BEING.has(tokens[at + 1]?.text ?? ''),
  );
  if (said >= 0 && tokens[said + 2]?.text === 'the') return nounFrom(tokens, said + 3);
  // "The armadillo was the product manager …, and that is me".
  const me = tokens.some(
    (token, at) =>
      token.text === 'that' && tokens[at + 1]?.lemma === 'be' && tokens[at + 2]?.text === 'me',
  );
  if (me && tokens[0]?.text === 'the' && tokens[2]?.lemma === 'be') return nounFrom(tokens, 1);
  return undefined;
}

/** Roles, not characters: "I am the product manager" names no one else to read as "I". */
const ROLES = new Set(['manager', 'pm', 'owner', 'lead', 'person', 'one', 'head', 'director']);

/** The last of the describing words from `at`: "old owl" names "owl". */
function nounFrom(tokens: readonly Token[], at: number): string | undefined {
  let end = at;
  while (DESCRIBING.has(tokens[end]?.pos ?? '')) end++;
  const noun = tokens[end - 1];
  if (end === at || noun === undefined || noun.pos === 'ADJ' || ROLES.has(noun.text)) {
    return undefined;
  }
  return noun.text;
}

const SPEAKER: Token = { text: 'i', lemma: 'i', kind: 'word', pos: 'PRON', negated: false };

/** "The (old) owl" read as "I", the article and describing words before it left out. */
function asSpeaker(tokens: readonly Token[], character: string): readonly Token[] {
  const at = tokens.findIndex((token) => token.text === character);
  if (at < 0) return tokens;
  let start = at;
  while (start > 0 && DESCRIBING.has(tokens[start - 1]?.pos ?? '')) start--;
  if (tokens[start - 1]?.text === 'the') start--;
  const speaker = { ...SPEAKER, negated: tokens[at]?.negated ?? false };
  return [...tokens.slice(0, start), speaker, ...tokens.slice(at + 1)];
}
