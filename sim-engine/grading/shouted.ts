import { isCapital, isLetter, unitsOf } from './characters';
import type { Respelling, Standardised } from './dialect';

/**
 * An answer written all in capitals ("OUR OWN TUNERS FIRST", a telegram, notes shouted into a
 * form) is read in lower case: in capitals the language model takes most words for names ("HEAD
 * TUNER" a proper noun, "STRIKE" too) and misses who does what. It is quoted back as written.
 */

/** At least this share of the answer's letters in capitals … */
const CAPITALS_SHARE = 0.8;
/** … of at least this many letters (a short "OK, SHIP IT" is no shouted answer). */
const LEAST_LETTERS = 40;

/** Whether an answer is written all in capitals. */
export function isShouted(answer: string): boolean {
  let letters = 0;
  let capitals = 0;
  for (let at = 0; at < answer.length;) {
    const point = answer.codePointAt(at) ?? 0;
    at += unitsOf(point);
    if (!isLetter(point)) continue;
    letters++;
    if (isCapital(point)) capitals++;
  }
  return letters >= LEAST_LETTERS && capitals >= letters * CAPITALS_SHARE;
}

/** A word with a capital in it; "I" alone stays as it is. */
const CAPITALISED_WORD = /[\p{L}\p{N}'’]*\p{Lu}[\p{L}\p{N}'’]*/gu;

/** The text with its words in lower case, each lowered word a respelling, or null if none is. */
export function inLowerCase(text: string): Standardised | null {
  const respellings: Respelling[] = [];
  const result = text.replace(CAPITALISED_WORD, (written, at: number) => {
    const standard = written.toLowerCase();
    // Lowering that changes a word's length ("İ") would move every offset after it.
    if (written === 'I' || standard.length !== written.length) return written;
    respellings.push({ at, standard, written });
    return standard;
  });
  return respellings.length === 0 ? null : { text: result, respellings };
}
