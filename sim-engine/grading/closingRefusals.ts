import type { Piece } from './tokens';

/**
 * A practice told and then refused by the verb that closes its clause, not by a negation:
 * "We talked about opening it region by region, staff first, and decided against it", "We
 * discussed tracking relevance and cost per request and dropped it", "Following up with an A/B
 * test was ruled out", "Staff first, then opted-in users: rejected". What the refusal closes
 * claims nothing. The refusal must end its clause ("… dropped it to 0 % when errors rose" drops
 * traffic, it refuses nothing).
 */

/** Refusing verbs and the particle some of them take: "ruled it out", "turned it down". */
const REFUSING = new Map<string, string | null>([
  ['drop', null],
  ['scrap', null],
  ['reject', null],
  ['shelve', null],
  ['ditch', null],
  ['veto', null],
  ['bin', null],
  ['rule', 'out'],
  ['turn', 'down'],
  ['throw', 'out'],
  ['discard', null],
  ['dismiss', null],
  ['decline', null],
]);
const OBJECTS = new Set(['it', 'them', 'that', 'this']);
const CLAUSE_ENDS = new Set(['.', ',', ';', ':', '!', '?', '—', 'because', 'since', 'as']);
const START_BREAKS = new Set([';', '.', '!', '?', ':']);
const BE = new Set(['be']);

/** The pieces with everything a closing refusal turns down negated. */
export function withClosingRefusal(pieces: Piece[]): Piece[] {
  const refusal = closingRefusalAt(pieces);
  if (refusal > 0) negateBefore(pieces, refusal, START_BREAKS);
  // "3.4 Stages with a hold at each: rejected — 3.5 A lead signing each step: rejected.": each
  // alternative closed by its verdict after a colon, back to where the one before it ended.
  pieces.forEach((piece, at) => {
    if (piece.text === ':' && (refusedPassive(pieces, at + 1) || deniedAt(pieces, at + 1))) {
      negateBefore(pieces, at, ITEM_BREAKS);
    }
  });
  return pieces;
}

const ITEM_BREAKS = new Set([...START_BREAKS, '—', '–']);

function negateBefore(pieces: Piece[], refusal: number, breaks: ReadonlySet<string>): void {
  let start = refusal - 1;
  while (start > 0 && !breaks.has(pieces[start - 1]?.text ?? '.')) start--;
  for (let i = start; i < refusal; i++) (pieces[i] as Piece).negated = true;
}

/** Where the refused practice ends: the "and" before "decided against it", or the copula of "was ruled out". */
function closingRefusalAt(pieces: readonly Piece[]): number {
  for (let at = 1; at < pieces.length; at++) {
    const coordinated = pieces[at]?.text === 'and' ? refusesAfterAnd(pieces, at + 1) : false;
    if (coordinated) return at;
    if (BE.has(pieces[at]?.lemma ?? '') && refusedPassive(pieces, at + 1)) return at;
  }
  return -1;
}

/** "… and (we) decided against it", "… and dropped it", "… and ruled it out". */
function refusesAfterAnd(pieces: readonly Piece[], from: number): boolean {
  let at = from;
  if (pieces[at]?.pos === 'PRON' && !OBJECTS.has(pieces[at]?.text ?? '')) at++;
  const verb = pieces[at];
  if (verb === undefined || verb.negated) return false;
  if (verb.lemma === 'decide' && pieces[at + 1]?.text === 'against') {
    return OBJECTS.has(pieces[at + 2]?.text ?? '') && endsClause(pieces, at + 3);
  }
  if (!REFUSING.has(verb.lemma) || !OBJECTS.has(pieces[at + 1]?.text ?? '')) return false;
  const particle = REFUSING.get(verb.lemma);
  if (particle === null) return endsClause(pieces, at + 2);
  return pieces[at + 2]?.text === particle && endsClause(pieces, at + 3);
}

/** "… was (also) ruled out", "… were dropped": a practice as the subject of a refusing passive. */
function refusedPassive(pieces: readonly Piece[], from: number): boolean {
  let at = from;
  while (pieces[at]?.pos === 'ADV' && !pieces[at]?.negated) at++;
  const verb = pieces[at];
  if (verb === undefined || verb.negated || !REFUSING.has(verb.lemma)) return false;
  // The participle, not the plain form: "was ruled out", "were binned", never "is to drop".
  const participle = verb.text !== verb.lemma && !/(?:ing|s)$/.test(verb.text);
  if (!participle) return false;
  const particle = REFUSING.get(verb.lemma);
  if (particle === null) return endsClause(pieces, at + 1);
  return pieces[at + 1]?.text === particle && endsClause(pieces, at + 2);
}

/**
 * A verdict that is only a denial: "Rollback by redeploy: no.", "A random 5 %: nope, …". The model
 * keeps a closing "no." whole, as it would the abbreviation "No. 5".
 */
const DENIALS = new Set(['no', 'no.', 'nope', 'never']);

function deniedAt(pieces: readonly Piece[], at: number): boolean {
  return DENIALS.has(pieces[at]?.text ?? '') && endsClause(pieces, at + 1);
}

function endsClause(pieces: readonly Piece[], at: number): boolean {
  return at >= pieces.length || CLAUSE_ENDS.has(pieces[at]?.text ?? '');
}
