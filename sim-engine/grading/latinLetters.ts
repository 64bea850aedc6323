import type { Respelling, Standardised } from './dialect';

/**
 * The language model splits a word at any Latin letter past Latin-1: "Jūs" is read as "j", "ū",
 * "s", and "Šnipiškės" as seven pieces, each letter a mark of its own. A place name or a word
 * quoted from Lithuanian, Polish, Czech or Azerbaijani then breaks the sentence around it into
 * fragments, and a list of terms that holds one reads as a clause. Such a letter is read as its
 * base letter ("Jus", "Snipiskes") and the word quoted back as written. Other scripts (Cyrillic,
 * Greek, Han) are left whole: the model's unknown words are how an answer not in English is told.
 */

const WORD = /[\p{L}\p{M}]+/gu;
const LATIN = /\p{Script=Latin}/u;
const COMBINING = /\p{M}/gu;
const BEYOND_LATIN_1 = /[\u0100-\u{10ffff}]/u;
/** The last code point of Latin-1, whose letters the model keeps whole ("café", "Zürich"). */
const LAST_LATIN_1 = 0xff;

/** Whether the word holds a Latin letter the model does not keep whole. */
function isExtended(word: string): boolean {
  return [...word].some(
    (letter) => (letter.codePointAt(0) ?? 0) > LAST_LATIN_1 && LATIN.test(letter),
  );
}

/** Letters with a stroke or of their own, which Unicode gives no base letter. */
const STROKED: Readonly<Record<string, string>> = {
  ł: 'l',
  Ł: 'L',
  đ: 'd',
  Đ: 'D',
  ı: 'i',
  ə: 'e',
  Ə: 'E',
  ħ: 'h',
  Ħ: 'H',
};

/** The base letter of a letter with an accent, or the letter itself where it has none. */
function baseLetter(letter: string): string {
  const base = letter.normalize('NFD').replace(COMBINING, '');
  return base.length === 1 ? base : letter;
}

function readLetter(letter: string): string {
  return STROKED[letter] ?? baseLetter(letter);
}

/** The text with each such word read by its base letters, or null where it has none. */
export function withLatinFolded(text: string): Standardised | null {
  // Most answers hold no letter past Latin-1 at all: the cheap test first.
  if (!BEYOND_LATIN_1.test(text)) return null;
  const respellings: Respelling[] = [];
  const result = text.replace(WORD, (written, at: number) => {
    if (!isExtended(written)) return written;
    const standard = [...written].map(readLetter).join('');
    if (standard.length !== written.length) return written;
    respellings.push({ at, standard, written });
    return standard;
  });
  return respellings.length === 0 ? null : { text: result, respellings };
}
