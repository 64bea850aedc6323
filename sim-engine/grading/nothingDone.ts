import type { Piece } from './tokens';

/**
 * "I hold nothing through the peak", "I gate on nothing from the harness": a verb whose object is
 * "nothing" or "none" is done to nothing, so it is denied.
 * The model marks no negation there: "nothing" only negates as a subject ("nothing moves").
 */

const NOTHING = new Set(['nothing', 'none']);
/**
 * What may stand between the verb and its "nothing": "gate on", "wait for", "sign off on"; not a
 * word that opens a clause of its own ("hold until nothing has broken for a day").
 */
const BETWEEN = new Set(['on', 'for', 'to', 'with', 'about', 'of', 'at', 'off', 'up', 'out']);

export function withVerbsOfNothingDenied(pieces: Piece[]): Piece[] {
  pieces.forEach((piece, at) => {
    if (!NOTHING.has(piece.text) || at === 0) return;
    let verb = at - 1;
    while (verb > at - 3 && BETWEEN.has(pieces[verb]?.text ?? '')) verb--;
    if (pieces[verb]?.pos !== 'VERB') return;
    for (let i = verb; i < at; i++) (pieces[i] as Piece).negated = true;
  });
  return pieces;
}
