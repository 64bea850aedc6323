/**
 * Character classes read one code point at a time: ASCII by its code, the rest by the Unicode
 * classes. Over a whole answer this is far cheaper than a `\p{L}` pattern, whose every match
 * (or array of matches) costs more than the reading it decides. Each answers exactly as the
 * pattern named beside it would for that one code point.
 */

const LETTER = /\p{L}/u;
const CAPITAL = /\p{Lu}/u;
const NUMBER = /\p{N}/u;

/** `\p{L}` */
export function isLetter(point: number): boolean {
  if (point < 0x80) return (point | 0x20) >= 0x61 && (point | 0x20) <= 0x7a;
  return LETTER.test(String.fromCodePoint(point));
}

/** `\p{Lu}` */
export function isCapital(point: number): boolean {
  if (point < 0x80) return point >= 0x41 && point <= 0x5a;
  return CAPITAL.test(String.fromCodePoint(point));
}

/** `[\p{L}\p{N}]` */
export function isLetterOrNumber(point: number): boolean {
  if (point < 0x80) return (point >= 0x30 && point <= 0x39) || isLetter(point);
  const character = String.fromCodePoint(point);
  return LETTER.test(character) || NUMBER.test(character);
}

/** Code units taken by a code point: 2 beyond the Basic Multilingual Plane, else 1. */
export function unitsOf(point: number): number {
  return point > 0xffff ? 2 : 1;
}
