import type { Respelling, Standardised } from './dialect';

/**
 * "Yuk to an order of customers", "A week's hold? Na.": a "no" lent by another language, standing
 * alone as a reply or set before "to" and what it turns down, says what the English "No." and
 * "No to …" say, and is read as "no" (quoted back as written). Only there, opening a line, a
 * sentence or a clause: elsewhere such a word may be a name or a word of its own.
 */
const LENT_NOES = [
  'na', // Romansh, Hindi, Gujarati (first: BEFORE_TO leaves it out)
  'yuk', // Tatar
  'yok', // Turkish
  'hay[ıi]r',
  'nee', // Dutch, Frisian, Afrikaans
  'nein', // German
  'nie', // Polish
  'ně', // Sorbian
  'nej', // Danish, Swedish
  'nei', // Norwegian, Icelandic
  'nahi', // Hindi, Gujarati
  'nahin',
  'mba', // Igbo
  'r[aá]r[aá]', // Yoruba
  'hapana', // Swahili
  'iie', // Japanese
  'dooda', // Navajo
  'ii', // Northern Sámi (not "II", a numeral: see ROMAN_TWO)
];
/** "II." heading a section is the numeral two, not the Sámi "ii". */
const ROMAN_TWO = 'II';

/** After the start of a line, a mark, or a joining word; a bullet may stand between. */
const OPENING = String.raw`(?<=(?:^|[.!?;:,—–(]|\b(?:and|but|or))[ \t]*(?:[-*•][ \t]+)?)`;
/** Before "to" and what is turned down, or alone: a mark or the line's end next. */
const SAYS_NO = String.raw`(?=[ \t]+to[ \t]|[ \t]*(?:[.!,;:—–]|$))`;
/**
 * "We said yuk to that", and a transcript without marks ("… at any hour yuk to an A/B test"):
 * before "to", anywhere. Not "na", which is too often a word of its own.
 */
const BEFORE_TO = String.raw`(?<=\s)(?:${LENT_NOES.slice(1).join('|')})(?=[ \t]+to[ \t])`;
/** The words where they could be read, without looking back: most answers have none. */
const CANDIDATE = new RegExp(`(?:${LENT_NOES.join('|')})${SAYS_NO}`, 'imu');
const LENT_NO = new RegExp(`${OPENING}(?:${LENT_NOES.join('|')})${SAYS_NO}|${BEFORE_TO}`, 'gimu');

/** The text with each lent "no" read as "no"; the readings before it kept. */
export function withLentNoesRead(before: Standardised | null, text: string): Standardised | null {
  const source = before?.text ?? text;
  if (!CANDIDATE.test(source)) return before;
  const earlier = before?.respellings ?? [];
  const mine: Respelling[] = [];
  const replaced = new Set<Respelling>();
  const changes: { at: number; by: number }[] = [];
  let shift = 0;
  const result = source.replace(LENT_NO, (word: string, at: number) => {
    if (word === ROMAN_TWO) return word;
    const end = at + word.length;
    const overlapping = earlier.filter(
      ({ at: from, standard }) => from < end && at < from + standard.length,
    );
    // A word an earlier reading respelled whole (a shouted "YUK" lowered) keeps its writing.
    const same = overlapping.find(
      ({ at: from, standard }) => from === at && standard.length === word.length,
    );
    if (overlapping.length > (same === undefined ? 0 : 1)) return word;
    const standard = inCaseOf(word, 'no');
    if (same !== undefined) replaced.add(same);
    mine.push({ at: at + shift, standard, written: same?.written ?? word });
    changes.push({ at, by: standard.length - word.length });
    shift += standard.length - word.length;
    return standard;
  });
  if (mine.length === 0) return before;
  const moved = earlier
    .filter((respelling) => !replaced.has(respelling))
    .map((respelling) => ({
      ...respelling,
      at: respelling.at + shiftBefore(changes, respelling.at),
    }));
  return { text: result, respellings: [...moved, ...mine].sort((a, b) => a.at - b.at) };
}

function shiftBefore(changes: readonly { at: number; by: number }[], at: number): number {
  return changes.filter((change) => change.at < at).reduce((sum, change) => sum + change.by, 0);
}

/** "No" for "Yuk", "NO" for "YUK", "no" for "yuk". */
function inCaseOf(word: string, standard: string): string {
  if (word.length > 1 && word === word.toUpperCase()) return standard.toUpperCase();
  const first = word.charAt(0);
  return first !== first.toLowerCase() ? standard[0]?.toUpperCase() + standard.slice(1) : standard;
}
