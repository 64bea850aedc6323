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
/** Words between a marking verb and its quotation: "mark it", "mark each stage". */
const OBJECT_WORDS = 3;
/** What may follow a quotation given as a verdict: a mark, "on the board", "before …", "and …". */
const AFTER_VERDICT = new Set(['ADP', 'SCONJ', 'CCONJ', 'PUNCT']);

/**
 * "The platform lead and I both say 'we're good'", "the ops lead and me both mark it "good to go"
 * on the board": a short quotation two people give together is their go-ahead, whatever its
 * words; one person's quotation may be anything ("the on-call says 'roll back'"). Said, it follows
 * its verb; marked on something, it may follow the thing marked, and is the verdict on it, not a
 * name ("both watch the 'errors' panel"). The verb's index, or -1.
 */
export function jointQuotedGoAhead(tokens: readonly Token[], i: number): number {
  const verb = tokens[i] as Token;
  if (verb.kind !== 'word' || verb.negated || tokens[i - 1]?.text !== 'both') return -1;
  const said = SAYING.has(verb.text);
  for (let opening = i + 1; opening <= i + 1 + (said ? 0 : OBJECT_WORDS); opening++) {
    const text = tokens[opening]?.text ?? '';
    // The model may keep a quotation mark on the word it opens: "'all clear'" as "'all", "clear".
    const glued = text.length > 1 && OPENS_QUOTE.has(text[0] as string);
    if (glued || OPENS_QUOTE.has(text)) {
      const closing = quotationEnd(tokens, glued ? opening : opening + 1);
      if (closing < 0) return -1;
      const after = tokens[closing + 1];
      return said || after === undefined || AFTER_VERDICT.has(after.pos) ? i : -1;
    }
    if (tokens[opening]?.kind !== 'word') return -1;
  }
  return -1;
}

/** The index of the mark that closes a short quotation whose first word is at `first`, or -1. */
function quotationEnd(tokens: readonly Token[], first: number): number {
  for (let at = first + 1; at < first + JOINT_QUOTE_WORDS + 1; at++) {
    const word = tokens[at];
    if (word === undefined) return -1;
    if (CLOSES_QUOTE.has(word.text)) return at;
    if (word.kind === 'mark' && word.text !== ',') return -1;
  }
  return -1;
}
