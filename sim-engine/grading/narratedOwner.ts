import { has, lexicon } from './match';
import type { Sentence } from './sentences';
import type { Token } from './tokens';

/**
 * An answer told of the product manager in the third person ("And here, as the sun sets, the
 * product manager begins …", then "She owns the order, the limits and the holds", "The order,
 * the limits and the holds are hers") gives her the decisions as "I" and "mine" would (read by
 * ownership.ts). Only where the answer never speaks as "I" but in a joint act ("… and I both
 * …"): with a speaker of its own, "she" is someone else.
 */

/** The product manager named as a role: read by speakersCharacter.ts too. */
export const PRODUCT_MANAGER = lexicon(
  'the product manager | our product manager | the pm | our pm',
);
/** The product manager's pronouns, read as the speaker's. "His" only standing alone ("are his"). */
const AS_SPEAKER: Readonly<Record<string, string>> = { she: 'i', he: 'i', hers: 'mine', her: 'my' };

export function narratedAsSpeaker(sentences: readonly Sentence[]): readonly Sentence[] {
  if (sentences.some((sentence) => speaksAsI(sentence.tokens))) return sentences;
  const named = sentences.findIndex((sentence) => has(sentence.tokens, PRODUCT_MANAGER));
  if (named < 0) return sentences;
  return sentences.map((sentence, i) =>
    i <= named ? sentence : { ...sentence, tokens: sentence.tokens.map(asSpeaker) },
  );
}

/**
 * "I" as a subject of its own. "The head astronomer and I both look through the eyepiece", a
 * joint act's formula, is said in the first person by a narrator who otherwise tells of "her".
 */
function speaksAsI(tokens: readonly Token[]): boolean {
  return tokens.some((token, at) => token.text === 'i' && tokens[at - 1]?.text !== 'and');
}

function asSpeaker(token: Token, at: number, tokens: readonly Token[]): Token {
  const standing = token.text === 'his' && tokens[at + 1]?.kind !== 'word';
  const text = standing ? 'mine' : AS_SPEAKER[token.text];
  return text === undefined ? token : { ...token, text, lemma: text };
}
