import { namesRole } from './roles';
import type { Token } from './tokens';

/**
 * "Someone signs off each stage", "whoever is around gives the go": an approval whose only
 * giver is an indefinite person names no one an interviewer could hold to it. "Someone named
 * signs each advance" and "someone from support signs" say who; "before anyone says go" is about
 * when, not who, so "anyone" is left alone.
 */

const INDEFINITE = new Set(['someone', 'somebody', 'whoever']);
/** What makes the indefinite a person with a place: "someone named", "someone from support". */
const PLACED_BY = new Set(['named', 'from', 'in', 'on', 'at', 'with']);
/** A person the answer can name: the speaker, the listener, or a pronoun standing for a role. */
const PERSONS = new Set(['i', 'me', 'my', 'we', 'us', 'our', 'you', 'your', 'he', 'she', 'they']);

/** How far past the indefinite its clause may still name who it is: "someone, me or the lead". */
const GIVER_REACH = 4;

/** True when the approval's only giver is an indefinite person. */
export function onlyVagueSigner(tokens: readonly Token[]): boolean {
  const at = tokens.findIndex(
    (token, i) =>
      INDEFINITE.has(token.text) && !token.negated && !PLACED_BY.has(tokens[i + 1]?.text ?? ''),
  );
  if (at < 0 || namesRole(tokens)) return false;
  // "Someone signs each stage before we widen it": a person later in the sentence does
  // something else.
  const around = tokens.slice(0, at + GIVER_REACH);
  return !around.some((token) => PERSONS.has(token.text) || token.pos === 'PROPN');
}
