import type { Respelling, Standardised } from './dialect';

/**
 * The language model splits a word at any Latin letter past Latin-1: "Jūs" is read as "j", "ū",
 * "s", and "Šnipiškės" as seven pieces, each letter a mark of its own. A place name or a word
 * quoted from Lithuanian, Polish, Czech or Azerbaijani then breaks the sentence around it into
 * fragments, and a list of terms that holds one reads as a clause. Such a letter is read as its
 * base letter ("Jus", "Snipiskes") and the word quoted back as written. Other scripts (Cyrillic,
 * Greek, Han) are left whole: the model's unknown words are how an answer not in English is told.
 */

/** A word holding a Latin letter the model does not keep whole. */
const EXTENDED_WORD = /[\p{L}\p{M}]*[\p{Script=Latin}&&[^\u0000-\u00ff]][\p{L}\p{M}]*/gv;
const COMBINING = /\p{M}/gu;

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
  const respellings: Respelling[] = [];
  const result = text.replace(EXTENDED_WORD, (written, at: number) => {
    const standard = [...written].map(readLetter).join('');
    if (standard.length !== written.length) return written;
    respellings.push({ at, standard, written });
    return standard;
  });
  return respellings.length === 0 ? null : { text: result, respellings };
}
