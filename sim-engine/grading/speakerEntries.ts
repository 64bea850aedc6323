import { findAll } from './match';
import type { Token } from './tokens';
import { DECISIONS } from './decisionHolder';

/**
 * An entry headed by the speaker, as a field guide, a cast list or a programme sets one out: "The
 * Manifest Keeper (me, the PM)" on its own line, then "Habitat: the cohort order, the limits, the
 * holds." The heading names no act, only who the entry is about; the field under it lists what
 * that person holds, as "I own the order, the limits and the holds" would (read by ownership.ts).
 */

/** Who the speaker is said to be in the heading's brackets: "(me)", "(me, the PM)", "(the PM)". */
const SPEAKER_IN_BRACKETS = new Set(['me', 'pm', 'myself']);
/** A heading of this many words at most: a name and who it is. */
const HEADING_WORDS = 8;
/** Release decisions a field lists: two or more, so "Habitat: the booking desk" is none. */
const MIN_LISTED = 2;

export function entryOfSpeaker(
  heading: readonly Token[] | undefined,
  field: readonly Token[],
): boolean {
  return heading !== undefined && headsSpeaker(heading) && listsDecisions(field);
}

/** A verbless heading whose brackets name the speaker or the PM. */
function headsSpeaker(tokens: readonly Token[]): boolean {
  const words = tokens.filter((token) => token.kind === 'word');
  if (words.length === 0 || words.length > HEADING_WORDS) return false;
  if (tokens.some((token) => token.pos === 'VERB' || token.pos === 'AUX' || token.negated)) {
    return false;
  }
  const open = tokens.findIndex((token) => token.text === '(');
  if (open < 0) return false;
  const inside = tokens.slice(open + 1).findIndex((token) => token.text === ')');
  const bracketed = tokens.slice(open + 1, inside < 0 ? tokens.length : open + 1 + inside);
  return bracketed.some((token) => SPEAKER_IN_BRACKETS.has(token.text));
}

/** "Habitat: the cohort order, the limits, the holds": a label, a colon, two decisions or more. */
function listsDecisions(tokens: readonly Token[]): boolean {
  const start = tokens[0]?.kind === 'mark' ? 1 : 0;
  if (tokens[start]?.kind !== 'word' || tokens[start + 1]?.text !== ':') return false;
  const end = tokens.findIndex((token, at) => at > start + 1 && token.text === '.');
  const listed = findAll(tokens, DECISIONS).filter(
    (match) =>
      match.start > start + 1 && (end < 0 || match.start < end) && !tokens[match.start]?.negated,
  );
  return listed.length >= MIN_LISTED;
}
