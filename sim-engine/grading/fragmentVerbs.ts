import type { Piece } from './tokens';

/** Whether the fragment after a comma goes on with a verb of its own (read by negationScope.ts). */

/**
 * True when the fragment starting at `from` (up to the next comma) has a verb. In the last items of
 * a list, each opening on an article, a word after an article is a noun however the tagger reads
 * it: "…, the limits or the holds as mine" ("…, a routing change of a minute" keeps its verb).
 */
export function hasVerbBefore(
  pieces: readonly Piece[],
  from: number,
  ends: ReadonlySet<string>,
): boolean {
  const nounPhrase = ARTICLES.has(pieces[from]?.text ?? '') && listEndsIn(pieces, from, ends);
  for (let i = from; i < pieces.length; i++) {
    const piece = pieces[i] as Piece;
    if (piece.text === ',' || ends.has(piece.text)) return false;
    const verb = piece.pos === 'VERB' || piece.pos === 'AUX';
    if (verb && !(nounPhrase && ARTICLES.has(pieces[i - 1]?.text ?? ''))) return true;
  }
  return false;
}

/**
 * "the limits or the holds": the fragment joins a list's last item by "or" or "and"; or it is an
 * item the list goes on after ("…, an opted-in preview list, or holding …").
 */
function listEndsIn(pieces: readonly Piece[], from: number, ends: ReadonlySet<string>): boolean {
  for (let i = from; i < pieces.length; i++) {
    const text = pieces[i]?.text ?? '.';
    if (text === ',') return LIST_GOES_ON.has(pieces[i + 1]?.text ?? '');
    if (ends.has(text)) return false;
    if ((text === 'or' || text === 'and') && ARTICLES.has(pieces[i + 1]?.text ?? '')) return true;
  }
  return false;
}

const LIST_GOES_ON = new Set(['or', 'and', 'nor']);

/** Words a noun follows, never a verb: "the holds", "our limits" (not "no", a negator's own). */
const ARTICLES = new Set(['the', 'a', 'an', 'our', 'my', 'their', 'your', 'its']);
