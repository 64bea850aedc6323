import type { Token } from './tokens';

/**
 * The headings that relate the items of a list as a verb would (read by lists.ts and the readers
 * of notes): an order ("Order: staff, beta, the rest"), the speaker ("Mine: order, limits"), a
 * person a note is assigned to ("Owner: me").
 */

/**
 * Headings that make the list after them an ordered sequence ("Order: staff, beta, the rest"), or
 * give it its place in one ("last: the big dairies and brand-new accounts").
 */
const ORDER_HEADINGS = new Set(['order', 'sequence', 'first', 'next', 'last', 'finally', 'lastly']);

export function headedByOrder(tokens: readonly Token[]): boolean {
  const start = tokens[0]?.kind === 'mark' ? 1 : 0;
  return ORDER_HEADINGS.has(tokens[start]?.lemma ?? '') && tokens[start + 1]?.text === ':';
}

/**
 * A heading the speaker possesses relates the items after it as "I decide" would: "My calls:
 * order, kill lines, holds", "Mine: who gets it when".
 */
const SPEAKER_HEADINGS = new Set(['mine', 'me', 'myself']);

/** The PM's role beside the speaker in a heading: "Me (PM):", "PM (myself):". */
const ROLE_IN_HEADING = new Set(['pm', 'product', 'manager', 'the', '(', ')', ',']);
/** "(me, the PM):": the longest role heading, its colon last. */
const ROLE_HEADING_TOKENS = 7;

export function headedBySpeaker(tokens: readonly Token[]): boolean {
  let start = tokens[0]?.kind === 'mark' ? 1 : 0;
  start = pastLabel(tokens, start);
  // The speaker as the heading, in any case of the pronoun: "Mine: order, limits", "Me: order, …".
  if (SPEAKER_HEADINGS.has(tokens[start]?.text ?? '')) {
    if (headingEndsAt(tokens, start + 1)) return true;
    // "Mine to set: the order, the limits": the speaker's, to decide.
    if (tokens[start + 1]?.text === 'to' && tokens[start + 3]?.text === ':') return true;
    return speakerWithRole(tokens, start);
  }
  if (ROLE_IN_HEADING.has(tokens[start]?.text ?? '')) return speakerWithRole(tokens, start);
  if (tokens[start]?.text !== 'my') return false;
  for (let at = start + 1; at <= start + 3 && tokens[at]?.kind === 'word'; at++) {
    if (headingEndsAt(tokens, at + 1)) return true;
  }
  return false;
}

const LABEL_ENDS = new Set([',', ':']);
/** Words of a label before the speaker's heading: "Arrangements,", "Row 1:". */
const LABEL_TOKENS = 2;

/**
 * "Arrangements, mine to set: …", "Row 1: Mine: …", "Director: me, the PM: …": a short label set
 * off by a comma or a colon, then the speaker's heading, or one the speaker's bracket follows
 * ("The Director (me, the PM): …"). Where the speaker's heading starts.
 */
export function pastLabel(tokens: readonly Token[], start: number): number {
  if (tokens[start]?.kind !== 'word') return start;
  for (let end = start + 1; end <= start + labelLength(tokens, start); end++) {
    // "The Director (me, the PM):": the bracket opens the speaker's heading.
    if (tokens[end]?.text === '(' && SPEAKER_HEADINGS.has(tokens[end + 1]?.text ?? '')) return end;
    if (!LABEL_ENDS.has(tokens[end]?.text ?? '')) continue;
    const next = tokens[end + 1]?.text ?? '';
    // "Counts 1 to 8, my steps as PM: …": the speaker's own heading after the label.
    return SPEAKER_HEADINGS.has(next) || next === 'my' ? end + 1 : start;
  }
  // "Kelly's eye, number one — mine: …": a longer label, a call or a title, ends at a dash.
  for (let end = start + 1; end <= start + DASHED_LABEL_TOKENS; end++) {
    if (!DASHES.has(tokens[end]?.text ?? '')) continue;
    return SPEAKER_HEADINGS.has(tokens[end + 1]?.text ?? '') ? end + 1 : start;
  }
  return start;
}

/** What joins a numbered label's numbers: "Counts 1 to 8", "Bars 9–16". */
const NUMBER_JOINS = new Set(['to', '–', '-', 'and']);

/** A label's words: two, or a word and its numbers ("Counts 1 to 8", "Step 3"). */
function labelLength(tokens: readonly Token[], start: number): number {
  let end = start + 1;
  while (tokens[end]?.kind === 'number' || NUMBER_JOINS.has(tokens[end]?.text ?? '')) end++;
  return Math.max(LABEL_TOKENS, end - start);
}

const DASHES = new Set(['—', '–']);
/** Tokens of a label a dash ends: "Kelly ' s eye , number one —". */
const DASHED_LABEL_TOKENS = 8;

/** Marks that set a contrast off a heading: "Mine, not eng's:", "My calls (not the platform's):". */
const CONTRAST_OPENERS = new Set([',', '(', '—', '–', '-']);
const CONTRAST_CLOSERS = new Set([')', '’', "'"]);
const CONTRAST_WORDS = 3;

/**
 * The heading's colon, straight away or after a contrast with another party: "My call, not
 * infra's: order, limits" still gives the items to the speaker — the contrast only says whose
 * they are not.
 */
function headingEndsAt(tokens: readonly Token[], at: number): boolean {
  if (tokens[at]?.text === ':') return true;
  if (!CONTRAST_OPENERS.has(tokens[at]?.text ?? '') || tokens[at + 1]?.text !== 'not') return false;
  for (let i = at + 2; i <= at + 2 + CONTRAST_WORDS; i++) {
    const text = tokens[i]?.text ?? '';
    if (text === ':') return i > at + 2;
    // A possessive's apostrophe may stand alone ("the SREs’"), as a closing bracket may.
    if (tokens[i]?.kind !== 'word' && !CONTRAST_CLOSERS.has(text)) return false;
  }
  return false;
}

/** A heading of the speaker and the PM's role, and nothing else, before a colon. */
/** "Me (PM):", and in notes "me (PM) = order + limits": the role heading's end. */
export const ROLE_HEADING_ENDS: ReadonlySet<string> = new Set([':', '=']);

export function speakerWithRole(tokens: readonly Token[], start: number): boolean {
  let speaker = false;
  for (let at = start; at < start + ROLE_HEADING_TOKENS; at++) {
    const text = tokens[at]?.text ?? '';
    if (ROLE_HEADING_ENDS.has(text)) return speaker;
    if (SPEAKER_HEADINGS.has(text)) speaker = true;
    else if (!ROLE_IN_HEADING.has(text)) return false;
  }
  return false;
}

const CLOSING = new Set([')', '):']);

/** Persons a note's heading can assign to ("Owner: me", "Sign-off | me and the ML lead", "Ownership: mine"). */
const PERSONS = new Set(['me', 'i', 'myself', 'mine', 'we', 'us', 'pm']);

/**
 * A note that assigns its heading to a person: "Owner: me, the PM, for who sees it when", or
 * with a bracket listing what the heading covers: "Decisions (order, limits, holds): PM".
 */
export function assignsToPerson(tokens: readonly Token[]): boolean {
  let at = tokens[0]?.kind === 'mark' ? 1 : 0;
  // "Bout 1, owners: me for order, …": a numbered part's label before the heading.
  if (numberedLabelAt(tokens, at)) at += 3;
  const heading = at;
  while (at < heading + 3 && tokens[at]?.kind === 'word') at++;
  if (at > 0 && tokens[at]?.text === '(') {
    const close = tokens.findIndex((token, i) => i > at && CLOSING.has(token.text));
    // The tokenizer may glue the bracket to the colon: "(order, limits): me".
    if (close !== -1) at = tokens[close]?.text === '):' ? close : close + 1;
  }
  const colon = tokens[at]?.text === ':' || tokens[at]?.text === '):';
  return colon && PERSONS.has(tokens[at + 1]?.text ?? '');
}

/** "Bout 1,", "Act 2:": a word, its number, and a comma or a colon. */
function numberedLabelAt(tokens: readonly Token[], at: number): boolean {
  const [word, number, mark] = tokens.slice(at, at + 3);
  return word?.kind === 'word' && number?.kind === 'number' && LABEL_ENDS.has(mark?.text ?? '');
}

/** Whose the items are, said as a possessive: "Yours:", "Ours:", "Engineering's:". */
const POSSESSIVE_HEADINGS = new Set(['yours', 'ours', 'theirs']);
const POSSESSIVE_ENDINGS = /['’]s?$/u;

/**
 * "Yours: cohort order, limits, holds." beside "Engineering's: routing, flag.": a heading that
 * says whose the items are relates them, as "Mine:" does; whether it is ownership is read with
 * the sentences around it (listenerAsOwner.ts).
 */
export function headedByPossessor(tokens: readonly Token[]): boolean {
  const start = tokens[0]?.kind === 'mark' ? 1 : 0;
  const heading = tokens[start];
  if (heading === undefined || tokens[start + 1]?.text !== ':') return false;
  return POSSESSIVE_HEADINGS.has(heading.text) || teamPossessive(heading);
}

function teamPossessive(token: Token): boolean {
  return (token.pos === 'PROPN' || token.pos === 'NOUN') && POSSESSIVE_ENDINGS.test(token.text);
}
