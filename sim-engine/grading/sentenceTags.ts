import type { Piece } from './tokens';

/**
 * A tag in square brackets opening a sentence ("[decision] I own the order …", "[limit] Written
 * before traffic moves: …", "[caveat] The canary tells us …") files the sentence under a heading,
 * as a label before a colon does; left in, it reads as a template's blank ("[metric]") and the
 * sentence earns nothing. A blank opening a sentence is its subject or a slot in a phrase
 * ("[owner] signs off each stage", "[metric] above 2 %"), so a tag is one word followed by a
 * sentence's own beginning: a pronoun, a determiner, a name, a noun, a number or a participle.
 */
export function withoutOpeningTag(pieces: Piece[]): Piece[] {
  const start = pieces[0]?.kind === 'mark' && pieces[0].text !== '[' ? 1 : 0;
  if (numbersItsContainer(pieces, start))
    return [...pieces.slice(0, start), ...pieces.slice(start + 3)];
  if (pieces[start]?.text !== '[' || pieces[start + 2]?.text !== ']') return pieces;
  const tag = pieces[start + 1] as Piece;
  const next = pieces[start + 3];
  if (!/^[a-z][a-z-]+$/.test(tag.text) || next === undefined || !opensSentence(next)) return pieces;
  return [...pieces.slice(0, start), ...pieces.slice(start + 3)];
}

const SENTENCE_OPENERS = new Set(['PRON', 'DET', 'PROPN', 'NOUN', 'NUM', 'ADJ']);

/** The first word of a sentence of its own, not the rest of a phrase the blank begins. */
function opensSentence(piece: Piece): boolean {
  if (SENTENCE_OPENERS.has(piece.pos) || piece.kind === 'number') return true;
  // "[limit] Written and agreed before …": a participle opens a fragment; "[owner] signs" does not.
  return piece.pos === 'VERB' && /(?:ed|en)$/.test(piece.text);
}

/**
 * What an answer is laid out on, numbered: "Card 1: Mine: the cohorts, …", "Slide 4 — Stages
 * and holds". The number files the sentence on a card or a slide, as a list's "1." does, and says
 * nothing of the plan; left in, "Card 1" stands where the sentence's heading ("Mine:") belongs.
 * Not a stage's own number ("Stage 1: staff"), which names the stage.
 */
const CONTAINERS = new Set(['card', 'slide', 'page', 'section', 'part', 'item']);
const NUMBER_ENDS = new Set([':', '—', '–', '-', '.']);

function numbersItsContainer(pieces: readonly Piece[], start: number): boolean {
  const word = pieces[start];
  return (
    word !== undefined &&
    CONTAINERS.has(word.text.toLowerCase()) &&
    pieces[start + 1]?.kind === 'number' &&
    NUMBER_ENDS.has(pieces[start + 2]?.text ?? '') &&
    pieces[start + 3] !== undefined
  );
}
