import { isLetter, unitsOf } from './characters';
import type { Register } from './dialectRegisters';
import {
  AH_AS_I,
  EYE_DIALECT_I,
  GEORDIE,
  NO_FOR_NOT,
  REGISTERS,
  WHEREVER_WRITTEN,
} from './dialectRegisters';

export type { Register };

/**
 * Answers written in an English-lexicon creole or a dialect spelling ("Mi own who get it first,
 * di numbers dat pull it back") are read with their grammar words in standard spelling, so the
 * English model can tag them; the answer is shown as written. Only the words of a register the
 * answer clearly writes in are respelled: one such word alone ("di", "den") changes nothing.
 */

/** A respelled word: where it stands in the standard text, and how it was written. */
export interface Respelling {
  readonly at: number;
  readonly standard: string;
  readonly written: string;
}

export interface Standardised {
  readonly text: string;
  readonly respellings: readonly Respelling[];
}

/** A register is written when this many of its distinct words appear … */
const DISTINCT_MARKERS = 4;
/** … and its words are at least this share of the answer's words. */
const MARKER_SHARE = 0.03;

const WORD = /[\p{L}']+/gu;

/**
 * The register an answer is written in; failing that, the Scots negatives and dropped h's when it
 * writes any; or null for standard English (most answers).
 */
export function registerOf(answer: string): Register | null {
  const { counts, total } = wordCounts(answer.toLowerCase());
  let best: Register | null = null;
  let bestSeen = 0;
  // Registers share words ("dat", "dem"): the answer is read in the one it writes most of.
  for (const register of REGISTERS) {
    const seen = markersSeen(counts, total, register);
    if (seen > bestSeen) [best, bestSeen] = [register, seen];
  }
  if (best !== null) return best;
  // Tyneside shares "doon", "aboot", "efter" with Scots: where both are written, the Scots reading
  // of "nae" as "no" everywhere is kept, and Tyneside's own words read only where Scots is not.
  if (markersSeen(counts, total, GEORDIE) > 0) return GEORDIE;
  if (counts.has(NAE) || [...WHEREVER_WRITTEN.keys()].some((word) => counts.has(word))) {
    return WHEREVER_WRITTEN;
  }
  return AH_AS_I.test(answer) ? EYE_DIALECT_I : null;
}

/**
 * How often each register's word (`WORD`: letters and apostrophes) is written, and how many words
 * there are: the answer read once, only the words some register has counted, and each register's
 * words then looked up, not every word per register.
 */
function wordCounts(text: string): { counts: Map<string, number>; total: number } {
  const markers = registerWords();
  const counts = new Map<string, number>();
  let total = 0;
  let start = -1;
  for (let at = 0; at <= text.length;) {
    const point = at < text.length ? (text.codePointAt(at) ?? 0) : 0;
    const inWord = at < text.length && (point === APOSTROPHE || isLetter(point));
    if (inWord && start < 0) start = at;
    if (!inWord && start >= 0) {
      if (at - start <= markers.longest) {
        const word = text.slice(start, at);
        if (markers.words.has(word)) counts.set(word, (counts.get(word) ?? 0) + 1);
      }
      total++;
      start = -1;
    }
    at += at < text.length ? unitsOf(point) : 1;
  }
  return { counts, total };
}
const APOSTROPHE = 0x27;

let markerWords: { words: ReadonlySet<string>; longest: number } | undefined;

/** Every word a register, Tyneside or the Scots negatives may be known by, built on first use. */
function registerWords(): { words: ReadonlySet<string>; longest: number } {
  if (markerWords === undefined) {
    const words = new Set([
      NAE,
      ...[...REGISTERS, GEORDIE, WHEREVER_WRITTEN].flatMap((register) => [...register.keys()]),
    ]);
    markerWords = { words, longest: Math.max(...[...words].map((word) => word.length)) };
  }
  return markerWords;
}

/** How many distinct words of the register an answer writes, if it is written in it; else 0. */
function markersSeen(
  counts: ReadonlyMap<string, number>,
  wordCount: number,
  register: Register,
): number {
  let distinct = 0;
  let count = 0;
  for (const word of register.keys()) {
    const times = counts.get(word);
    if (times === undefined) continue;
    distinct++;
    count += times;
  }
  const written = distinct >= DISTINCT_MARKERS && count >= MARKER_SHARE * wordCount;
  return written ? distinct : 0;
}

/** The text with the register's words in standard spelling, and where each was respelled. */
export function standardised(text: string, register: Register): Standardised {
  const respellings: Respelling[] = [];
  let shift = 0;
  let previous = '';
  const result = text.replace(WORD, (written, offset: number) => {
    const lower = written.toLowerCase();
    const next = NEXT_WORD.exec(text.slice(offset + written.length))?.[1]?.toLowerCase() ?? '';
    const standard =
      objectForm(lower, previous) ??
      naeAsNo(lower, next, text, offset) ??
      (NO_FOR_NOT.has(register) ? scotsForm(lower, previous, next) : undefined) ??
      register.get(lower);
    previous = lower;
    if (standard === undefined) return written;
    const cased = /^\p{Lu}/u.test(written) ? capitalised(standard) : standard;
    respellings.push({ at: offset + shift, standard: cased, written });
    shift += cased.length - written.length;
    return cased;
  });
  return { text: result, respellings };
}

const NEXT_WORD = /^\s+([\p{L}']+)/u;

/** The Scots and Northern "no" before a noun, which outside Scots speech is respelled only … */
const NAE = 'nae';
/** … where it opens a note of its own: first, or after a comma, a colon, a dash, a stop or a line. */
const NOTE_MARKS = new Set([',', ':', ';', '.', '!', '?', '(', '—', '–', '-', '\n']);

/**
 * "There's nae need for an A/B test", "nae point": set phrases whose "nae" denies the one noun
 * after it, however the sentence around them is punctuated.
 */
const DENIED_NOUNS = new Set(['need', 'point']);

/**
 * "Under five minutes, nae redeploy", "on their own say-so: nae ringin' me" deny the step they
 * name. Mid-clause the word is left alone but in the set phrases above, for a negation read from
 * there runs on past the note ("there's nae quiet hour to hide in …" would deny what a transcript
 * goes on to own).
 */
function naeAsNo(word: string, next: string, text: string, offset: number): string | undefined {
  // "'Nae limits get fixed …'": a quotation opening on the word keeps its mark.
  const quote = word.startsWith("'") ? "'" : '';
  if (word !== `${quote}${NAE}`) return undefined;
  if (DENIED_NOUNS.has(next)) return `${quote}no`;
  return opensNote(text, offset) ? `${quote}no` : undefined;
}

/** Whether the word at `offset` is first in the text or first after a note's mark. */
function opensNote(text: string, offset: number): boolean {
  let at = offset - 1;
  while (at >= 0 && (text[at] === ' ' || text[at] === '\t')) at--;
  return at < 0 || NOTE_MARKS.has(text[at] as string);
}

/** "I'll no", "would no": "no" after a modal is "not"; English puts a noun or "longer" there. */
const MODALS = new Set([
  'will',
  "i'll",
  "we'll",
  "it'll",
  "they'll",
  'would',
  "i'd",
  "we'd",
  'can',
]);
/** "safe, no that it's better", "a prompt, no a new model": "no" before these is "not". */
const NOT_BEFORE = new Set(['a', 'an', 'the', 'da', 'that', 'dat', 'this', 'dis', 'just']);
const NOT_AFTER_MODAL_EXCEPT = new Set(['longer', 'more', 'doubt', 'one']);
/** "no mair as", "nae worse as": "as" after a comparison is "than". */
const COMPARATIVES = new Set(['mair', 'more', 'worse', 'better', 'less', 'higher', 'lower']);

function scotsForm(word: string, previous: string, next: string): string | undefined {
  if (word === 'as' && COMPARATIVES.has(previous)) return 'than';
  if (word !== 'no') return undefined;
  if (MODALS.has(previous) && !NOT_AFTER_MODAL_EXCEPT.has(next)) return 'not';
  return NOT_BEFORE.has(next) ? 'not' : undefined;
}

/** Words after which "mi" and "dem" are objects: "fi call mi", "one a dem", "know dem". */
const OBJECT_AFTER = new Set([
  'a',
  'fi',
  'to',
  'for',
  'with',
  'call',
  'tell',
  'ask',
  'know',
  'from',
]);
const OBJECTS: ReadonlyMap<string, string> = new Map([
  ['mi', 'me'],
  ['dem', 'them'],
]);

function objectForm(word: string, previous: string): string | undefined {
  return OBJECT_AFTER.has(previous) ? OBJECTS.get(word) : undefined;
}

function capitalised(word: string): string {
  return word.charAt(0).toUpperCase() + word.slice(1);
}

/**
 * The tokens' words and spaces as the candidate wrote them: a token that starts a respelled word
 * shows the written word, and the other tokens of a respelling ("can" "not") show nothing.
 */
export function asWritten(
  values: readonly string[],
  spaces: readonly string[],
  respellings: readonly Respelling[],
): { value: string[]; spaces: string[] } {
  const value = [...values];
  const shownSpaces = [...spaces];
  let offset = 0;
  let next = 0;
  for (let i = 0; i < values.length; i++) {
    offset += (spaces[i] ?? '').length;
    let respelling = respellings[next];
    while (respelling !== undefined && respelling.at + respelling.standard.length <= offset) {
      respelling = respellings[++next];
    }
    if (respelling !== undefined && offset >= respelling.at) {
      const first = offset === respelling.at;
      value[i] = first ? respelling.written : '';
      if (!first) shownSpaces[i] = '';
    }
    offset += (values[i] ?? '').length;
  }
  return { value, spaces: shownSpaces };
}
