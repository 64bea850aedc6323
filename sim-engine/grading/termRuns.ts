import { assignedToSpeaker } from './roleTables';
import type { Token } from './tokens';
import { PLACE_WORDS } from './vocabulary';
import { SIGNED } from './tokenQuantities';
import { assignsToPerson, headedByOrder, headedBySpeaker } from './listHeadings';

/**
 * A run of terms: a sentence strung of many items separated by commas, slashes or bars, none of
 * them a clause —
 * "Thresholds pre-committed, errors 0.5 %, latency 200 ms, A/B test, safe not better, PM owns,
 * engineering owns, …". Each item names something and none says what the speaker does about it,
 * so the sentence commits to nothing, however many of the points' words it holds. A participle
 * ("pre-committed") or a bare "X owns" is still a term: a clause needs a subject pronoun, an
 * auxiliary, a subordinator, or a verb with something on both sides ("each held 24 h").
 */

/** Fewer items than this is a short enumeration inside a note, not a run of terms. */
const MIN_RUN_ITEMS = 8;
// Slashes, bars and middle dots separate items as commas do ("canary / holds / rollback"); a bar
// is read as a colon (pieces.ts).
const ITEM_MARKS = new Set([',', ';', ':', '/', '-', '—', '·']);
/**
 * Plus signs separate items only in a chain of them ("vet summaries + eval harness + hallucination
 * rate + …"); one or two join a pair ("me + payments lead"). A sign glued to its number ("+0.5 %")
 * is part of the number, not a mark.
 */
const PLUS_CHAIN = 4;
/** At this share of items holding a number the run is a table of values, not terms. */
const QUANTIFIED_SHARE = 0.5;
/**
 * A run of thirty terms with one compound the tagger reads as a clause ("feature reads per
 * request") is still a run: up to this share of its items may hold a clause.
 */
const STRAY_CLAUSE_SHARE = 0.05;

/**
 * `bareOfGrammar`: the sentence is long and has few grammar words (sentences.ts), so a noun the
 * tagger reads as a verb with a noun after it ("warm caches cold caches", "yes auctioneer sale
 * log") is a term, not a clause.
 */
export function isTermRun(tokens: readonly Token[], bareOfGrammar = false): boolean {
  // The cheap test first: most sentences have too few commas to be a run.
  let separators = 0;
  let pluses = 0;
  for (const token of tokens) {
    if (ITEM_MARKS.has(token.text)) separators++;
    else if (token.text === '+') pluses++;
  }
  const isMark = (text: string) => ITEM_MARKS.has(text) || (text === '+' && pluses >= PLUS_CHAIN);
  if (pluses >= PLUS_CHAIN) separators += pluses;
  if (separators < MIN_RUN_ITEMS - 1) return false;
  // A heading that says whose or what order the items are relates them (lists.ts).
  if (headedByOrder(tokens) || headedBySpeaker(tokens) || assignsToPerson(tokens)) return false;
  if (assignedToSpeaker(tokens) || heldStages(tokens, isMark) >= HELD_STAGES) return false;
  if (placesInOrder(tokens) >= PLACED_GROUPS) return false;
  if (headedByLimits(tokens)) return false;
  let items = 0;
  let quantified = 0;
  let clauses = 0;
  let from = 0;
  for (let at = 0; at <= tokens.length; at++) {
    if (at < tokens.length && !isMark(tokens[at]?.text ?? '')) continue;
    if (namesTerm(tokens, from, at)) {
      // No run can hold more items than its separators allow: past that share, stop early.
      if (
        holdsClause(tokens, from, at, bareOfGrammar) &&
        ++clauses > (separators + 1) * STRAY_CLAUSE_SHARE
      ) {
        return false;
      }
      items++;
      if (holdsNumber(tokens, from, at)) quantified++;
    }
    from = at + 1;
  }
  // Mostly values ("errors +0.5 % vs control, p99 +200 ms, …"; "one, five, twenty-five, …") is a
  // table of limits or a ramp's stages written tersely: each item states a value, as a note does.
  const terms = items >= MIN_RUN_ITEMS && quantified / items < QUANTIFIED_SHARE;
  return terms && clauses <= items * STRAY_CLAUSE_SHARE;
}

/** Words that open a stage's hold in a terse ramp: "1 %, until 2,000 suggestions". */
const HOLD_OPENERS = new Set(['until', 'for', 'through', 'thru', 'held', 'holds', 'hold']);
/** Two shares each followed by its hold make a ramp with holds, however terse. */
const HELD_STAGES = 2;

/**
 * "The entrance, 1 %, until 2,000 suggestions; the great hall, 10 %, through a full week; …": a
 * ramp's stages written tersely, each share followed by how long it holds, relates its items as a
 * table of values does. Counts the shares so followed.
 */
function heldStages(tokens: readonly Token[], isMark: (text: string) => boolean): number {
  let held = 0;
  tokens.forEach((token, at) => {
    if (token.unit !== 'percent' || !isMark(tokens[at + 1]?.text ?? '')) return;
    if (HOLD_OPENERS.has(tokens[at + 2]?.text ?? '')) held++;
  });
  return held;
}

/** Tokens a heading of limits may run to before its colon: "R3, limits, signed before …:". */
const LIMITS_HEADING_TOKENS = 16;
const LIMIT_WORDS = new Set(['limit', 'threshold', 'tripwire']);
/** Changes after the heading that make it a table of limits: "errors +0.5 %, p99 +200 ms". */
const HEADED_LIMITS = 2;

/**
 * "R3, limits, signed before any basket moves, vs the old checkout: errors +0.5 %, p99 +200 ms,
 * first-order conversion −2 %": a heading naming the limits relates the values after it, as a
 * heading naming the order relates the groups; its commas and a minus do not make it a run.
 */
function headedByLimits(tokens: readonly Token[]): boolean {
  const colon = tokens.findIndex((token) => token.text === ':');
  if (colon < 0 || colon > LIMITS_HEADING_TOKENS) return false;
  const heading = tokens.slice(0, colon);
  if (!heading.some((token) => LIMIT_WORDS.has(token.lemma) && !token.negated)) return false;
  // Each item after the heading a limit, or most: a salad headed "Limits:" ("errors +0.5 %, p99
  // +200 ms, canary staff first, holds 24 h, sign-off PM, …") is still a run.
  let items = 0;
  let limits = 0;
  let from = colon + 1;
  for (let at = from; at <= tokens.length; at++) {
    const text = tokens[at]?.text ?? '';
    if (at < tokens.length && !(ITEM_MARKS.has(text) && !minusSign(tokens, at))) continue;
    if (at > from) {
      items++;
      if (tokens.slice(from, at).some((_, i) => changeAgainstNow(tokens, from + i))) limits++;
    }
    from = at + 1;
  }
  return limits >= HEADED_LIMITS && limits >= items * LIMITS_SHARE;
}
/** The share of a heading's items that must be limits. */
const LIMITS_SHARE = 0.5;

/** "−2 %": a minus glued to its value (pieces.ts reads it "-"), not a separator. */
function minusSign(tokens: readonly Token[], at: number): boolean {
  return tokens[at]?.text === '-' && tokens[at + 1]?.unit !== undefined;
}

/** Words after a value that make it a change: "0.5 % worse", "200 ms slower". */
const WORSE = new Set(['worse', 'slower', 'higher', 'lower', 'more', 'less', 'above', 'below']);
const WORSE_REACH = 2;

/**
 * A measured value said as a change against now: signed ("+0.5 %", "−2 %") or worse by it ("more
 * than 0.5 % worse"). A salad's bare values ("0.5, 200 ms, 80 %") are not limits.
 */
function changeAgainstNow(tokens: readonly Token[], at: number): boolean {
  const token = tokens[at];
  if (token?.unit === undefined) return false;
  if (SIGNED.test(token.text) || minusSign(tokens, at - 1)) return true;
  return tokens.slice(at + 1, at + 1 + WORSE_REACH).some((next) => WORSE.has(next.text));
}

/** Three places said make an order, however tersely its items are written. */
const PLACED_GROUPS = 3;

/**
 * How many different places a sentence says ("first", "next", "then", "last"), when it refuses
 * nothing: notes run together that turn an order down ("… staff first, then …, new clients last:
 * not packing it — …") stay a string of terms.
 */
function placesInOrder(tokens: readonly Token[]): number {
  if (tokens.some((token) => token.negated)) return 0;
  return new Set(tokens.filter((token) => PLACE_WORDS.has(token.text)).map((token) => token.text))
    .size;
}

/** A filler between commas ("and, uh, say,") names nothing: only an item with a noun or a value counts. */
function namesTerm(tokens: readonly Token[], from: number, end: number): boolean {
  for (let at = from; at < end; at++) {
    const token = tokens[at] as Token;
    if (token.kind === 'number' || token.pos === 'NOUN' || token.pos === 'PROPN') return true;
  }
  return false;
}

function holdsNumber(tokens: readonly Token[], from: number, end: number): boolean {
  for (let at = from; at < end; at++) if (tokens[at]?.kind === 'number') return true;
  return false;
}

/**
 * Whether the item tokens[from, end) holds a clause of its own rather than naming a term. In a
 * sentence bare of grammar words, only an auxiliary, a subordinator or a pronoun subject make one.
 */
function holdsClause(tokens: readonly Token[], from: number, end: number, bare: boolean): boolean {
  let subject = false;
  for (let at = from; at < end; at++) {
    const token = tokens[at] as Token;
    if (token.pos === 'AUX' || token.pos === 'SCONJ') return true;
    // A pronoun is a subject only with a verb after it: "everyone else" names a group.
    if (token.pos === 'PRON') subject = true;
    if (token.pos !== 'VERB') continue;
    if (subject) return true;
    if (!bare && at > from && finiteWithComplement(tokens, at, end)) return true;
  }
  return false;
}

/**
 * "Partners get a week", "on-call rolls back": a present-tense verb with something after it
 * relates the terms. A participle ("limits agreed up front", "rolling back") or a verb closing
 * its item ("PM owns", "thresholds pre-committed") only labels the term before it.
 */
function finiteWithComplement(tokens: readonly Token[], at: number, end: number): boolean {
  const verb = tokens[at] as Token;
  const next = tokens[at + 1];
  if (at + 1 >= end || next === undefined || next.kind === 'mark' || next.pos === 'VERB') {
    return false;
  }
  const participle = verb.text !== verb.lemma && !verb.text.endsWith('s');
  return !participle;
}
