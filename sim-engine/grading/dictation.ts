import type { Respelling, Standardised } from './dialect';

/**
 * An answer read aloud for someone to write down says its punctuation as words: "One colon I own
 * the order comma the limits and the holds full stop". The language model reads "comma" and
 * "full stop" as nouns, so the sentences run together and "… and we close the shed full stop"
 * sounds like "stop everything". In an answer that says its marks often enough, each spoken mark
 * is read as the mark itself and quoted back as written, as a telegram's STOPs are (telegrams.ts).
 */

/** The spoken marks, each after a word: the words and any mark written after them too. */
const SPOKEN_MARK =
  /(?<=[\p{L}\p{N}%'’)\]])( +)(full stop|semicolon|comma|colon|open bracket|close bracket)[.,:;]?(?=\s|$)/giu;
/** The spoken marks' words alone, with the same flags: wherever a spoken mark is, this finds. */
const SPOKEN_MARK_WORD = /full stop|colon|comma|bracket/iu;
const MARKS: Readonly<Record<string, string>> = {
  'full stop': '.',
  semicolon: ';',
  comma: ',',
  colon: ':',
  'open bracket': '(',
  'close bracket': ')',
};
const OPENING = /^open/i;
/**
 * At least this many spoken marks, of at least two kinds: a word such as "comma" said once or
 * twice ("the comma in a CSV file") is a word, not dictation.
 */
const LEAST_MARKS = 4;
const LEAST_KINDS = 2;

/** Whether an answer says its punctuation as words, as dictation does. */
export function isDictated(answer: string): boolean {
  // Most answers name no mark at all: one quick look spares the slower pattern's every position.
  if (!SPOKEN_MARK_WORD.test(answer)) return false;
  const said = [...answer.matchAll(SPOKEN_MARK)].map((match) => match[2]!.toLowerCase());
  return said.length >= LEAST_MARKS && new Set(said).size >= LEAST_KINDS;
}

/** A dictated text with each spoken mark read as the mark, or null where it says none. */
export function withSpokenMarksWritten(text: string): Standardised | null {
  const respellings: Respelling[] = [];
  let shift = 0;
  const result = text.replace(SPOKEN_MARK, (whole, spaces: string, said: string, at: number) => {
    // An opening bracket keeps the space before it; every other mark closes up to its word.
    const kept = OPENING.test(said) ? spaces : '';
    const written = whole.slice(kept.length);
    const standard = MARKS[said.toLowerCase()]!;
    respellings.push({ at: at + kept.length + shift, standard, written });
    shift += standard.length - written.length;
    return kept + standard;
  });
  return respellings.length === 0 ? null : { text: result, respellings };
}
