import { clauseOpensAt, spokenCut } from './spokenClauses';
import { SPEAKER_BESIDE_ROLE } from './speaker';
import type { RawTokens } from './tokens';
import { isFinite, isWordAt, questionApart, semicolonParts } from './semicolonParts';

export { readsAsSpoken } from './spokenClauses';

/*
 * Sentences the language model reads as one because the writer ran them together: thoughts
 * joined by dashes ("Staff go first — We hold a day — I sign off each step") and answers spoken
 * into a phone or a caption tool, where no full stop marks where one thought ends. Read as one
 * sentence, such a run names every point at once and is taken for stuffing; a strict interviewer
 * hears the sentences. The cuts here are where a new sentence evidently begins; the words and
 * the text shown back stay as written.
 */

/** Dashes that join thoughts when spaced on both sides ("a — B"), not hyphens inside words. */
const DASHES = new Set(['—', '–', '-', '--', '―']);
/** Words an aside between dashes runs to, at most. */
const LONGEST_ASIDE = 16;

/**
 * The sentences in one of the model's sentence spans [start, end]: cut at a spaced dash followed
 * by a capital; in notes strung on dashes, also where a part opens on a clause or a label; and,
 * in spoken text, before a subject that opens a new clause after a finished phrase ("… for a day
 * we move to five per cent …").
 */
export function runOnSpans(raw: RawTokens, span: readonly number[], spoken: boolean): number[][] {
  const [start = 0, end = -1] = span;
  const result: number[][] = [];
  let from = start;
  // "… and — this is the part I'd watch — German users as their own step": the second dash
  // closes an aside the first opened, whatever word follows it.
  let asideFrom: number | null = null;
  // Three dashes or more string notes together ("stop lines — agreed before launch — we hold a
  // day — …"), as do two after a short heading ("who owns what — platform team: … — me: …"):
  // there a clause after a dash opens a sentence even in lower case. Otherwise one or two dashes
  // set off an aside ("I think — and I may be off — the data is thin").
  const apposed = apposedSpeakerDashes(raw, start, end);
  const heading = headingDashOf(raw, start, end);
  const headingDash = apposed.has(heading) ? -1 : heading;
  const dashes = dashesIn(raw, start, end) - apposed.size;
  const notes = dashes >= NOTE_DASHES || (headingDash >= 0 && dashes >= HEADED_NOTE_DASHES);
  for (let i = start + 1; i <= end; i++) {
    const dash = isSpacedDash(raw, i) && !apposed.has(i);
    const closesAside: boolean =
      dash && !notes && asideFrom !== null && i - asideFrom <= LONGEST_ASIDE;
    if (dash) asideFrom = !closesAside && /^\p{Ll}/u.test(raw.value[i + 1] ?? '') ? i : null;
    // At the heading's dash only a capital opens a sentence ("16:00 - Rollback drill …").
    const asNotes = notes && i !== headingDash;
    if (dash && !closesAside && dashOpensSentence(raw, i, from, end, asNotes)) {
      result.push([from, i - 1]);
      from = i + 1;
    } else if (spoken) {
      const at = spokenCut(raw, i, from);
      if (at !== null) {
        result.push([from, at - 1]);
        from = at;
      }
    }
  }
  result.push([from, end]);
  // Only a sentence written whole, with its marks: dashes or speech already cut a run.
  const whole = !spoken && result.length === 1;
  const parts = whole ? semicolonParts(raw, result[0] ?? [from, end]) : result;
  // Plain loops: `flatMap` costs about a microsecond a call, and this runs once per sentence.
  const spans: number[][] = [];
  for (const part of parts) {
    for (const span of questionApart(raw, part)) if (isFilled(span)) spans.push(span);
  }
  return spans;
}

/** A span with at least one token. */
function isFilled([start = 0, end = -1]: readonly number[]): boolean {
  return end >= start;
}

/** Every span's run-on sentences, in order. */
export function runOnSpansOf(
  raw: RawTokens,
  spans: readonly (readonly number[])[],
  spoken: boolean,
): number[][] {
  const result: number[][] = [];
  for (const whole of spans) result.push(...runOnSpans(raw, whole, spoken));
  return result;
}

const NOTE_DASHES = 3;
/** The two dashes around the speaker set beside a role ("The PM — me — owns"), which join no thoughts. */
function apposedSpeakerDashes(raw: RawTokens, start: number, end: number): Set<number> {
  const dashes = new Set<number>();
  for (let i = start; i + 2 <= end; i++) {
    // The dashes first: the word between is lower-cased only where they stand.
    if (!isSpacedDash(raw, i) || !isSpacedDash(raw, i + 2)) continue;
    if (SPEAKER_BESIDE_ROLE.has((raw.value[i + 1] ?? '').toLowerCase())) dashes.add(i).add(i + 2);
  }
  return dashes;
}

function dashesIn(raw: RawTokens, start: number, end: number): number {
  let dashes = 0;
  for (let i = start; i <= end; i++) if (isSpacedDash(raw, i)) dashes++;
  return dashes;
}

function isSpacedDash(raw: RawTokens, i: number): boolean {
  return (
    DASHES.has(raw.value[i] ?? '') &&
    (raw.spaces[i] ?? '') !== '' &&
    (raw.spaces[i + 1] ?? '') !== ''
  );
}

function dashOpensSentence(
  raw: RawTokens,
  i: number,
  from: number,
  end: number,
  notes: boolean,
): boolean {
  if (i <= from || i >= end) return false;
  // Among notes, a capital opens a sentence only with a few words after it: "— A/B — p99" are terms.
  const capital =
    /^\p{Lu}/u.test(raw.value[i + 1] ?? '') &&
    (!notes || noteWords(raw, i + 1, end) >= MIN_NOTE_WORDS);
  const opens =
    capital ||
    (notes &&
      (clauseOpensAt(raw, i + 1) || holdsClause(raw, i + 1, end) || labelOpens(raw, i + 1)));
  return opens && !turnsDown(raw, i + 1, end);
}

const NEGATIONS = new Set(['not', "n't", 'never', 'no', 'nobody', 'nothing']);
/** How far into what follows a dash a turn-down shows: "— I don't think it matters". */
const TURN_DOWN_REACH = 5;

/**
 * What follows the dash turns down what came before ("staff, beta, enterprise last — I don't
 * think the order matters here"): kept in one sentence, the refusal covers it (negationScope.ts).
 */
function turnsDown(raw: RawTokens, from: number, end: number): boolean {
  for (let i = from; i <= Math.min(end, from + TURN_DOWN_REACH); i++) {
    // "— NO." as one token, as the model keeps the abbreviation "No. 5" whole.
    const word = raw.normal[i] ?? '';
    if (NEGATIONS.has(word) || word === 'no.') return true;
  }
  return false;
}

/** Words that start a negation of their own (the model's negators and ours). */
const NEGATORS = new Set([...NEGATIONS, 'none', 'neither', 'nor', 'cannot', 'without']);

/**
 * Where the negation marks of a sentence cut from a run start to be its own. The model marks the
 * words after a negator up to the next punctuation, so across a dash ("… will not show a worse
 * answer — The limits are fixed up front") its marks run into the next sentence; they count
 * again from the next sentence's own negator.
 */
export function ownNegationFrom(raw: RawTokens, start: number, end: number): number {
  if (raw.negated[start] !== true) return start;
  let at = start;
  while (at <= end && raw.negated[at] === true && !NEGATORS.has(raw.normal[at] ?? '')) at++;
  return at;
}

/** Words that carry a list or an order on from the note before. */
const CONTINUATIONS = new Set(['then', 'and', 'or', 'plus', 'next', 'followed']);

/** Words a note's subject runs to before its verb: "me and the tech lead sign". */
const SUBJECT_WORDS = 5;

/** Words a note after a dash needs before its verb makes it a statement of its own. */
const MIN_NOTE_WORDS = 4;

/**
 * The note after a dash, up to the next dash, says something of its own: a finite verb or an
 * auxiliary in four words or more ("on-call can revert any hour", "me and the tech lead sign off
 * each gate"). A heading or a value ("order", "errors up 0.5 %") stays with its neighbours.
 */
function holdsClause(raw: RawTokens, from: number, end: number): boolean {
  // "… staff first — then the insiders — then first-time buyers, because they're new": the
  // next step of an order continues the note before it.
  if (CONTINUATIONS.has(raw.normal[from] ?? '')) return false;
  let words = 0;
  let verb = false;
  for (let i = from; i <= end && !isSpacedDash(raw, i); i++) {
    if (isWordAt(raw, i)) words++;
    // The note opens on its clause: "wholesale last, at 400 a basket they're the ones we can't
    // lose" is a step of the order with a reason, not a statement of its own.
    if (!verb && (words > SUBJECT_WORDS || raw.value[i] === ',')) return false;
    if (raw.pos[i] === 'AUX' || (raw.pos[i] === 'VERB' && isFinite(raw, i))) verb = true;
  }
  return verb && words >= MIN_NOTE_WORDS;
}

/** Words in the note from `from` up to the next dash. */
function noteWords(raw: RawTokens, from: number, end: number): number {
  let words = 0;
  for (let i = from; i <= end && !isSpacedDash(raw, i); i++) {
    if (isWordAt(raw, i)) words++;
  }
  return words;
}

/** Words a heading before a note's first dash runs to: "who owns what —", "what it won't prove —". */
const HEADING_WORDS = 4;

const HEADED_NOTE_DASHES = 2;

/**
 * The dash after a short heading that opens the line ("who owns what — platform team: … — me:
 * …"), or -1. With a second dash the line is a note whose dashes divide its parts, not an aside.
 */
function headingDashOf(raw: RawTokens, start: number, end: number): number {
  let words = 0;
  for (let i = start; i <= end; i++) {
    if (isSpacedDash(raw, i)) return words > 0 && i < end ? i : -1;
    if (isWordAt(raw, i)) words++;
    if (words > HEADING_WORDS || raw.type[i] === 'punctuation') return -1;
  }
  return -1;
}

/** Words a label before its colon runs to: "me:", "platform team:", "stop lines:". */
const LABEL_WORDS = 3;

/** A note that opens on a label and a colon ("— me: the order, the limits") says who or what. */
function labelOpens(raw: RawTokens, from: number): boolean {
  for (let i = from; i <= from + LABEL_WORDS; i++) {
    if (raw.value[i] === ':') return i > from;
    if (raw.type[i] !== 'word') return false;
  }
  return false;
}
