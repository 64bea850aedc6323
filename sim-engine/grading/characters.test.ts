import { describe, expect, it } from 'vitest';
import { isCapital, isLetter, isLetterOrNumber, unitsOf } from './characters';
import { isShouted } from './shouted';
import { readsAsSpoken } from './spokenClauses';

/** Every code point of the Basic Multilingual Plane and every 7th beyond it. */
function* codePoints(): Generator<number> {
  for (let point = 0; point <= 0xffff; point++) yield point;
  for (let point = 0x10000; point <= 0x10ffff; point += 7) yield point;
}

describe('character classes read a code point at a time', () => {
  it('say what the Unicode patterns say, for every code point tried', () => {
    const disagreements: number[] = [];
    for (const point of codePoints()) {
      const character = String.fromCodePoint(point);
      if (
        isLetter(point) !== /\p{L}/u.test(character) ||
        isCapital(point) !== /\p{Lu}/u.test(character) ||
        isLetterOrNumber(point) !== /[\p{L}\p{N}]/u.test(character)
      )
        disagreements.push(point);
    }
    expect(disagreements).toEqual([]);
  });

  it('count a letter beyond the Basic Multilingual Plane as one character, not two', () => {
    expect(unitsOf('𝐀'.codePointAt(0) ?? 0)).toBe(2);
    expect(unitsOf('A'.codePointAt(0) ?? 0)).toBe(1);
    // 40 mathematical capitals: a shouted answer of 40 letters, each two code units long.
    expect(isShouted('𝐀'.repeat(40))).toBe(true);
    expect(isShouted('𝐀'.repeat(39))).toBe(false);
  });

  it('find an answer in capitals by its letters, whatever else it holds', () => {
    expect(isShouted('OUR OWN TUNERS FIRST, THEN THE CHOIR; ROLL BACK AT 2 % ERRORS. Ok')).toBe(
      true,
    );
    expect(isShouted('OUR OWN TUNERS FIRST, then the choir; roll back at 2 % errors. OK')).toBe(
      false,
    );
  });

  it('take forty words without a mark for speech, and words with accents as words', () => {
    const spoken = Array.from({ length: 40 }, (_, at) => (at % 2 ? 'café' : 'élan')).join(' ');
    expect(readsAsSpoken(spoken)).toBe(true);
    expect(readsAsSpoken(`${spoken}.`)).toBe(true);
    expect(readsAsSpoken(`${spoken.replaceAll(' café', '. café')}`)).toBe(false);
    expect(readsAsSpoken(spoken.split(' ').slice(0, 39).join(' '))).toBe(false);
  });
});
