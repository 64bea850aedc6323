import type { RawTokens } from './tokens';

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

/** Who commits in a plan: a new spoken sentence opens on its subject. */
const SUBJECTS = new Set(['i', 'we', 'they', 'he', 'she', 'you', 'it']);
/** Determiners that open a subject noun phrase ("the platform team runs the deploy"). */
const DETERMINERS = new Set(['the', 'our', 'my', 'their', 'each', 'every', 'this', 'any']);
/** Words a subject noun phrase may hold before its verb: "the new ranking model goes". */
const NOUN_PHRASE = new Set(['NOUN', 'PROPN', 'ADJ', 'NUM']);
const LONGEST_SUBJECT = 3;
/** A clause is under way after these: its subject follows rather than a new sentence beginning. */
const PHRASE_ENDS = new Set(['NOUN', 'PROPN', 'NUM', 'ADJ', 'ADV', 'SYM', 'X']);
/** Spoken links that open a sentence: cut before them rather than between them and the subject. */
const OPENERS = new Set(['so', 'then', 'and', 'but', 'now', 'okay', 'ok', 'also', 'well', 'yeah']);
/** Words after which a subject continues the clause they open, whatever the model tags them. */
const LINKS_A_CLAUSE = new Set([
  'that',
  'which',
  'who',
  'whom',
  'whose',
  'whether',
  'than',
  'where',
]);
/** A sentence opening on these is a fronted condition: its first subject opens the main clause. */
const SUBORDINATORS = new Set([
  'if',
  'when',
  'once',
  'unless',
  'whenever',
  'until',
  'after',
  'before',
  'because',
  'since',
  'while',
  'should',
  'as',
]);
/** Marks that end or divide sentences; an answer with almost none of them was spoken. */
const SENTENCE_MARKS = /[.!?;:,]/g;
const WORDS = /[\p{L}\p{N}]+/gu;
/** Writers mark at least one sentence or clause per this many words; speech-to-text may not. */
const WORDS_PER_MARK_SPOKEN = 30;
const MIN_SPOKEN_WORDS = 40;

/** Text written with almost no punctuation: a transcript, where clauses carry no marks. */
export function readsAsSpoken(text: string): boolean {
  const words = text.match(WORDS)?.length ?? 0;
  const marks = text.match(SENTENCE_MARKS)?.length ?? 0;
  return words >= MIN_SPOKEN_WORDS && marks * WORDS_PER_MARK_SPOKEN < words;
}

/**
 * The sentences in one of the model's sentence spans [start, end]: cut at a spaced dash followed
 * by a capital, and, in spoken text, before a subject that opens a new clause after a finished
 * phrase ("… for a day we move to five per cent …").
 */
export function runOnSpans(raw: RawTokens, span: readonly number[], spoken: boolean): number[][] {
  const [start = 0, end = -1] = span;
  const result: number[][] = [];
  let from = start;
  // "… and — this is the part I'd watch — German users as their own step": the second dash
  // closes an aside the first opened, whatever word follows it.
  let asideFrom: number | null = null;
  for (let i = start + 1; i <= end; i++) {
    const dash = isSpacedDash(raw, i);
    const closesAside: boolean = dash && asideFrom !== null && i - asideFrom <= LONGEST_ASIDE;
    if (dash) asideFrom = !closesAside && /^\p{Ll}/u.test(raw.value[i + 1] ?? '') ? i : null;
    if (dash && !closesAside && dashOpensSentence(raw, i, from, end)) {
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
  return result.filter(([a = 0, b = -1]) => b >= a);
}

function isSpacedDash(raw: RawTokens, i: number): boolean {
  return (
    DASHES.has(raw.value[i] ?? '') &&
    (raw.spaces[i] ?? '') !== '' &&
    (raw.spaces[i + 1] ?? '') !== ''
  );
}

function dashOpensSentence(raw: RawTokens, i: number, from: number, end: number): boolean {
  if (i <= from || i >= end) return false;
  return /^\p{Lu}/u.test(raw.value[i + 1] ?? '') && !turnsDown(raw, i + 1, end);
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
    if (NEGATIONS.has(raw.normal[i] ?? '')) return true;
  }
  return false;
}

/** Where a spoken sentence starting at `from` ends before token i opens the next, or null. */
function spokenCut(raw: RawTokens, i: number, from: number): number | null {
  if (!opensSubject(raw, i)) return null;
  let at = i;
  while (at - 1 > from && OPENERS.has(raw.normal[at - 1] ?? '')) at--;
  const before = at - 1;
  if (before <= from || !PHRASE_ENDS.has(raw.pos[before] ?? '')) return null;
  // "… not that it is better", "… the model which we trust": the clause is the one under way.
  if (LINKS_A_CLAUSE.has(raw.normal[before] ?? '')) return null;
  // "If errors pass one per cent we roll back": the fronted condition's main clause.
  if (isMainClauseOfCondition(raw, from, at)) return null;
  // "… big accounts go last if errors pass one per cent we roll back": the condition opens it.
  return pendingCondition(raw, from, at) ?? at;
}

/** Conditions spoken before the clause they govern. */
const CONDITIONS = new Set(['if', 'when', 'once', 'unless', 'whenever']);

/** A condition begun after a finished phrase, between from and at, with no clause of its own since. */
function pendingCondition(raw: RawTokens, from: number, at: number): number | null {
  for (let k = at - 1; k > from + 1; k--) {
    if (k + 1 < at && opensSubject(raw, k + 1) && !CONDITIONS.has(raw.normal[k] ?? '')) return null;
    if (CONDITIONS.has(raw.normal[k] ?? '') && PHRASE_ENDS.has(raw.pos[k - 1] ?? '')) return k;
  }
  return null;
}

/** Fillers and links before a spoken sentence's first word. */
const LEAD_INS = new Set([...OPENERS, 'um', 'uh', 'erm', 'like', 'right']);

/**
 * The subject at `at` opens the main clause of a sentence fronted by a condition ("if we see
 * errors over one per cent we roll back"): no subject has opened a clause since the condition's
 * own ("we see", just after "if").
 */
function isMainClauseOfCondition(raw: RawTokens, from: number, at: number): boolean {
  let first = from;
  while (first < at && LEAD_INS.has(raw.normal[first] ?? '')) first++;
  if (!SUBORDINATORS.has(raw.normal[first] ?? '')) return false;
  for (let i = first + 2; i < at; i++) if (opensSubject(raw, i)) return false;
  return true;
}

/** A subject opens at i: a pronoun before its verb, or a determiner's noun phrase before its verb. */
function opensSubject(raw: RawTokens, i: number): boolean {
  const word = raw.normal[i] ?? '';
  if (SUBJECTS.has(word)) return opensClause(raw, i + 1);
  if (!DETERMINERS.has(word)) return false;
  let words = 0;
  for (let at = i + 1; words <= LONGEST_SUBJECT; at++) {
    // "the on-call engineer": a hyphenated word is one word of the phrase.
    if (raw.value[at] === '-' && raw.spaces[at] === '' && raw.spaces[at + 1] === '') continue;
    if (!NOUN_PHRASE.has(raw.pos[at] ?? '')) return words > 0 && opensClause(raw, at);
    if (raw.value[at - 1] !== '-') words++;
  }
  return false;
}

/** A verb follows the subject, perhaps after an adverb ("we then move", "I'd roll back"). */
function opensClause(raw: RawTokens, i: number): boolean {
  const pos = raw.pos[i] === 'ADV' ? raw.pos[i + 1] : raw.pos[i];
  return pos === 'AUX' || pos === 'VERB';
}

/** Words that start a negation of their own (the model's negators and ours). */
const NEGATORS = new Set([...NEGATIONS, 'none', 'neither', 'nor', 'cannot', 'without', 'nobody']);

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
