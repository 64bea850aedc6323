import { NEGATOR_WORDS } from './match';
import { copyPiece } from './pieces';
import type { Piece } from './tokens';

/**
 * "We would not bother with stages of 1, 5 and 25 % …, or with a sign-off at every step": a
 * preposition repeated after "or" or "nor" carries the negation of the first one, wherever the
 * model's scope stopped (here at the numbers); so do a second refused gerund and, after a comma,
 * a second plain verb, and a preposition's list of objects up to its "or". "We would not bother
 * with holds, but with a sign-off at every step" turns it round, and a clause's end stops it.
 */

const JOINS = new Set(['or', 'nor']);
const CLAUSE_ENDS = new Set(['.', ';', ':', '!', '?', 'but', '—', '–']);

export function withCoordinatedNegation(pieces: Piece[]): Piece[] {
  // Every carry starts at a piece already negated: a sentence with none is left as it is.
  if (!pieces.some((piece) => piece.negated)) return pieces;
  const negatedPrepositions = new Set<string>();
  let negatedGerund = false;
  let negatedBase = false;
  let carrying = false;
  // A refusing verb's preposition seen ("bother with"), and its list carried past a comma.
  let refusedObject = false;
  let listCarry: 'none' | 'open' | 'joined' = 'none';
  // A refused "what …" clause seen: "I would not make a list of what I own as PM".
  let refusedWhat = false;
  for (let at = 0; at < pieces.length; at++) {
    const piece = pieces[at] as Piece;
    if (CLAUSE_ENDS.has(piece.text)) {
      negatedPrepositions.clear();
      negatedGerund = negatedBase = carrying = refusedObject = refusedWhat = false;
      listCarry = 'none';
      continue;
    }
    // "I wouldn't bother with stages, holds or a sign-off for each step": the list of objects a
    // refusing verb's preposition takes runs on past the comma where the model's scope stopped,
    // to its "or", and ends at the next comma after it.
    if (listCarry === 'joined' && piece.text === ',') listCarry = 'none';
    if (listCarry === 'open' && JOINS.has(piece.text)) listCarry = 'joined';
    if (listCarry === 'none' && refusedObject && !piece.negated && pieces[at - 1]?.text === ',') {
      listCarry = listRunsOn(pieces, at) ? 'open' : 'none';
      refusedObject = false;
    }
    if ((carrying || listCarry !== 'none') && !piece.negated) {
      pieces[at] = copyPiece(piece, { negated: true });
    } else if (piece.pos === 'ADP' && piece.negated) {
      negatedPrepositions.add(piece.text);
      refusedObject ||= pieces[at - 1]?.pos === 'VERB' && pieces[at - 1]?.negated === true;
    } else {
      // The gerund a refusing verb takes ("bother separating"), not a negated progressive ("isn't
      // timing out or throwing errors", where the errors are still what is looked at).
      negatedGerund ||= piece.negated && isGerund(piece) && pieces[at - 1]?.pos === 'VERB';
      // "wouldn't separate …": the verb a negated auxiliary takes, however the tagger reads it.
      negatedBase ||= piece.negated && afterNegatedAuxiliary(pieces, at);
    }
    refusedWhat ||= piece.text === 'what' && piece.negated;
    const next = pieces[at + 1];
    // "… of what I own as PM and what the engineers own": the second "what" is refused too.
    if (refusedWhat && piece.text === 'and' && next?.text === 'what') carrying = true;
    // "No to writing limits such as orders down 2 %": the examples are of the refused thing.
    if (piece.text === 'such' && piece.negated && next?.text === 'as') carrying = true;
    if (!JOINS.has(piece.text) || next === undefined) continue;
    // "I wouldn't bother separating safe from better, or planning an A/B test": a second
    // gerund after "or" is the same refused doing.
    // "I wouldn't separate safe from better, or plan an A/B test": after a comma, a second plain
    // verb is the same refusal (without the comma the model's own scope decides).
    const secondBase = negatedBase && isBase(next) && pieces[at - 1]?.text === ',';
    if (negatedPrepositions.has(next.text) || (negatedGerund && isGerund(next)) || secondBase) {
      carrying = true;
    }
  }
  return pieces;
}

/** How far a list's "or" may stand after the comma: "stages, holds or a sign-off". */
const LIST_REACH = 4;
/** What starts a clause of its own: "…, and the PM signs off": a subject or an auxiliary. */
const CLAUSE_OPENERS = new Set(['PRON', 'AUX', 'PROPN']);

/** An "or" or "nor" a few words on, with no clause of its own opened before it. */
function listRunsOn(pieces: readonly Piece[], from: number): boolean {
  for (let at = from; at < pieces.length && at <= from + LIST_REACH; at++) {
    const piece = pieces[at] as Piece;
    if (CLAUSE_ENDS.has(piece.text) || CLAUSE_OPENERS.has(piece.pos)) return false;
    if (JOINS.has(piece.text)) return true;
  }
  return false;
}

function afterNegatedAuxiliary(pieces: readonly Piece[], at: number): boolean {
  return NEGATOR_WORDS.has(pieces[at - 1]?.text ?? '') && pieces[at - 2]?.pos === 'AUX';
}

function isBase(piece: Piece): boolean {
  return piece.pos === 'VERB' && piece.text === piece.lemma;
}

function isGerund(piece: Piece): boolean {
  return piece.pos === 'VERB' && piece.text.endsWith('ing');
}
