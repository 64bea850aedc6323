import type { RawTokens } from './tokens';

/*
 * Where a semicolon ends a sentence of its own (read by runOnSentences.ts): the numbered steps of
 * a whole plan written as one long sentence, and a statement joined to the question after it.
 */

/**
 * "(2) A. The order and the limits are mine; (3) Q. Who signs?": a question mark ends only the
 * clause after the last semicolon; what comes before it is stated, not asked.
 */
export function questionApart(raw: RawTokens, span: readonly number[]): number[][] {
  const [start = 0, end = -1] = span;
  if (raw.value[end] !== '?' || asksFrom(raw, start)) return [[start, end]];
  // Only a sentence of ordinary length, closing on a short question: in a run of many thoughts
  // with no full stops the mark may close a whole menu of options ("…; which are we buying?").
  if (wordsIn(raw, start, end) > LONGEST_ANSWER_AND_QUESTION) return [[start, end]];
  for (let i = end - 1; i > start; i--) {
    if (raw.value[i] === ';' && wordsIn(raw, i + 1, end) > LONGEST_QUESTION) break;
    if (raw.value[i] === ';')
      return [
        [start, i - 1],
        [i + 1, end],
      ];
  }
  return [[start, end]];
}

/** Words of an answer and the question after it, and of the question alone, at most. */
const LONGEST_ANSWER_AND_QUESTION = 60;
const LONGEST_QUESTION = 8;

function wordsIn(raw: RawTokens, start: number, end: number): number {
  let words = 0;
  for (let i = start; i <= end; i++) if (isWordAt(raw, i)) words++;
  return words;
}

/** Words that open a question: "Should staff go first; or should beta?" asks both. */
const QUESTION_OPENERS = new Set([
  'who',
  'what',
  'which',
  'when',
  'where',
  'why',
  'how',
  'whether',
]);

function asksFrom(raw: RawTokens, start: number): boolean {
  let first = start;
  while (first < raw.value.length && !isWordAt(raw, first)) first++;
  return raw.pos[first] === 'AUX' || QUESTION_OPENERS.has(raw.normal[first] ?? '');
}

/** Words a span runs to before its semicolons are read as full stops. */
const LONGEST_SEMICOLON_RUN = 80;

/**
 * "Step 1, the limits: …; Step 2, the order: …; Step 3, …": a whole plan strung on semicolons in
 * one sentence of more than 80 words is its steps, each a statement; an interviewer hears
 * them one by one. A sentence of ordinary length keeps its semicolons, which join two halves of
 * one thought ("no stage moves at night; on-call may still roll back").
 */
export function semicolonParts(raw: RawTokens, span: readonly number[]): number[][] {
  const [start = 0, end = -1] = span;
  if (wordsIn(raw, start, end) <= LONGEST_SEMICOLON_RUN) return [[start, end]];
  const parts: number[][] = [];
  let from = start;
  for (let i = start; i <= end; i++) {
    if (raw.value[i] !== ';') continue;
    parts.push([from, i - 1]);
    from = i + 1;
  }
  parts.push([from, end]);
  // "… we could look at something like: the PM owning the order; employees, then beta; a day at
  // each": parts without a verb of their own are the items of one clause's list, kept with it.
  const stated = parts.filter(([a = 0, b = -1]) => holdsFiniteVerb(raw, a, b)).length;
  // The steps are numbered ("Step 2, …", "Call three: …"): a list of statements, not of terms.
  const numbered = parts.slice(1).filter(([a = 0]) => opensOnNumberedLabel(raw, a)).length;
  const steps = stated * 2 > parts.length && numbered * 2 > parts.length - 1;
  return steps ? parts : [[start, end]];
}

/** Words a step's label runs to before its mark: "Step 2,", "Call three:", "Gorong Four,". */
const STEP_LABEL_TOKENS = 4;
const NUMBER_WORDS = new Set([
  'one',
  'two',
  'three',
  'four',
  'five',
  'six',
  'seven',
  'eight',
  'nine',
  'ten',
  'first',
  'second',
  'third',
  'fourth',
  'fifth',
  'sixth',
  'seventh',
  'eighth',
  'ninth',
  'tenth',
]);
const STEP_LABEL_ENDS = new Set([',', ':', '|']);

/** A part that opens on a numbered label and its mark: "Step 2, the order: …". */
function opensOnNumberedLabel(raw: RawTokens, start: number): boolean {
  for (let i = start; i < start + STEP_LABEL_TOKENS; i++) {
    const numbered = raw.type[i] === 'number' || NUMBER_WORDS.has(raw.normal[i] ?? '');
    if (numbered) return STEP_LABEL_ENDS.has(raw.value[i + 1] ?? '');
  }
  return false;
}

/** A finite verb or an auxiliary between `start` and `end`: the part says something itself. */
function holdsFiniteVerb(raw: RawTokens, start: number, end: number): boolean {
  for (let i = start; i <= end; i++) {
    if (raw.pos[i] === 'AUX' || (raw.pos[i] === 'VERB' && isFinite(raw, i))) return true;
  }
  return false;
}

/** A verb as a clause has it: not a participle ("agreed", "rolling") nor an infinitive after "to". */
export function isFinite(raw: RawTokens, i: number): boolean {
  const word = raw.normal[i] ?? '';
  if (raw.normal[i - 1] === 'to') return false;
  return !/(?:ing|ed)$/.test(word) || word === raw.lemma[i];
}

/** A word or a number, not a mark, nor a contraction's second part ("won't" is one word). */
export function isWordAt(raw: RawTokens, i: number): boolean {
  const type = raw.type[i];
  return (type === 'word' || type === 'number') && !/^(?:n['’]t|['’])/u.test(raw.value[i] ?? '');
}
