import type { Token } from './tokens';

/**
 * Where a ramp of shares ends on everyone without saying 100 %: "then the last arcade" after the
 * last share, or one more stage named after it with none (read by ramp.ts).
 */

const FINAL = new Set(['last', 'final']);
const FINAL_REACH = 8;

/**
 * "…, the pier at 25 % for a full week, then the last arcade": after the run's last share, "then"
 * and the last stage named as the last one ends the ramp, as "then everyone" does.
 */
export function thenTheLast(tokens: readonly Token[], last: number): boolean {
  return tokens.some((token, then) => {
    if (then <= last || then > last + FINAL_REACH || token.text !== 'then' || token.negated) {
      return false;
    }
    const at = tokens[then + 1]?.text === 'the' ? then + 2 : then + 1;
    return FINAL.has(tokens[at]?.text ?? '') && tokens[at + 1]?.pos === 'NOUN';
  });
}

/** Words of the last stage's name after the last share: "the honey flow". */
const LAST_NAME_WORDS = 4;
const NAME_POS = new Set(['DET', 'ADJ', 'ADV', 'NOUN', 'PROPN']);
const NAME_ENDS = new Set([';', '.', ':', '—', '?', '!']);

/**
 * "The brood box, the first super (5 %), the second super (25 %), the honey flow; …": stages
 * named with their shares in brackets, and one more named after the last share with none, end on
 * that stage, everyone's, as "then everyone" would.
 */
export function namedLastAfter(tokens: readonly Token[], last: number): boolean {
  // The brackets round a share are gone from its tokens: "the second super 25 %, the honey flow".
  if (tokens[last - 1]?.pos !== 'NOUN' || tokens[last + 1]?.text !== ',') return false;
  let at = last + 2;
  if (tokens[at]?.text === 'and' || tokens[at]?.text === 'then') at++;
  const from = at;
  while (at < tokens.length && at < from + LAST_NAME_WORDS && NAME_POS.has(tokens[at]?.pos ?? ''))
    at++;
  const name = tokens.slice(from, at);
  // "the full light": the tagger may read the name's head as an adjective after an adverb.
  const headless = name[0]?.text === 'the' && name.at(-1)?.pos === 'ADJ' && name.length > 1;
  const named = name.some((token) => token.pos === 'NOUN' && !token.negated) || headless;
  return named && (at === tokens.length || NAME_ENDS.has(tokens[at]?.text ?? ''));
}

/** Words a ramp's last note may open on: "Then the whole cellar.", "And finally the whole town." */
const LAST_NOTE_OPENERS = new Set(['then', 'and', 'finally']);

/**
 * "The whole plaza.", "Then the whole Kurmi market.": a note of the whole place alone, after the
 * last share, is everyone. The place may carry its name before its noun.
 */
export function wholeNote(tokens: readonly Token[]): boolean {
  const all = tokens.filter((token) => token.kind !== 'mark');
  let opener = 0;
  while (LAST_NOTE_OPENERS.has(all[opener]?.text ?? '')) opener++;
  const words = all.slice(opener);
  const whole = words[0]?.text === 'the' ? 1 : 0;
  const place = words.slice(whole + 1);
  return (
    words[whole]?.text === 'whole' &&
    place.length >= 1 &&
    place.length <= WHOLE_PLACE_WORDS &&
    place.every((word) => WHOLE_PLACE_POS.has(word.pos))
  );
}
/** Words of the place's name and noun: "Kurmi market", "Qissa Khwani bazaar". */
const WHOLE_PLACE_WORDS = 3;
const WHOLE_PLACE_POS = new Set(['NOUN', 'PROPN']);
