import type { Token } from './tokens';

/** Assent in one word: nouns a sign-off gives, quoted replies that give one (read by signOff.ts). */

/**
 * Nouns of assent: "a written yes", "a recorded go from both of us", "their ok", "both said aye in
 * the release channel". Not the thumbs-up emoji: users give it to replies.
 */
export const ASSENT: ReadonlySet<string> = new Set([
  'yes',
  'aye',
  'go',
  'ok',
  'okay',
  'nod',
  'blessing',
]);

/** Verbs of answering in writing or aloud: "I reply "go"", "the lead writes "advance"". */
const REPLYING = new Set([
  'reply',
  'replies',
  'replied',
  'write',
  'writes',
  'wrote',
  'type',
  'types',
  'post',
  'posts',
]);
/** A word that, quoted as the whole reply, gives assent: "go", "green", "advance", "approved". */
const QUOTED_ASSENT = new Set([...ASSENT, 'green', 'advance', 'approved', 'ship']);
/** Marks that open a quotation, and those that close one ('"' and "'" do both). */
export const OPENS_QUOTE: ReadonlySet<string> = new Set(['"', '“', "'", '‘']);
const CLOSES_QUOTE = new Set(['"', '”', "'", '’']);
const QUOTE_MARKS = new Set([...OPENS_QUOTE, ...CLOSES_QUOTE]);

/**
 * "The eng lead posts the numbers, the pricing lead replies "green", and I write "advance"": a
 * one-word assent in quotation marks, given as a reply, is the approval; the quotation is the
 * whole reply ("replies "green" when …" does not say what is green).
 */
export function quotedReply(tokens: readonly Token[], i: number): boolean {
  const word = tokens[i] as Token;
  if (!QUOTED_ASSENT.has(word.text) || word.negated) return false;
  if (!QUOTE_MARKS.has(tokens[i - 1]?.text ?? '') || !QUOTE_MARKS.has(tokens[i + 1]?.text ?? '')) {
    return false;
  }
  const verb = tokens[i - 2];
  return verb !== undefined && (REPLYING.has(verb.text) || REPLYING.has(verb.lemma));
}

/** Words an assent may run on with inside its quotation: "go on, then", "yes, go ahead". */
const ASSENT_TAILS = new Set(['on', 'then', 'ahead', ',', '!', 'go']);
const TAIL_WORDS = 4;

/** The quotation holds the assent and nothing else: "go on, then", not "go slower". */
export function quotedWhole(tokens: readonly Token[], assent: number): boolean {
  for (let at = assent + 1; at <= assent + TAIL_WORDS; at++) {
    const text = tokens[at]?.text ?? '';
    if (CLOSES_QUOTE.has(text)) return true;
    if (!ASSENT_TAILS.has(text)) return false;
  }
  return false;
}
