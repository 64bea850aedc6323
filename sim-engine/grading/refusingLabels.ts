import type { Piece } from './tokens';

/**
 * A label that turns down what follows it (read by tokens.ts): "Not doing: picking thresholds
 * after we see the graphs", "Won't do: a staged rollout", "We're not using: a canary". What
 * follows the colon is named to be refused, up to the clause's end, whatever it says. The label
 * is only the refusal, a few words with no thing named: "Not negotiable: limits fixed first"
 * refuses nothing (its "not" is no verb's), "It does not establish superiority: …" says what
 * something is not, and "Doing: …" is the plan. A bare "Not:" opening a line refuses the line.
 */

const NEGATORS = new Set(['not', 'never']);
const VERB_POS = new Set(['VERB', 'AUX']);
/** Tokens of a line's own label before a refusing one: "Attempt 2", "Step 3". */
const LINE_LABEL_WORDS = 3;
/** Words a refusing label may have: "We won't do", "We're not doing". */
const LABEL_WORDS = 4;
/** A label naming a thing says what the thing is not: "It does not establish superiority: …". */
const THING_POS = new Set(['NOUN', 'PROPN', 'NUM']);
/** The only people a refusing label may name: the speaker ("We won't do:"). */
const SPEAKERS = new Set(['i', 'we']);
/** Where the refused part ends: the sentence, or a clause after a semicolon or a dash. */
const REFUSAL_ENDS = new Set(['.', ';', '!', '?', '—', '–']);

/** The colon of a refusing label that opens the pieces, or -1. */
function refusingColon(pieces: readonly Piece[]): number {
  let start = pieces[0]?.kind === 'mark' ? 1 : 0;
  const colon = pieces.findIndex((piece, i) => i >= start && piece.text === ':');
  // "Attempt 2, not taken: …": a line's own label, then the refusing one after its comma.
  const comma = pieces.findIndex((piece, i) => i > start && i < colon && piece.text === ',');
  const numbered = comma > start && numberedLabel(pieces.slice(start, comma));
  if (numbered) start = comma + 1;
  if (colon <= start || colon - start > LABEL_WORDS) return -1;
  const label = pieces.slice(start, colon);
  if (label.some((piece) => piece.kind !== 'word' || THING_POS.has(piece.pos))) return -1;
  if (calledOut(label.map((piece) => piece.text).join(' '), numbered)) return colon;
  // "Not: start with staff, then …": the bare negator as a line's label refuses the line.
  if (label.length === 1 && NEGATORS.has(label[0]?.text ?? '')) return colon;
  // "You never advance anything: Tom and I sign off every step" tells someone what they don't do.
  if (label.some((piece) => piece.pos === 'PRON' && !SPEAKERS.has(piece.text))) return -1;
  const refuses = label.some(
    (piece, i) => NEGATORS.has(piece.text) && VERB_POS.has(label[i + 1]?.pos ?? ''),
  );
  return refuses ? colon : -1;
}

/**
 * "Rally 1, out: splitting what the PM owns …", "Ruled out: an A/B test": a numbered line called
 * out, as a line judge calls a shot, or anything ruled out, is refused. A bare "Out:" is not: it
 * may name what goes out.
 */
function calledOut(label: string, numbered: boolean): boolean {
  return label === 'ruled out' || (numbered && (label === 'out' || label === 'called out'));
}

/** Words of a label that takes back what it quotes: "Withdrawn:", "Touch annulled on review:". */
const TAKEN_BACK = new Set([
  'withdrawn',
  'retracted',
  'struck',
  'scrapped',
  'annulled',
  'overruled',
  'voided',
  'rescinded',
  'chalked',
  // "Head kick reversed on replay:", "try overturned on review:": the call before stands no more.
  'reversed',
  'overturned',
]);
/**
 * A verdict of two words in a label: "Basket waved off on replay:", "goal taken off after the
 * crease review:" (the score ruled out; "waved through" lets it stand, and "taken" alone may be
 * what was taken up), "miss turned to hit on the target camera:".
 */
function verdictInLabel(piece: Piece, next: Piece | undefined): boolean {
  if (piece.text === 'turned') return next?.text === 'to';
  return OFF_VERDICTS.has(piece.text) && next?.text === 'off';
}
const OFF_VERDICTS = new Set(['waved', 'taken']);
const QUOTES = new Set(['"', '“', '”']);
const TAKEN_BACK_LABEL_WORDS = 5;
/** Who took it back, or on or at what: "chalked off by the goal judge", "struck off at the VAR". */
const TAKEN_BACK_BY = new Set(['by', 'on', 'after', 'at']);
/** Words of that phrase past the label's own: "by the goal judge", "after the crease review". */
const TAKEN_BACK_BY_WORDS = 4;

/** Words a verdict takes before its phrase of whom or on what: "off" (2), "to hit" (3). */
const VERDICT_WORDS: ReadonlyMap<string, number> = new Map([
  ['off', 2],
  ['to', 3],
]);

/** The label is short, or longer only by whom or on what it was taken back. */
function takenBackLabel(label: readonly Piece[]): boolean {
  const taken = label.findIndex(
    (piece, i) => TAKEN_BACK.has(piece.text) || verdictInLabel(piece, label[i + 1]),
  );
  if (taken < 0) return false;
  if (label.length <= TAKEN_BACK_LABEL_WORDS) return true;
  // "Hail chalked off by the goal judge:", "basket waved off on replay:": the word, its particle,
  // then the phrase ("goal taken off after the crease review:"); "miss turned to hit on the
  // target camera:": the word, "to" and the new call, then the phrase.
  let by = taken + (VERDICT_WORDS.get(label[taken + 1]?.text ?? '') ?? 1);
  // "try turned to no-try on the video:": a hyphened call is one word.
  while (label[by]?.afterHyphen === true) by++;
  return (
    by <= TAKEN_BACK_LABEL_WORDS &&
    TAKEN_BACK_BY.has(label[by]?.text ?? '') &&
    label.length <= TAKEN_BACK_LABEL_WORDS + TAKEN_BACK_BY_WORDS
  );
}

/**
 * "2 | 2 | Miss turned to hit on the target camera | I marked …": a row's counted cells (its bars
 * read as colons) stand before its label cell; where the label begins.
 */
function pastNumberCells(pieces: readonly Piece[], start: number): number {
  let at = start;
  while (pieces[at]?.kind === 'number' && pieces[at + 1]?.text === ':') at += 2;
  return at;
}

/**
 * "Withdrawn: "we hold each stage a week."", "Touch annulled on review: "…"", "Hail chalked off
 * by the goal judge: "…"": a label that takes back the quotation right after its colon; the
 * quoted words are named, not planned, up to the closing mark.
 */
function withWithdrawnQuotation(pieces: Piece[]): void {
  const start = pastNumberCells(pieces, pieces[0]?.kind === 'mark' ? 1 : 0);
  const colon = pieces.findIndex((piece, i) => i >= start && piece.text === ':');
  if (colon <= start) return;
  const label = pieces.slice(start, colon).filter((piece) => piece.text !== ',');
  if (label.some((piece) => piece.kind === 'mark') || !takenBackLabel(label)) return;
  if (!QUOTES.has(pieces[colon + 1]?.text ?? '')) {
    withTakenBackClause(pieces, colon);
    return;
  }
  for (let at = colon + 2; at < pieces.length && !QUOTES.has(pieces[at]?.text ?? ''); at++) {
    (pieces[at] as Piece).negated = true;
  }
}

/**
 * "Hail chalked off: I had a week's hold at a small stage.", "Touch annulled on review: one day
 * for the first cut": what the speaker (or someone) had, said or proposed before, or a practice
 * only named, is taken back by the label, up to the clause's end. A clause in the present ("…: we
 * hold two days") may be the correction, and stands.
 */
function withTakenBackClause(pieces: Piece[], colon: number): void {
  const told = pieces.slice(colon + 1, clauseEnd(pieces, colon + 1));
  // "Tag struck off at the line: I first wrote …": an adverb may stand before the teller's verb.
  let said = 1;
  while (told[said]?.pos === 'ADV') said++;
  const verb = told[said];
  const teller = told[0]?.text ?? '';
  // "someone put a sign-off on the board": another's act, whatever its tense; the speaker's own
  // only in the past ("I had …"), since "we hold two days" may be the correction.
  const toldBefore =
    TELLERS.has(teller) &&
    verb !== undefined &&
    VERB_POS.has(verb.pos) &&
    (verb.text !== verb.lemma || !SPEAKERS_TELLING.has(teller));
  if (!toldBefore && !namedOnly(told)) return;
  for (const piece of told) piece.negated = true;
}

/** Who may have said the taken-back words before: "I had …", "someone proposed that …". */
const TELLERS = new Set(['i', 'we', 'someone', 'somebody', 'they', 'he', 'she']);
const SPEAKERS_TELLING = new Set(['i', 'we']);

/** Where the clause opening at `from` ends: the sentence, a semicolon or a dash. */
function clauseEnd(pieces: readonly Piece[], from: number): number {
  let end = from;
  while (end < pieces.length && !REFUSAL_ENDS.has(pieces[end]?.text ?? '.')) end++;
  return end;
}

/**
 * "a named person signing off each step": a practice only named, no clause of the speaker's (no
 * auxiliary, no verb but a participle, one before its noun).
 */
function namedOnly(named: readonly Piece[]): boolean {
  const participle = (piece: Piece, at: number) =>
    piece.text.endsWith('ing') || (piece.text.endsWith('ed') && named[at + 1]?.pos === 'NOUN');
  const clause = named.some(
    (piece, at) =>
      piece.pos === 'AUX' ||
      SPEAKERS.has(piece.text) ||
      (piece.pos === 'VERB' && !participle(piece, at)),
  );
  return named.length > 0 && !clause;
}

/** "Attempt 2", "Step 3": a line's own label, a word or two and its number, no verb. */
function numberedLabel(label: readonly Piece[]): boolean {
  if (label.length > LINE_LABEL_WORDS) return false;
  const numbered = label.some((piece) => piece.kind === 'number' || piece.pos === 'NUM');
  return numbered && label.every((piece) => piece.kind !== 'mark' && !VERB_POS.has(piece.pos));
}

/** Words of a label that rules out what follows: "goal ruled out after the umpires conferred". */
const RULED_OUT_LABEL_WORDS = 8;

/**
 * "Q3, goal ruled out after the umpires conferred: a named person signing off each step.": a label
 * ruling out what follows its colon, when what follows is only named. "Goal ruled out: I had
 * planned …" is left to the draft it tells of.
 */
function withRuledOutFragment(pieces: Piece[]): void {
  const colon = pieces.findIndex((piece) => piece.text === ':');
  if (colon < 0 || colon > RULED_OUT_LABEL_WORDS + LINE_LABEL_WORDS + 1) return;
  const ruled = pieces.findIndex(
    (piece, at) => at < colon && piece.text === 'ruled' && pieces[at + 1]?.text === 'out',
  );
  if (ruled < 0 || colon - ruled > RULED_OUT_LABEL_WORDS) return;
  const named = pieces.slice(colon + 1, clauseEnd(pieces, colon + 1));
  if (!namedOnly(named)) return;
  for (const piece of named) piece.negated = true;
}

/** Marks what a refusing label turns down as negated, and a quotation a label takes back. */
export function withRefusingLabel(pieces: Piece[]): Piece[] {
  withWithdrawnQuotation(pieces);
  withRuledOutFragment(pieces);
  const colon = refusingColon(pieces);
  if (colon < 0) return pieces;
  for (let at = colon + 1; at < pieces.length; at++) {
    const piece = pieces[at] as Piece;
    if (REFUSAL_ENDS.has(piece.text)) break;
    piece.negated = true;
  }
  return pieces;
}

/** Words that say a bracketed part was struck from the page: "[crossed out: …]". */
const STRUCK = new Set(['crossed out', 'struck out', 'scratched out', 'struck through', 'deleted']);
/** A struck label's first word, or the label itself ("deleted"). */
const STRUCK_OPENS: ReadonlySet<string> = new Set([
  ...STRUCK,
  ...[...STRUCK].map((label) => label.split(' ')[0] ?? ''),
]);
const CLOSING: Readonly<Record<string, string>> = { '[': ']', '(': ')' };

/**
 * "[crossed out: a random 5 % of everybody] [wrote in again: our own crew first …]": what a
 * bracketed note says was struck out is withdrawn, up to its closing bracket; what is written in
 * again stands.
 */
export function withStruckOut(pieces: Piece[]): Piece[] {
  // Read on every sentence: one without a word that opens a struck label is left as it is.
  if (!pieces.some((piece) => STRUCK_OPENS.has(piece.text))) return pieces;
  pieces.forEach((piece, open) => {
    const closing = CLOSING[piece.text];
    if (closing === undefined) return;
    const label = `${pieces[open + 1]?.text ?? ''} ${pieces[open + 2]?.text ?? ''}`;
    if (!STRUCK.has(label) && !STRUCK.has(pieces[open + 1]?.text ?? '')) return;
    const colon = pieces.findIndex((next, at) => at > open && at <= open + 3 && next.text === ':');
    if (colon < 0) return;
    for (let at = colon + 1; at < pieces.length && pieces[at]?.text !== closing; at++) {
      (pieces[at] as Piece).negated = true;
    }
  });
  return pieces;
}
