import { NEGATOR_WORDS } from './match';
import type { Piece } from './tokens';

/**
 * Dismissals: a practice said to be a waste is turned down as surely as a negated one.
 * "Formal sign-offs per gate just slow things down", "running another experiment afterwards is
 * duplicated effort", "holding a week would be overkill": the fragment holding the dismissal
 * claims nothing. Only a dismissal said of something counts — a complement after a copula, or
 * the practice slowing things down — never a modifier ("we avoid unnecessary risk").
 */

const DISMISSIVE_COMPLEMENTS = new Set([
  'overkill',
  'unnecessary',
  'pointless',
  'needless',
  'redundant',
  'duplicated',
  'duplicate',
  'wasteful',
  'waste',
  'theatre',
  'theater',
  'bureaucracy',
  'busywork',
  'red',
  // "Setting thresholds before you've seen real traffic is guessing."
  'guessing',
  'guesswork',
  'premature',
  // "Hallucination checks and thumbs-down rates are just noise at this volume."
  'noise',
  // "Holding for a day at each step is ceremony for a front-end change."
  'ceremony',
  'ritual',
]);
const COPULAS = new Set(['be', 'seem', 'feel', 'sound', 'look']);
const COPULA_REACH = 3;
/** What a practice slows down when it is dismissed: "slows things down", "slow us down". */
const SLOWED = new Set(['things', 'us', 'everything', 'everyone', 'it', 'the', 'team']);
const FRAGMENT_ENDS = new Set([',', ';', ':', '.', '?', '!', '—', 'but', 'whereas']);

export function withDismissalsNegated(pieces: Piece[]): Piece[] {
  withShruggedOff(pieces);
  for (let i = 0; i < pieces.length; i++) {
    const piece = pieces[i] as Piece;
    // "Not worth it" is negated by the model already: its fragment is dismissed all the same.
    const worthless = notWorthAt(pieces, i);
    const dismissed =
      dismissedAt(pieces, i) ||
      slowsDownAt(pieces, i) ||
      onlyCostsAt(pieces, i) ||
      moreThanNeededAt(pieces, i) ||
      forItsOwnSake(pieces, i) ||
      glancedAt(pieces, i);
    if (!worthless && (piece.negated || !dismissed)) continue;
    let start = i;
    while (start > 0 && !endsFragment(pieces, start - 1)) start--;
    start = pointedBackFrom(pieces, concededFrom(pieces, start));
    let end = i;
    while (end < pieces.length && !FRAGMENT_ENDS.has(pieces[end]?.text ?? '.')) end++;
    for (let j = start; j < end; j++) (pieces[j] as Piece).negated = true;
    i = end;
  }
  return pieces;
}

/** A fragment's end, but not a comma between numbers: "Holds at 1, 5 and 25 % aren't worth it". */
function endsFragment(pieces: readonly Piece[], at: number): boolean {
  const piece = pieces[at] as Piece;
  if (piece.text !== ',') return FRAGMENT_ENDS.has(piece.text);
  return !(pieces[at - 1]?.pos === 'NUM' && pieces[at + 1]?.pos === 'NUM');
}

/** Verbs of seeming that concede a practice's look before "but" dismisses it. */
const SEEMING = new Set(['sound', 'seem', 'look', 'feel']);
const POINTERS = new Set(['it', 'that', 'this']);

/**
 * "Holding each stage for a day sounds safe but it mostly slows things down": a dismissal whose
 * subject points back past "but" to a practice only conceded to seem good dismisses that
 * practice too. Said of the speaker's own plan ("we hold a day, but it slows us down") nothing
 * is conceded, so the plan stands.
 */
function concededFrom(pieces: readonly Piece[], start: number): number {
  if (pieces[start - 1]?.text !== 'but' || !POINTERS.has(pieces[start]?.text ?? '')) return start;
  // "… looks careful, but it …": the comma before "but" belongs to it.
  let from = pieces[start - 2]?.text === ',' ? start - 2 : start - 1;
  let seeming = false;
  while (from > 0 && !FRAGMENT_ENDS.has(pieces[from - 1]?.text ?? '.')) {
    from--;
    seeming ||= SEEMING.has(pieces[from]?.lemma ?? '');
  }
  return seeming ? from : start;
}

/** Pointers that open a dismissal of what came before a colon: "…: that kind of ordering is …". */
const POINTING_BACK = new Set(['that', 'this', 'all', 'such', 'none']);
const COLONS = new Set([':', '—']);
/** A list's words and its commas; any other mark (a dash between notes, a full stop) ends it. */
function inTheList(piece: Piece): boolean {
  return piece.text === ',' || piece.kind !== 'mark';
}

/**
 * "Staff first, beta users next, valuable guests last: that kind of ordering is not worth it":
 * a dismissal opened by a pointer just after a colon or dash dismisses the list the colon ends,
 * back to the last mark that is not one of its commas.
 */
function pointedBackFrom(pieces: readonly Piece[], start: number): number {
  const pointer = POINTING_BACK.has(pieces[start]?.text ?? '');
  // "Staff first, beta people, the big customers last, all that isn't worth it": "all that"
  // after the list's last comma sums the list up as a pointer after a colon does.
  const summed =
    pieces[start - 1]?.text === ',' &&
    pieces[start]?.text === 'all' &&
    POINTING_BACK.has(pieces[start + 1]?.text ?? '');
  if (!summed && (!COLONS.has(pieces[start - 1]?.text ?? '') || !pointer)) return start;
  let from = start - 1;
  while (from > 0 && inTheList(pieces[from - 1] as Piece)) from--;
  return from;
}

/**
 * "… is not worth it", "isn't worth the effort": a practice said to cost more than it gives. Not
 * "the change isn't worth its risk" or "not worth making", which judge the change, not a practice.
 */
const WORTH_OBJECTS = new Set(['it', 'the']);
/** "Ain't" as speech often spells it, copula and negation in one: "all that ent worth it". */
const AINT = new Set(['ent', 'aint']);
function notWorthAt(pieces: readonly Piece[], at: number): boolean {
  if ((pieces[at] as Piece).text !== 'worth') return false;
  if (!WORTH_OBJECTS.has(pieces[at + 1]?.text ?? '')) return false;
  if (AINT.has(pieces[at - 1]?.text ?? '')) return true;
  return NEGATOR_WORDS.has(pieces[at - 1]?.text ?? '') && COPULAS.has(pieces[at - 2]?.lemma ?? '');
}

/** "… is duplicated effort", "would be overkill", "feels like theatre". */
function dismissedAt(pieces: readonly Piece[], at: number): boolean {
  const piece = pieces[at] as Piece;
  // The text is looked up only when it differs from the lemma (most words: every piece asks).
  const dismissive =
    DISMISSIVE_COMPLEMENTS.has(piece.lemma) ||
    (piece.text !== piece.lemma && DISMISSIVE_COMPLEMENTS.has(piece.text));
  if (!dismissive) return false;
  if (piece.text === 'red' && pieces[at + 1]?.text !== 'tape') return false;
  for (let back = at - 1; back >= 0 && back >= at - COPULA_REACH; back--) {
    const before = pieces[back] as Piece;
    if (COPULAS.has(before.lemma)) return !before.negated;
    if (FRAGMENT_ENDS.has(before.text)) return false;
  }
  return false;
}

/**
 * "Thumbs-down we glance at, but few buyers rate, so.": a signal put first and only glanced at is
 * looked at in passing, not watched against a limit. "We glance at thumbs-down hourly and roll
 * back …" goes on to a gate, and is read as it is.
 */
function glancedAt(pieces: readonly Piece[], at: number): boolean {
  if ((pieces[at] as Piece).lemma !== 'glance' || pieces[at + 1]?.text !== 'at') return false;
  if (!FRAGMENT_ENDS.has(pieces[at + 2]?.text ?? '.')) return false;
  // Only a short signal put first: in a transcript without marks the fragment would run back
  // over everything said before it.
  const from = Math.max(0, at - GLANCED_FRONT);
  return from === 0 || pieces.slice(from, at).some((piece) => FRAGMENT_ENDS.has(piece.text));
}

/** Words a glanced-at signal and its subject run to: "Thumbs-down and the eval score we". */
const GLANCED_FRONT = 6;

const SAKE_REACH = 4;

/** "… is process for process's sake", "ceremony for its own sake": done for nothing beyond itself. */
function forItsOwnSake(pieces: readonly Piece[], at: number): boolean {
  if ((pieces[at] as Piece).text !== 'sake') return false;
  const from = Math.max(0, at - SAKE_REACH);
  const forAt = pieces.slice(from, at).findIndex((piece) => piece.text === 'for');
  if (forAt < 0) return false;
  const copulaFrom = Math.max(0, from + forAt - COPULA_REACH);
  return pieces
    .slice(copulaFrom, from + forAt)
    .some((piece) => COPULAS.has(piece.lemma) && !piece.negated);
}

/** "Sign-offs just slow things down": the practice as the subject of slowing down. */
function slowsDownAt(pieces: readonly Piece[], at: number): boolean {
  if ((pieces[at] as Piece).lemma !== 'slow') return false;
  const object = pieces[at + 1]?.text ?? '';
  const down = object === 'the' ? pieces[at + 3]?.text : pieces[at + 2]?.text;
  return SLOWED.has(object) && down === 'down';
}

/** What a practice is said only to cost: "would only delay the roadmap", "just adds overhead". */
const ONLY_COSTING = new Set(['delay', 'slow', 'burn', 'waste', 'stall']);
const ONLY = new Set(['only', 'just', 'merely']);

/**
 * "An A/B test afterwards would only delay the roadmap": the practice's one effect said to be a
 * cost. A measured cost conceded ("it only delays us by a day") is not a dismissal.
 */
function onlyCostsAt(pieces: readonly Piece[], at: number): boolean {
  if (!ONLY_COSTING.has((pieces[at] as Piece).lemma)) return false;
  if (!ONLY.has(pieces[at - 1]?.text ?? '')) return false;
  for (let j = at + 1; j < pieces.length && !FRAGMENT_ENDS.has(pieces[j]?.text ?? '.'); j++) {
    if (pieces[j]?.text === 'by' || pieces[j]?.pos === 'NUM') return false;
  }
  return true;
}

/** What a change is said not to call for: "more than this deserves", "more than a prompt needs". */
const CALLED_FOR = new Set(['deserve', 'need', 'warrant', 'merit', 'require']);
const THAN_SUBJECT_REACH = 3;

/**
 * "Running an A/B test afterwards is more than this deserves": a practice judged to exceed what
 * the change calls for, said after a copula. "We hold more than a day when the change needs it"
 * has no copula before "more"; "an error rate more than 0.5 % above control needs a rollback"
 * puts a number, not the change, after "than".
 */
function moreThanNeededAt(pieces: readonly Piece[], at: number): boolean {
  if (!CALLED_FOR.has((pieces[at] as Piece).lemma) || (pieces[at] as Piece).pos !== 'VERB') {
    return false;
  }
  let than = at - 1;
  while (than > at - 1 - THAN_SUBJECT_REACH && pieces[than]?.text !== 'than') than--;
  if (pieces[than]?.text !== 'than' || pieces[than - 1]?.text !== 'more') return false;
  let copula = than - 2;
  while (pieces[copula]?.pos === 'ADV') copula--;
  const before = pieces[copula];
  return before !== undefined && COPULAS.has(before.lemma) && !before.negated;
}

/** Separators before a dismissal with no subject of its own: "Staff, insiders — doesn't matter". */
const SHRUG_SEPARATORS = new Set(['—', '-', '–', ',', ':']);
const SHRUG_FILLERS = new Set(['it', 'that', 'this', 'which', 'really', 'honestly']);
const CLAUSE_STARTS = new Set([';', ':', '.', '?', '!']);
const SHRUG_NEGATORS = new Set(['not', "n't", 'never']);

/**
 * "Staff, insiders, shoppers — doesn't matter": what comes before a separator and a bare "doesn't
 * matter" (with at most a pro-form as its subject) is shrugged off, not proposed. A dismissal with
 * its own subject ("the exact percentage doesn't matter") dismisses only that subject.
 */
function withShruggedOff(pieces: Piece[]): void {
  for (let i = 0; i < pieces.length; i++) {
    if (pieces[i]?.lemma !== 'matter' || !(pieces[i] as Piece).negated) continue;
    let at = i - 1;
    let denied = false;
    while (at >= 0 && (pieces[at]?.pos === 'AUX' || pieces[at]?.pos === 'PART')) {
      denied ||= SHRUG_NEGATORS.has(pieces[at]?.text ?? '');
      at--;
    }
    // "…, without asking me, which matters at 6 a.m.": "matter" inside another negation's scope
    // is not a shrug; the shrug says its own "doesn't".
    if (!denied) continue;
    while (at >= 0 && SHRUG_FILLERS.has(pieces[at]?.text ?? '')) at--;
    if (at <= 0 || !SHRUG_SEPARATORS.has(pieces[at]?.text ?? '')) continue;
    let start = at;
    while (start > 0 && !CLAUSE_STARTS.has(pieces[start - 1]?.text ?? '.')) start--;
    for (let j = start; j < at; j++) (pieces[j] as Piece).negated = true;
  }
}
