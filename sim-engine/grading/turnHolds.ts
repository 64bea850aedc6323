import { has } from './match';
import { labelOf } from './ownStages';
import { stageShares } from './quantities';
import type { Token } from './tokens';
import { isDuration } from './tokens';
import { ROLLBACK } from './vocabulary';

/**
 * Stages and their holds as answers set them out (read by ramp.ts): held in turn ("each division
 * holds at least 48 hours"), under a heading ("Holds." then "Staff for two days, …"), and a
 * stage's label with its share alone ("Lustre: 100 %.").
 */

/*
 * Held in turn, whatever the answer calls its stages: "each part of town holds a full week",
 * "each holds till it has 2,000 graded summaries". "Each" and the thing it counts, then a verb
 * of holding and how long: the things counted are the ramp's stages, each held for that length.
 */

const EACH = new Set(['each', 'every']);
/** Verbs a stage is held by; not "stays" or "remains", said of limits and sessions too. */
export const HOLDING: ReadonlySet<string> = new Set(
  'hold holds sit sits bide bides lasts lasting'.split(' '),
);
/** Words between "each" and its verb: "each part of town", "each one". */
const SUBJECT_WORDS = 4;
/** Words between the verb and the length: "holds at least 48 hours". */
const LENGTH_REACH = 6;
export const UNTIL: ReadonlySet<string> = new Set(['until', 'till']);
/** "A full week", "one full round": a length of the calendar without a number. */
const FULL = new Set(['full', 'whole']);

/** A length after a holding verb; "30 days of data" is a quantity, not a length. */
function lengthAt(tokens: readonly Token[], at: number): boolean {
  const token = tokens[at] as Token;
  if (UNTIL.has(token.text) || FULL.has(token.text)) return true;
  if (token.text === 'minimum') return true;
  return isDuration(token.unit) && !token.negated && tokens[at + 1]?.text !== 'of';
}

/** "Each" at `each`, its subject, a verb of holding, then a length. */
function heldInTurnAt(tokens: readonly Token[], each: number): boolean {
  if (!EACH.has(tokens[each]?.text ?? '') || tokens[each]?.negated) return false;
  for (let at = each + 1; at <= each + 1 + SUBJECT_WORDS; at++) {
    const word = tokens[at];
    if (word === undefined || word.kind === 'mark') return false;
    if (HOLDING.has(word.text) && !word.negated) return lengthFollows(tokens, at + 1);
  }
  return false;
}

/** A length within reach, in the same clause: "holds at least 48 hours", "holds till …". */
export function lengthFollows(tokens: readonly Token[], from: number): boolean {
  const end = Math.min(tokens.length, from + LENGTH_REACH);
  for (let at = from; at < end; at++) {
    if (tokens[at]?.kind === 'mark' && tokens[at]?.text !== ',') return false;
    if (lengthAt(tokens, at) || countedAt(tokens, at)) return true;
  }
  return false;
}

/** "For 800 notes", "lasting 2,000 sessions": a count of samples, as long as a stage holds. */
function countedAt(tokens: readonly Token[], at: number): boolean {
  const token = tokens[at];
  const counted = token?.kind === 'number' && token.unit === undefined && !token.negated;
  return counted && (token.value ?? 0) >= MIN_COUNT && countedNoun(tokens, at + 1);
}

/** Labelled entries, or shares of a ramp, that show the answer has stages to hold in turn. */
const MIN_ENTRIES = 3;
const MIN_SHARES = 3;

/**
 * "Each division holds at least 48 hours", after "Non-league: staff. League Two: …": the things
 * counted are stages, held that long. Only after the answer has set out its stages, as labelled
 * entries or a ramp's shares: "each limit holds for ten minutes" after one heading holds none.
 */
export function heldInTurn<T extends { readonly tokens: readonly Token[] }>(
  sentences: readonly T[],
  at: number,
): boolean {
  const tokens = sentences[at]?.tokens ?? [];
  if (!tokens.some((_, i) => heldInTurnAt(tokens, i))) return false;
  const before = sentences.slice(0, at + 1);
  const entries = before.filter((sentence) => labelOf(sentence.tokens).length > 0).length;
  const shares = before.reduce((sum, sentence) => sum + stageShares(sentence.tokens).length, 0);
  return entries >= MIN_ENTRIES || shares >= MIN_SHARES || numberedStages(before);
}

/** Words between "for" and its length: "for a full week", "for 800 notes". */
const FOR_REACH = 3;
/** A count of samples is a length only from here: "for 800 notes", not "for 2 people". */
export const MIN_COUNT = 20;

/** "For a full week", "for 48 hours", "for 800 notes": a length or a count after "for". */
function lengthForAt(tokens: readonly Token[], at: number): boolean {
  if (tokens[at]?.text !== 'for' || tokens[at]?.negated) return false;
  for (let next = at + 1; next <= at + FOR_REACH && next < tokens.length; next++) {
    const token = tokens[next] as Token;
    if (token.kind === 'mark') return false;
    if (lengthAt(tokens, next) || countedAt(tokens, next)) return true;
  }
  return false;
}

/** The things counted: "800 notes", or with one word before them, "4,000 graded suggestions". */
function countedNoun(tokens: readonly Token[], at: number): boolean {
  if (tokens[at]?.pos === 'NOUN') return true;
  const modifier = tokens[at]?.pos === 'ADJ' || tokens[at]?.pos === 'VERB';
  return modifier && tokens[at + 1]?.pos === 'NOUN';
}

/**
 * "St George's holds for 800 notes, Hamilton for a full week, then Sandys": groups held in
 * sequence, the first by a verb of holding, the next by "for" alone, the last after "then" — the
 * groups named are the ramp's stages, whatever the answer calls them.
 */
export function heldInSequence(tokens: readonly Token[]): boolean {
  const held = tokens.findIndex(
    (token, i) => HOLDING.has(token.text) && !token.negated && lengthForAt(tokens, i + 1),
  );
  if (held < 0) return false;
  const lengths = tokens.filter((_, i) => i > held && lengthForAt(tokens, i)).length;
  return lengths >= 2 && tokens.some((token, i) => i > held && token.text === 'then');
}

/** Items a list of stages names before its ", each held …": three at least. */
const MIN_LISTED_STAGES = 3;

/**
 * "The measuring, the first fitting and the final fitting, each held a full Tobaski week": a list
 * of three or more names, then ", each held" and a length — the things listed are the ramp's
 * stages, each held that long, whatever the answer calls them.
 */
export function listEachHeld(tokens: readonly Token[]): boolean {
  return tokens.some((token, each) => {
    if (token.text !== 'each' || token.negated || tokens[each - 1]?.text !== ',') return false;
    const verb = tokens[each + 1];
    // "…, each holding for 1,500 conversations": the tagger may read the participle as a noun.
    const holds = verb?.lemma === 'hold' || verb?.text === 'holding';
    if (verb === undefined || !holds || verb.negated) return false;
    const length = lengthFollows(tokens, each + 2) || lengthForAt(tokens, each + 2);
    return length && listedBefore(tokens, each - 1) >= MIN_LISTED_STAGES;
  });
}

/** How many items a list ending at `end` joins by commas and "and", back to its clause's start. */
function listedBefore(tokens: readonly Token[], end: number): number {
  let items = 1;
  for (let at = end - 1; at >= 0; at--) {
    const text = tokens[at]?.text ?? '';
    if (text === ',' || text === 'and') items++;
    else if (tokens[at]?.kind === 'mark' || tokens[at]?.pos === 'VERB') break;
  }
  return items;
}

/**
 * "5 %, a full homestand with a weekend night": a stage's share given "a full" period of its own
 * calendar. Not "full" before a share ("the full 100 %") or a rollout ("a full launch").
 */
export function fullPeriod(tokens: readonly Token[]): boolean {
  return tokens.some(
    (token, at) =>
      FULL.has(token.text) &&
      !token.negated &&
      // "one full weekend of nights", "two full Friday rushes": a count of periods, as "a" is.
      (tokens[at - 1]?.text === 'a' || tokens[at - 1]?.kind === 'number') &&
      // "a full Memorial Day week": the period may open on a name.
      (tokens[at + 1]?.pos === 'NOUN' || tokens[at + 1]?.pos === 'PROPN') &&
      !NOT_PERIODS.has(tokens[at + 1]?.text ?? ''),
  );
}
const NOT_PERIODS = new Set(['launch', 'rollout', 'release', 'ramp', 'rollback', 'redeploy']);

/** Words of a note that holds the stage just entered: "Work even for 1,000 conversations." */
const HOLD_NOTE_WORDS = 8;

/**
 * "Work even for a week.", "Run 400 orders.": a short note after a stage's entry that gives a
 * length or a count of samples, after a word of its own — not a share, and not a bare number that
 * sizes the stage ("3,000 users.").
 */
function holdNote(tokens: readonly Token[], words: number): boolean {
  if (words > HOLD_NOTE_WORDS || tokens.some((token) => token.unit === 'percent')) return false;
  // The count comes after a word of the note's own: "800 orders." alone sizes the stage.
  const first = tokens.findIndex((token) => token.kind !== 'mark');
  return tokens.some((token, at) => {
    if (at <= first || token.negated) return false;
    if (isDuration(token.unit)) return tokens[at + 1]?.text !== 'of';
    const counted = token.kind === 'number' && token.unit === undefined;
    return counted && (token.value ?? 0) >= MIN_COUNT && tokens[at + 1]?.pos === 'NOUN';
  });
}

/** The highest number a stage's name counts to: "day five", "round 4". */
const MAX_STAGE_NUMBER = 10;

/**
 * "Day one, our own staff. Day two, the opted-in. Day three, …": one word numbered three times or
 * more names stages, however each entry is set off.
 */
function numberedStages(sentences: readonly { readonly tokens: readonly Token[] }[]): boolean {
  const numbers = new Map<string, Set<number>>();
  for (const { tokens } of sentences) {
    tokens.forEach((token, i) => {
      const number = tokens[i + 1];
      if (token.kind !== 'word' || number?.kind !== 'number' || number.unit !== undefined) return;
      const value = number.value ?? 0;
      if (value < 1 || value > MAX_STAGE_NUMBER) return;
      const counted = numbers.get(token.lemma) ?? new Set<number>();
      numbers.set(token.lemma, counted.add(value));
    });
  }
  return [...numbers.values()].some((counted) => counted.size >= MIN_ENTRIES);
}

/** Words a holds heading may have: "Holds.", "Holds:", "Hold times:". */
const HEADING_WORDS = 2;
/** Words at each stage after a length: "three full mornings per set", "two days at each". */
const AT_EACH = new Set(['per', 'each', 'every', 'at']);

/** The lengths an entry gives: "for three days", "a full payday weekend", "through a full month". */
function lengthsIn(tokens: readonly Token[]): number {
  return tokens.filter(
    (token, i) =>
      (isDuration(token.unit) && !token.negated && tokens[i + 1]?.text !== 'of') ||
      (FULL.has(token.text) && tokens[i + 1]?.kind === 'word' && !isDuration(tokens[i - 1]?.unit)),
  ).length;
}

/** A length, then "per set" or "at each": one length given to every stage. */
function lengthAtEach(tokens: readonly Token[]): boolean {
  return tokens.some(
    (token, i) => isDuration(token.unit) && AT_EACH.has(tokens[i + 1]?.text ?? ''),
  );
}

/** Where a holds heading's entry begins: after "Holds:" in the sentence, or the next sentence. */
function headingEntry(tokens: readonly Token[]): 'next' | number | null {
  const start = tokens[0]?.kind === 'mark' ? 1 : 0;
  if (!['hold', 'holds'].includes(tokens[start]?.text ?? '')) return null;
  const end = tokens.findIndex((token, i) => i > start && token.kind === 'mark');
  if (end < 0 || end - start > HEADING_WORDS) return null;
  if (tokens[end]?.text === ':') return end + 1;
  return end === tokens.length - 1 ? 'next' : null;
}

/**
 * "Holds." over "Non-league for three days, League Two a full payday weekend, …", or "Holds:
 * three full mornings per set": under a heading that names them, lengths given in turn, or one
 * length per stage, are the stages' holds. The sentences that give them.
 */
export function heldUnderHeading<T extends { readonly tokens: readonly Token[] }>(
  sentences: readonly T[],
): T[] {
  const entries: T[] = [];
  sentences.forEach((sentence, i) => {
    const entry = headingEntry(sentence.tokens);
    if (entry === null) return;
    const given = entry === 'next' ? sentences[i + 1] : sentence;
    if (given === undefined) return;
    const tokens = entry === 'next' ? given.tokens : given.tokens.slice(entry);
    if (lengthsIn(tokens) >= 2 || lengthAtEach(tokens)) entries.push(given);
  });
  return entries;
}

/** Words of a stage's label: "Lustre", "Top floor". */
const LABEL_WORDS = 3;

/** "Lustre: 100 %.": a stage's label and its share alone, too short to be a clause. */
export function labelledShare(tokens: readonly Token[]): boolean {
  const start = tokens[0]?.kind === 'mark' ? 1 : 0;
  const colon = tokens.findIndex((token) => token.text === ':');
  if (colon <= start || colon - start > LABEL_WORDS) return false;
  if (tokens.slice(start, colon).some((token) => token.kind !== 'word')) return false;
  const rest = tokens.slice(colon + 1).filter((token) => token.text !== '.');
  return rest.length === 1 && rest[0]?.unit === 'percent';
}

/** A sentence as the holds reading sees it. */
interface LengthNote {
  readonly tokens: readonly Token[];
  readonly words: number;
  readonly isClause: boolean;
}

/** A note this short ("Two days.", "48 hours, clean.") is the stage's length and nothing else. */
const LENGTH_NOTE_WORDS = 4;

/**
 * "Two days.", "Three days, so we see a weekday peak": a note or a clause that opens with a
 * length; a string of terms that does ("24 h hold, metric gate, six hours stable — …") relates
 * nothing to the stage before it.
 */
export function saysLengthAfter(sentence: LengthNote): boolean {
  if (!sentence.isClause && sentence.words > LENGTH_NOTE_WORDS) return false;
  const tokens = sentence.tokens;
  // "10 minutes to roll back." is how fast a stage is left, not how long it is held.
  if (has(tokens, ROLLBACK)) return false;
  const first = tokens.find((token) => token.kind !== 'mark');
  if (first !== undefined && isDuration(first.unit) && !first.negated) return true;
  return holdNote(tokens, sentence.words);
}
