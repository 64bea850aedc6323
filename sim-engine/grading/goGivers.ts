import { findAll } from './match';
import { rolesNamed } from './roles';
import type { Token } from './tokens';
import { ROLES } from './vocabulary';

/**
 * Who gives the go of a "go/no-go" or a "go-ahead" (read by signOff.ts): a go that no role and
 * not the speaker gives is a meeting or a rule, not a sign-off.
 */

const DECIDERS = new Set(['i', 'me', 'my', 'mine']);

/**
 * "A go/no-go review at the end of each hold", "we go ahead only if the limits are fine": a go
 * with no one named to give it is a meeting or a rule, not a sign-off ("a go/no-go from me and
 * the ML lead", "the support lead's go-ahead" are).
 */
export function unownedGoNoGo(tokens: readonly Token[], at: number): boolean {
  return tokens[at]?.text === 'go' && nobodyGives(tokens);
}

export function nobodyGives(tokens: readonly Token[]): boolean {
  return rolesNamed(tokens).length === 0 && !tokens.some((token) => DECIDERS.has(token.text));
}

/** "a go/no-go review": the go of a go/no-go, read as an assent only with its givers named. */
export function opensGoNoGo(tokens: readonly Token[], i: number): boolean {
  const joint = tokens[i + 1]?.text ?? '';
  return (joint === '/' || joint === 'or') && tokens[i + 2]?.text === 'no';
}

/** How far after "from" the giver of an assent may be named: "a go from the support lead". */
const GIVER_REACH = 3;

/** A named role within a few words: the giver after "from". */
export function givenBy(tokens: readonly Token[], at: number): boolean {
  const roleWithin = (from: number, reach: number) =>
    findAll(tokens, ROLES).some(
      (match) => match.start >= from && match.start < from + reach && !tokens[match.start]?.negated,
    );
  if (roleWithin(at, GIVER_REACH)) return true;
  // '"go from Priya", she's the eng lead', '"go from Mark", that's me': a person named, then
  // their role or the speaker in apposition.
  if (tokens[at]?.pos !== 'PROPN') return false;
  return roleWithin(at + 1, NAMED_GIVER_REACH) || speakerWithin(tokens, at + 1, NAMED_GIVER_REACH);
}

/** How far after a giver's name their role may follow: '"go from Priya", she's the eng lead'. */
const NAMED_GIVER_REACH = 6;

function speakerWithin(tokens: readonly Token[], from: number, reach: number): boolean {
  return tokens.slice(from, from + reach).some((token) => token.text === 'me' && !token.negated);
}
