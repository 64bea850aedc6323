import { rolesNamed } from './roles';
import type { Token } from './tokens';

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
