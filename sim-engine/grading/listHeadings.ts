import type { Token } from './tokens';
import { countedEntryLength } from './countedEntry';

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
  return headingStarts(tokens).some(
    (start) => ORDER_HEADINGS.has(tokens[start]?.lemma ?? '') && tokens[start + 1]?.text === ':',
  );
}

/**
 * Where a heading may open: the line's start (past a bullet), or a note run on after a dash
 * ("Engineering's: routing, flag — 30–0 · Order: staff → …"), each past its score's tag.
 */
function headingStarts(tokens: readonly Token[]): number[] {
  const starts = [tokens[0]?.kind === 'mark' ? 1 : 0];
  tokens.forEach((token, at) => {
    if (DASHES.has(token.text)) starts.push(at + 1);
  });
  return starts.map((start) => start + scoreTagLength(tokens, start));
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
  start = pastLabel(tokens, start + lineLabelLength(tokens, start));
  // The speaker as the heading, in any case of the pronoun: "Mine: order, limits", "Me: order, …".
  if (SPEAKER_HEADINGS.has(tokens[start]?.text ?? '')) {
    if (headingEndsAt(tokens, start + 1)) return true;
    // "Mine to set: the order, the limits": the speaker's, to decide.
    if (tokens[start + 1]?.text === 'to' && tokens[start + 3]?.text === ':') return true;
    // "Mine as PM, the order, limits, holds": the speaker's in the PM's role, to a comma too.
    if (tokens[start + 1]?.text === 'as' && asTheRole(tokens, start + 2)) return true;
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
const COLON = new Set([':']);
/** Words of a label before the speaker's heading: "Arrangements,", "Row 1:". */
const LABEL_TOKENS = 2;
/** Words of a label a colon ends: "C1 workshop gate:". */
const COLON_LABEL_TOKENS = 3;

/**
 * "Arrangements, mine to set: …", "Row 1: Mine: …", "Director: me, the PM: …": a short label set
 * off by a comma or a colon, then the speaker's heading, or one the speaker's bracket follows
 * ("The Director (me, the PM): …"). Where the speaker's heading starts.
 */
export function pastLabel(tokens: readonly Token[], from: number, nested = true): number {
  // "1 | Ownership | Me, the PM: …": a table row's number cell before its label.
  const numberCell = nested && tokens[from]?.kind === 'number' && tokens[from + 1]?.text === ':';
  const start = numberCell ? from + 2 : from;
  if (tokens[start]?.kind !== 'word') return start;
  const cell = nested ? pastCountedCell(tokens, start) : start;
  if (cell > start) return cell;
  const length = labelLength(tokens, start);
  for (let end = start + 1; end <= start + Math.max(length, COLON_LABEL_TOKENS); end++) {
    // "The Director (me, the PM):": the bracket opens the speaker's heading.
    if (tokens[end]?.text === '(' && SPEAKER_HEADINGS.has(tokens[end + 1]?.text ?? '')) return end;
    // "C1 workshop gate: me = …": a longer label ends only at a colon.
    const longer = end > start + length;
    const ends = longer ? COLON : LABEL_ENDS;
    if (longer && !wordsOnly(tokens, start, end)) break;
    if (!ends.has(tokens[end]?.text ?? '')) continue;
    const next = tokens[end + 1]?.text ?? '';
    // "Counts 1 to 8, my steps as PM: …": the speaker's own heading after the label.
    if (SPEAKER_HEADINGS.has(next) || next === 'my') return end + 1;
    // "Pieces: A, mine: …": a part's label under the heading's, then the speaker's.
    const inner = nested && tokens[end]?.text === ':' ? pastLabel(tokens, end + 1, false) : end + 1;
    if (inner > end + 1) return inner;
    // A longer label not followed by the speaker may still end at a dash ("who owns what: — me").
    if (longer) break;
    return start;
  }
  // "Kelly's eye, number one — mine: …": a longer label, a call or a title, ends at a dash.
  for (let end = start + 1; end <= start + DASHED_LABEL_TOKENS; end++) {
    if (!DASHES.has(tokens[end]?.text ?? '')) continue;
    return SPEAKER_HEADINGS.has(tokens[end + 1]?.text ?? '') ? end + 1 : start;
  }
  return start;
}

const CELL_PARTS = new Set([',', '/']);

/** Tokens of a counted cell: "Set 1, rally 1", "Round 2, move 3". */
const COUNTED_CELL_TOKENS = 6;

/**
 * "Set 1, rally 1 | me: cohort order, limits, holds", "P1, corners: me = …": a first cell or label
 * counting its place in words and numbers (a table's bar read as a colon), then the speaker's
 * heading, or a short label cell and then the speaker's heading. Where that starts.
 */
function pastCountedCell(tokens: readonly Token[], start: number): number {
  for (let end = start + 1; end <= start + COUNTED_CELL_TOKENS; end++) {
    const token = tokens[end];
    if (token === undefined) return start;
    if (token.text === ':') {
      // "Set 1, rally 1", "P1, corners": a number, or a letter and a number as one word.
      const counted = tokens
        .slice(start, end)
        .some((cell) => cell.kind === 'number' || LINE_NUMBER.test(cell.text));
      if (!counted) return start;
      if (SPEAKER_HEADINGS.has(tokens[end + 1]?.text ?? '')) return end + 1;
      // "Q1, centre pass 1 | Who owns what | Me: …": the row's label cell, then the speaker.
      const inner = pastLabel(tokens, end + 1, false);
      return inner > end + 1 ? inner : start;
    }
    // "Bout 1 / roles: mine = …": a slash parts the cell's words as a comma does.
    if (token.kind === 'mark' && !CELL_PARTS.has(token.text)) return start;
  }
  return start;
}

/** A transcript's line number ("L4", "12") and its speaker's letter ("A.", "Q."). */
const LINE_NUMBER = /^[a-z]?\d+$/u;
const SPEAKER_LETTER = /^[a-z]\.$/u;

/**
 * "L4 A. Me: cohort order, …", "12 Q. …": the tokens of a transcript line's label before what
 * the line says, or 0. The letter is needed: "L4" alone may be the line's own first word.
 * "R6, every gate: …", "Round 6, every gate: …": a counted entry set off by its comma labels the
 * line as the letter does.
 */
export function lineLabelLength(tokens: readonly Token[], start: number): number {
  const scored = scoreTagLength(tokens, start);
  if (scored > 0) return scored;
  const counted = countedEntryLength(tokens, start);
  if (counted > 0) return counted;
  const numbered = LINE_NUMBER.test(tokens[start]?.text ?? '') ? 1 : 0;
  return SPEAKER_LETTER.test(tokens[start + numbered]?.text ?? '') ? numbered + 1 : 0;
}

/** Tokens of a score's tag before its middle dot: "15–0 ·", "40–15 ·". */
const SCORE_TAG_TOKENS = 4;
const SCORE_JOINS = new Set(['-', '–', '—', ':']);

/** "15–0 · Mine: …": a score, numbers joined by a dash, set off by a middle dot; its length or 0. */
function scoreTagLength(tokens: readonly Token[], start: number): number {
  const dot = tokens.findIndex((token, at) => at > start && token.text === '·');
  if (dot < 0 || dot - start >= SCORE_TAG_TOKENS) return 0;
  const tag = tokens.slice(start, dot);
  const scores = tag.every((token) => token.kind === 'number' || SCORE_JOINS.has(token.text));
  return scores && tag.some((token) => token.kind === 'number') ? dot - start + 1 : 0;
}

/** Words and numbers only from `start` up to `end`: a label with no mark inside it. */
function wordsOnly(tokens: readonly Token[], start: number, end: number): boolean {
  return tokens
    .slice(start, end)
    .every((token) => token.kind === 'word' || token.kind === 'number');
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

/** "PM,", "the product manager:": the PM's role, then the heading's comma or colon. */
function asTheRole(tokens: readonly Token[], from: number): boolean {
  let at = tokens[from]?.text === 'the' ? from + 1 : from;
  if (tokens[at]?.text === 'product' && tokens[at + 1]?.text === 'manager') at++;
  else if (tokens[at]?.text !== 'pm') return false;
  return LABEL_ENDS.has(tokens[at + 1]?.text ?? '');
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
  if (heading === undefined) return false;
  if (tokens[start + 1]?.text === ':') {
    return POSSESSIVE_HEADINGS.has(heading.text) || teamPossessive(heading);
  }
  return labelledTeamPossessive(tokens, start);
}

/** Tokens of "Piece B, the engineers' :" before the colon, at most. */
const LABELLED_POSSESSOR_TOKENS = 7;
const POSSESSOR_WORDS = new Set(['NOUN', 'PROPN', 'DET', 'NUM']);

/**
 * "The engineers': routing, flags.", "Piece B, the engineers': …": a team named in full, after a
 * part's label, whose possessive (its apostrophe a mark of its own after a plural) heads the list.
 */
function labelledTeamPossessive(tokens: readonly Token[], start: number): boolean {
  const colon = tokens.findIndex(
    (token, i) => i > start && i <= start + LABELLED_POSSESSOR_TOKENS && token.text === ':',
  );
  if (colon < 0) return false;
  const owner = tokens[colon - 1] as Token;
  const apostrophe = /^['’]$/u.test(owner.text) && /s$/u.test(tokens[colon - 2]?.text ?? '');
  const possessive = apostrophe || teamPossessive(owner);
  const before = tokens.slice(start, apostrophe ? colon - 2 : colon - 1);
  const commas = before.filter((token) => token.text === ',').length;
  const phrase = before.every((token) => token.text === ',' || POSSESSOR_WORDS.has(token.pos));
  return possessive && phrase && commas <= 1;
}

function teamPossessive(token: Token): boolean {
  return (token.pos === 'PROPN' || token.pos === 'NOUN') && POSSESSIVE_ENDINGS.test(token.text);
}
