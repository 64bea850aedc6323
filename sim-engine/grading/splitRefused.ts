import { findAll } from './match';
import type { Token } from './tokens';
import { ENGINEERING } from './vocabulary';

/**
 * "I won't split who owns what between PM and engineering; the team just ships it", "I'm not
 * drawing a line between my part and engineering's": the speaker refuses to say who owns the
 * release's decisions, which leaves them to no one, as the misconception that they are
 * engineering's does. A sentence that then takes the decisions ("… I own the order, the limits
 * and the holds") raises no misconception (ownership.ts).
 */

/** Verbs of dividing ownership between two parties. */
const DIVIDING = new Set(['split', 'divide', 'separate', 'draw']);
/** How far the parties come after the verb: "split who owns what between PM and engineering". */
const PARTIES_REACH = 10;
/** Engineering's side, when the tagger reads its possessive whole: "engineering's". */
const ENGINEERING_OWNERS = new Set([
  'engineering',
  'engineers',
  'eng',
  'platform',
  'devops',
  'ops',
]);
/** The speaker's side of the division: "PM", "my part", "me". */
const SPEAKERS_SIDE = new Set(['pm', 'me', 'my', 'mine', 'product', 'i']);

export function ownershipSplitRefused(tokens: readonly Token[]): boolean {
  return tokens.some((token, at) => {
    if (!token.negated || !DIVIDING.has(token.lemma) || token.pos !== 'VERB') return false;
    const after = tokens.slice(at + 1, at + 1 + PARTIES_REACH);
    const between = after.findIndex((word) => word.text === 'between');
    if (between < 0) return false;
    const parties = after.slice(between + 1);
    // "my part and engineering's": the possessive is read as one word.
    const engineering =
      findAll(parties, ENGINEERING).length > 0 ||
      parties.some((word) => ENGINEERING_OWNERS.has(word.text.replace(/['’]s$/u, '')));
    return engineering && parties.some((word) => SPEAKERS_SIDE.has(word.text));
  });
}
