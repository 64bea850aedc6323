import type { Piece } from './tokens';

/**
 * Footnote and citation markers ("[1]", "[2, 3]", "[4–6]") refer to a note; they say nothing in
 * the sentence they sit in. Left in, they read as a template's blank ("[N]") and split the
 * clause round them, so a footnoted plan earned nothing (the nineteenth set's l026, and every
 * strong answer of the corpus once footnoted: test/bench/gradingForms.bench.ts). Only square
 * brackets round numbers: "[N]" and "<5>" stay what they were.
 */
export function withoutCitationMarkers(pieces: Piece[]): Piece[] {
  const kept: Piece[] = [];
  for (let i = 0; i < pieces.length; i++) {
    const close = markerEnd(pieces, i);
    if (close === -1) kept.push(pieces[i] as Piece);
    else i = close;
  }
  return kept;
}

/** Where a marker opened at `open` closes, or -1 when no marker opens there. */
function markerEnd(pieces: readonly Piece[], open: number): number {
  if (pieces[open]?.text !== '[' || !/^\d+$/.test(pieces[open + 1]?.text ?? '')) return -1;
  for (let at = open + 2; at < pieces.length && at <= open + 8; at++) {
    const text = pieces[at]?.text ?? '';
    if (text === ']') return at;
    if (!/^(?:\d+|,|-|–)$/.test(text)) return -1;
  }
  return -1;
}
