/*
 * The same answer in other layouts. A strict interviewer reads a plan the same whether it comes as
 * prose, bullets, checkboxes, footnoted sentences or a transcript without punctuation; the blind
 * sets kept finding layouts the grader had not met (a checklist of boxes, footnote markers read as
 * blanks, dash-separated runs, a transcript). Re-laying out every labelled answer measures how
 * much of a grade hangs on layout, without waiting for the next author to pick one
 * (test/bench/gradingForms.bench.ts). Words and numbers stay as written, in order; only markers,
 * line breaks, case and punctuation change.
 */

/** One way of laying out an answer's sentences. */
export interface LayoutForm {
  readonly id: string;
  /** What the layout looks like, for the bench's table. */
  readonly looks: string;
  readonly apply: (answer: string) => string;
}

/** A list marker an author already used: "-", "*", "•", "1.", "2)", "[ ]", "[x]". */
const LIST_MARKER = /^\s*(?:[-*•–]|\d{1,2}[.)]|\[[ xX]?\])\s+/;
/**
 * A sentence ends at . ! ? before a space and a capital, a digit, a quote or a bracket — not after
 * an abbreviation's stop ("at 6 a.m. Berlin time", "e.g. Staff"), which a person would not cut.
 */
const SENTENCE_END =
  /(?<=[.!?])(?<!\b(?:[a-z]\.[a-z]|e\.g|i\.e|etc|vs|approx)\.)\s+(?=[A-Z0-9"“‘([])/;

/**
 * The answer's sentences, one per entry, without the list markers they may have had. Cut by
 * punctuation here rather than by the grader's own reader, so a layout never depends on what it
 * is used to measure.
 */
export function sentencesOf(answer: string): string[] {
  return answer
    .split(/\n+/)
    .map((line) => line.replace(LIST_MARKER, '').trim())
    .filter((line) => line !== '')
    .flatMap((line) => line.split(SENTENCE_END))
    .map((sentence) => sentence.trim())
    .filter((sentence) => sentence !== '');
}

/** A sentence without its closing full stop, for layouts that end a thought with a line break. */
function withoutFullStop(sentence: string): string {
  return sentence.replace(/[.]+$/, '');
}

/**
 * A footnote marker where a footnoted text has it: before each sentence's or heading's closing
 * stop or colon, lines and paragraphs left as they are.
 */
function footnoted(answer: string): string {
  let marker = 0;
  // Not after an abbreviation's stop ("6 a.m.", "e.g."): it ends no sentence.
  return answer.replace(
    /(?<!\b(?:[a-z]\.[a-z]|e\.g|i\.e|etc|vs|approx))[.!?:]+(?=\s|$)/g,
    (end) => ` [${++marker}]${end}`,
  );
}

/**
 * Spoken and transcribed: no punctuation but apostrophes, hyphens inside words, decimal points
 * and percent signs, every thought run into the next; a checkbox ("[x]", "[ ]") is not said.
 */
export function transcribed(answer: string): string {
  return answer
    .replace(/\[[ xX]?\]/g, ' ')
    .replace(/(?<!\d)\.|\.(?!\d)|[^\p{L}\p{N}\s'’%.-]/gu, ' ')
    .replace(/(^|\s)-+(?=\s|$)/g, ' ')
    .replace(/\s+/g, ' ')
    .trim()
    .toLowerCase();
}

/** "We hold a day" as a note after a dash writes it: "we hold a day"; "I", "PM", "A/B" stay. */
function openingInLowerCase(sentence: string): string {
  if (/^I(?:\s|'|’)/u.test(sentence)) return sentence;
  return sentence.replace(/^\p{Lu}(?=\p{Ll})/u, (first) => first.toLowerCase());
}

const lines = (answer: string, mark: (sentence: string, index: number) => string) =>
  sentencesOf(answer).map(mark).join('\n');

export const LAYOUT_FORMS: readonly LayoutForm[] = [
  { id: 'bullets', looks: '- one sentence per bullet', apply: (a) => lines(a, (s) => `- ${s}`) },
  {
    id: 'checkboxes',
    looks: '[ ] one sentence per box',
    apply: (a) => lines(a, (s) => `[ ] ${s}`),
  },
  {
    id: 'numbered',
    looks: '1. one sentence per number',
    apply: (a) => lines(a, (s, i) => `${i + 1}. ${s}`),
  },
  { id: 'footnotes', looks: 'a marker [n] in every sentence', apply: footnoted },
  { id: 'lower case', looks: 'everything in lower case', apply: (a) => a.toLowerCase() },
  {
    id: 'line per thought',
    looks: 'no full stops, a line per sentence',
    apply: (a) => lines(a, withoutFullStop),
  },
  {
    id: 'dash-joined',
    looks: 'sentences run together with " — "',
    apply: (a) => `${sentencesOf(a).map(withoutFullStop).join(' — ')}.`,
  },
  {
    id: 'dash notes',
    looks: 'sentences run together with " — ", each opening in lower case',
    apply: (a) => `${sentencesOf(a).map(withoutFullStop).map(openingInLowerCase).join(' — ')}.`,
  },
  { id: 'transcript', looks: 'no punctuation, lower case', apply: transcribed },
];
