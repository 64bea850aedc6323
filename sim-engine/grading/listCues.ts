import type { Token } from './tokens';

/**
 * What a sentence needs before it can be read as a list (lists.ts), counted in one pass so the
 * many list readings are asked only of sentences that have it. Every list reading parts items
 * at marks or conjunctions: three items need two marks between them, and a series strung on
 * conjunctions alone needs LONG_SERIES items.
 */

/** A series this long is a list whatever its items carry. */
export const LONG_SERIES = 8;
/** A series without commas may be strung on conjunctions ("canary and ramp and holds and …"). */
export const SERIES_CONJUNCTIONS: ReadonlySet<string> = new Set(['and', 'or']);
/** The marks that part a list's fragments (",", ";", ":", "/"); the series' marks are among them. */
const PARTING_MARKS = new Set([',', ';', ':', '/']);
/** Three fragments at least, or a heading and its series: two parting marks. */
const MIN_PARTING_MARKS = 2;

/** False when the sentence has too few parting marks and conjunctions to be any list. */
export function mayBeList(tokens: readonly Token[]): boolean {
  let marks = 0;
  let conjunctions = 0;
  for (const token of tokens) {
    if (PARTING_MARKS.has(token.text)) marks++;
    else if (SERIES_CONJUNCTIONS.has(token.text)) conjunctions++;
    if (marks >= MIN_PARTING_MARKS || conjunctions >= LONG_SERIES - 1) return true;
  }
  return false;
}

/** Spoken fillers and discourse words: a fragment of only these is no item of a list. */
export const DISCOURSE: ReadonlySet<string> = new Set([
  'um',
  'uh',
  'er',
  'erm',
  'so',
  'well',
  'like',
  'ok',
  'okay',
  'right',
  'yeah',
  'and',
  'also',
  'now',
  // Tags that end a spoken line: "…, eh.", "…, huh?".
  'eh',
  'huh',
  // A yes or no lent by another language before the clause it answers: "Harvest: ne, the canary
  // says safe, not better; …", "ja, the week after a sale …".
  'ja',
  'ne',
]);
