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

/**
 * Words an assent may run on with inside its quotation: "go on, then", "yes, go ahead", and the
 * East Anglian "go you on".
 */
const ASSENT_TAILS = new Set(['on', 'then', 'ahead', ',', '!', 'go', 'you']);
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

/** Go-ahead idioms, each with "on": "crack on", "carry on", "press on", "push on". */
const GO_AHEAD_VERBS = new Set(['crack', 'carry', 'press', 'push']);
/** Words a go-ahead may open with inside its quotation: "right, crack on", "ok then, carry on". */
const OPENING_WORDS = new Set(['right', 'ok', 'okay', 'aye', 'yes', 'well', 'then', 'fine', ',']);
/** Verbs that say the quotation aloud or in writing. */
const SAYING = new Set([...REPLYING, 'say', 'says', 'said', 'saying']);

/**
 * "Both say "right, crack on" before any move": a go-ahead idiom quoted whole after a verb of
 * saying is the assent. The saying verb's index, or -1: "we carry on watching" quotes nothing, and
 * "they say "carry on as before, but slower"" is more than a go-ahead.
 */
export function quotedGoAheadVerb(tokens: readonly Token[], i: number): number {
  const word = tokens[i] as Token;
  if (!GO_AHEAD_VERBS.has(word.text) || word.negated || tokens[i + 1]?.text !== 'on') return -1;
  if (!quotedWhole(tokens, i + 1)) return -1;
  let at = i - 1;
  while (at >= 0 && OPENING_WORDS.has(tokens[at]?.text ?? '')) at--;
  if (!OPENS_QUOTE.has(tokens[at]?.text ?? '')) return -1;
  // "Nobody needs to say "right, crack on"": the saying denied denies the quotation.
  const verb = tokens[at - 1];
  if (verb === undefined || verb.negated) return -1;
  return SAYING.has(verb.text) || SAYING.has(verb.lemma) ? at - 1 : -1;
}

/** Words a joint go-ahead may hold inside its quotation: "we're good", "all clear", "good to go". */
const JOINT_QUOTE_WORDS = 4;

/**
 * "The platform lead and I both say 'we're good'": a short quotation said by two people together
 * is their go-ahead, whatever its words; one person's quotation may be anything ("the on-call says
 * 'roll back'"). The saying verb's index, or -1.
 */
export function jointQuotedSay(tokens: readonly Token[], i: number): number {
  const verb = tokens[i] as Token;
  if (!SAYING.has(verb.text) || verb.negated || tokens[i - 1]?.text !== 'both') return -1;
  const opening = tokens[i + 1]?.text ?? '';
  // The model may keep a quotation mark on the word it opens: "'all clear'" as "'all", "clear".
  const glued = opening.length > 1 && OPENS_QUOTE.has(opening[0] as string);
  if (!glued && !OPENS_QUOTE.has(opening)) return -1;
  const first = glued ? i + 1 : i + 2;
  for (let at = first + 1; at < first + JOINT_QUOTE_WORDS + 1; at++) {
    const word = tokens[at];
    if (word === undefined) return -1;
    if (CLOSES_QUOTE.has(word.text)) return i;
    if (word.kind === 'mark' && word.text !== ',') return -1;
  }
  return -1;
}
