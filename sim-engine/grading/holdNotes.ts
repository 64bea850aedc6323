import { namedLastAfter } from './rampEnds';
import type { Sentence } from './sentences';
import { stageShares } from './quantities';
import type { Token } from './tokens';
import { isDuration } from './tokens';
import { WEEKDAYS } from './quantityWords';
import { fullPeriod, MIN_COUNT, UNTIL } from './turnHolds';

/**
 * A ramp laid out as notes, read by ramp.ts: each stage's entry ("5 % of rentals: renters who
 * asked for it."), a reason or two, then "Hold: 1,500 rentals." or "Hold: a full Easter week of
 * rentals.", and at the end a share alone ("100 %."). The hold note is the stage's length wherever
 * it stands before the next stage's entry, and the last share goes on with the ramp when a stage
 * with a smaller share was entered a few sentences before.
 */

/** Sentences back from a share alone to the stage it goes on from. */
const RAMP_REACH = 4;

/**
 * "100 %.": a share alone. Under a label ("Refunds: 20 %.") it may be a limit's note; ramp.ts
 * reads a labelled share only right after a stage (turnHolds.ts, `labelledShare`).
 */
function shareAlone(tokens: readonly Token[]): number | undefined {
  const rest = tokens.filter((token) => token.kind !== 'mark');
  const share = rest[0];
  return rest.length === 1 && share?.unit === 'percent' ? share.value : undefined;
}

/** A share alone that a stage with a smaller share, entered just before, goes on to. */
export function shareGoesOn(sentences: readonly Sentence[], position: number): boolean {
  const value = shareAlone(sentences[position]?.tokens ?? []);
  if (value === undefined) return false;
  return sentences
    .slice(Math.max(0, position - RAMP_REACH), position)
    .some(
      (before) =>
        before.isClause && stageShares(before.tokens).some((share) => share.value < value),
    );
}

/** The stage entries (a sentence holding one share under 100 %) that a "Hold:" note holds. */
export function heldByHoldNotes(sentences: readonly Sentence[]): Sentence[] {
  const held: Sentence[] = [];
  let entry: Sentence | undefined;
  for (const sentence of sentences) {
    const shares = stageShares(sentence.tokens);
    if (shares.length === 1 && (shares[0]?.value ?? 100) < 100) entry = sentence;
    else if (shares.length > 0) entry = undefined;
    else if (entry !== undefined && holdNoteGivesLength(sentence.tokens)) {
      held.push(entry);
      entry = undefined;
    }
  }
  return held;
}

/**
 * "Hold: 1,500 rentals.", "Hold: two days.", "Holds: a full Easter week of rentals, because …";
 * a form's question for the length does the same: "For how long: 2,000 suggestions.".
 */
export function holdNoteGivesLength(tokens: readonly Token[]): boolean {
  const start = tokens[0]?.kind === 'mark' ? 1 : 0;
  const colon = tokens.findIndex((token, at) => at > start && token.text === ':');
  if (colon < 0) return false;
  return asksLength(tokens.slice(start, colon)) && opensOnLength(tokens.slice(colon + 1));
}

/** A form's labels that ask a stage's length. */
const LENGTH_QUESTIONS = new Set(['how long', 'for how long', 'duration']);

/** A label before its colon that asks a stage's length: "Hold", "Holds", "For how long". */
export function asksLength(label: readonly Token[]): boolean {
  if (label.length === 1 && label[0]?.lemma === 'hold') return true;
  return LENGTH_QUESTIONS.has(label.map((token) => token.text).join(' '));
}

/**
 * "1,500 rentals", "two days", "a full Easter week of rentals": a hold note's length where its
 * words start. The word after a count is what is counted, however it is tagged ("chats").
 */
export function opensOnLength(length: readonly Token[]): boolean {
  const first = length[0];
  if (first === undefined || first.negated) return false;
  if (isDuration(first.unit)) return true;
  const counted = first.kind === 'number' && first.unit === undefined;
  if (counted && (first.value ?? 0) >= MIN_COUNT && length[1]?.kind === 'word') return true;
  if (fullPeriod(length.slice(0, 3)) || businessDays(length) || throughPeriod(length)) return true;
  // "two French dinners and 40,000 suggestions", "a Saturday and 2,000 orders": events of the
  // business first, then the count.
  const and = length.slice(0, PAIRED_REACH).findIndex((token) => token.text === 'and');
  const unbroken = and > 0 && length.slice(0, and).every((token) => token.kind !== 'mark');
  const events = first.kind === 'number' || oneBusyDay(length);
  return unbroken && events && opensOnLength(length.slice(and + 1));
}

/** "a Saturday", "one Friday", "a weekend": one of the business's days or busy times. */
function oneBusyDay(length: readonly Token[]): boolean {
  if (length[0]?.text !== 'a' && length[0]?.text !== 'one') return false;
  const day = length[1]?.text.toLowerCase() ?? '';
  return WEEKDAYS.has(day) || BUSY_PERIODS.has(length[1]?.lemma ?? '');
}

/** The busy times of a business's own week a stage can be held through: "a Monday-morning peak". */
const BUSY_PERIODS = new Set([
  'peak',
  'rush',
  'weekend',
  'week',
  'night',
  'cycle',
  'season',
  // "held through two nightly batch windows": a window the business's own load comes in.
  'window',
]);
/** Words between "through" and the period: "through a Monday-morning peak". */
const THROUGH_REACH = 4;

/**
 * "…, through a Monday-morning peak;", "through the Friday rush": a stage held until one of the
 * business's busy times, or a length, has passed, as "a full week" is. The reader spells
 * "through" as "thru".
 */
export function throughPeriod(length: readonly Token[]): boolean {
  if (length[0]?.text !== 'thru' && length[0]?.text !== 'through') return false;
  // "through a second Friday dinner", "through 2,000 payments": a length of its own after it.
  if (opensOnLength(length.slice(1))) return true;
  const words = length.slice(1, 1 + THROUGH_REACH);
  const end = words.findIndex((token) => token.kind === 'mark');
  return (end < 0 ? words : words.slice(0, end)).some(
    (token) => token.pos === 'NOUN' && BUSY_PERIODS.has(token.lemma),
  );
}

/** Words that count one more day without a number: "another Friday", "a second Friday". */
const ANOTHER = new Set(['another', 'a']);
const NEXT_ONES = new Set(['second', 'third', 'further']);

/**
 * "one Friday dinner", "another Friday", "a second Friday dinner", "two lunches": days or
 * services of the business's own week, counted, are a stage's length as days are. The day or
 * service comes straight after the count ("two Singapore lunches" is left to the pairing below).
 */
function businessDays(length: readonly Token[]): boolean {
  const first = length[0];
  if (first === undefined || (first.kind !== 'number' && !ANOTHER.has(first.text))) return false;
  const at = first.text === 'a' && NEXT_ONES.has(length[1]?.text ?? '') ? 2 : 1;
  if (first.text === 'a' && at === 1) return false;
  return WEEKDAYS.has((length[at]?.text ?? '').replace(/s$/, ''));
}

/** Words a counted event runs to before "and" pairs it with a length: "two French dinners and". */
const PAIRED_REACH = 5;

/**
 * Hold notes that make a ramp held in turn: two, as a ramp of three stages holds its first two
 * and ends on everyone.
 */
const MIN_HELD_NOTES = 2;
/** Words of a hold note before its first comma: "Held through 600 orders, first-timers among them." */
const HOLD_NOTE_WORDS = 10;
const HELD_FORMS = new Set(['held', 'hold', 'holds']);
const LENGTH_LEADS = new Set(['for', 'through', 'thru', 'over']);
const NOTE_ENDS = new Set([',', ';', ':', '—']);

/**
 * "Promenade to the tapping! (Held through 200 orders.) Promenade to the boil! (Held a full week
 * of mud season.)", "The first end: staff riders. Hold 500 trips, one of them a night. The hammer:
 * … Hold a full weekend of nights.": two short notes or more, each opening on "held" or "hold" and
 * giving a length, are the stages of a ramp held in turn, whatever the stages are called and
 * whether or not they carry shares. The notes, or none.
 */
export function heldNotesInTurn(sentences: readonly Sentence[]): Sentence[] {
  const notes = sentences.filter((sentence) => heldNote(sentence.tokens));
  return notes.length >= MIN_HELD_NOTES ? notes : [];
}

function heldNote(tokens: readonly Token[]): boolean {
  const end = tokens.findIndex((token, i) => i > 0 && NOTE_ENDS.has(token.text));
  const whole = (end < 0 ? tokens : tokens.slice(0, end)).filter((token) => token.kind !== 'mark');
  const head = whole.slice(stageSubject(whole));
  if (head.length > HOLD_NOTE_WORDS || !HELD_FORMS.has(head[0]?.text ?? '')) return false;
  if (head[0]?.negated) return false;
  if (head[1]?.text === 'until') return countedUntil(head.slice(2));
  return opensOnLength(head.slice(LENGTH_LEADS.has(head[1]?.text ?? '') ? 2 : 1));
}

/** Words of a stage named as a note's subject: "The frame", "The first super". */
const SUBJECT_WORDS = 3;

/**
 * "The frame holds 500 bookings.": a stage named by "the" and a word or two, then the verb of
 * holding; where the note's hold starts (0 when it opens on it).
 */
function stageSubject(words: readonly Token[]): number {
  if (words[0]?.text !== 'the') return 0;
  const verb = words.findIndex((word, at) => at > 1 && HELD_FORMS.has(word.text));
  return verb > 0 && verb <= SUBJECT_WORDS && words[verb]?.pos === 'VERB' ? verb : 0;
}

/** "Hold until the harness has graded 20 of their forecasts": a count the stage waits for. */
function countedUntil(condition: readonly Token[]): boolean {
  return condition.some(
    (token) =>
      token.kind === 'number' && token.unit === undefined && (token.value ?? 0) >= MIN_COUNT,
  );
}

/** Shares in one sentence that make it a ladder: three, as a ramp needs. */
const MIN_LADDER_SHARES = 3;
/** Words of a note's label before its length: "Days to maturity: 400 repairs each." */
const NOTE_LABEL_WORDS = 3;
/** Words that give one length to every stage: "400 repairs each", "two days apiece". */
const FOR_EACH = new Set(['each', 'apiece']);

/**
 * "Description: the test ride at 2 %, the tune-up at 20 %, the overhaul at 100 %. Days to
 * maturity: 400 repairs each.": a ladder given in one sentence, then a note of one length for each
 * of its stages. The ladders so held.
 */
export function ladderHeldEach(sentences: readonly Sentence[]): Sentence[] {
  return sentences.filter((sentence, i) => {
    const next = sentences[i + 1];
    return ladderStages(sentence.tokens) >= MIN_LADDER_SHARES && next !== undefined
      ? lengthForEach(next.tokens) || eachGivenLength(next.tokens)
      : false;
  });
}

/** "The wick 5 %, the flame 25 %, the full light": the shares, and a last stage named after them. */
function ladderStages(tokens: readonly Token[]): number {
  const shares = stageShares(tokens);
  const last = shares.at(-1);
  if (last === undefined || last.value >= 100) return shares.length;
  return shares.length + (namedLastAfter(tokens, last.index) ? 1 : 0);
}

/** Verbs of holding that may open a length given to each stage: "Hold 2,000 suggestions at each". */
const HOLDING_ORDERS = new Set(['hold', 'stay', 'sit']);
/** Words from a length's count to its "each": "400 repairs each", "2,000 suggestions at each". */
const EACH_REACH = 3;

function lengthForEach(tokens: readonly Token[]): boolean {
  const colon = tokens.findIndex((token) => token.text === ':');
  // "Hold at each: 4,000 conversations.", "Hold at each stage: …": the label gives it to each.
  const label = tokens.slice(0, Math.max(colon, 0));
  const labelEach =
    colon > 0 &&
    colon <= NOTE_LABEL_WORDS + 1 &&
    HOLDING_ORDERS.has(label[0]?.lemma ?? '') &&
    label.some((token) => (FOR_EACH.has(token.text) || token.text === 'every') && !token.negated);
  if (labelEach) return opensOnLength(tokens.slice(colon + 1));
  const note = colon > 0 && colon <= NOTE_LABEL_WORDS ? tokens.slice(colon + 1) : tokens;
  const length = HOLDING_ORDERS.has(note[0]?.lemma ?? '') ? note.slice(1) : note;
  if (!opensOnLength(length)) return false;
  return length
    .slice(1, 1 + EACH_REACH)
    .some((token) => FOR_EACH.has(token.text) && !token.negated);
}

/** Periods a count of which is a length: "two weekend nights", "three Friday rushes". */
const PERIODS = new Set(['night', 'day', 'week', 'weekend', 'evening', 'morning', 'rush', 'peak']);

/**
 * "Each holds two weekend nights and one billing batch.", "Each camp runs through a Monday-night
 * rush and at least 2,000 sessions.": a sentence opening on "each" that gives a length, a count
 * or a run of periods.
 */
function eachGivenLength(tokens: readonly Token[]): boolean {
  const start = tokens[0]?.kind === 'mark' ? 1 : 0;
  if (tokens[start]?.text !== 'each' && tokens[start]?.text !== 'every') return false;
  const periods = tokens.some(
    (token, at) =>
      token.kind === 'number' &&
      !token.negated &&
      tokens.slice(at + 1, at + 3).some((word) => PERIODS.has(word.lemma)),
  );
  const length = tokens.some((token) => isDuration(token.unit) && !token.negated);
  return length || periods || fullPeriod(tokens) || countedUntil(tokens);
}

/** Stages named in general, which "no" may take: "no stage moves on until …". */
const STAGE_NOUNS = new Set(['stage', 'step', 'phase', 'wave', 'level', 'gate', 'ring']);

/**
 * "No wall is done until it has lived through a Friday rush and 1,500 paid sessions", "No stage
 * moves on until a full week has passed": "no" stage before a length or a count it waits for is
 * every stage held for it. The sentences so read.
 */
export function heldUntilForEvery(
  sentences: readonly Sentence[],
  ownStages: ReadonlySet<string>,
): Sentence[] {
  return sentences.filter(({ tokens }) => {
    const start = tokens[0]?.kind === 'mark' ? 1 : 0;
    const stage = tokens[start + 1]?.lemma ?? '';
    if (tokens[start]?.text !== 'no' || !(STAGE_NOUNS.has(stage) || ownStages.has(stage))) {
      return false;
    }
    const until = tokens.findIndex((token, at) => at > start + 1 && UNTIL.has(token.text));
    if (until < 0) return false;
    const condition = tokens.slice(until + 1);
    const length = condition.some((token) => isDuration(token.unit) && !token.negated);
    return length || fullPeriod(condition) || countedUntil(condition);
  });
}
