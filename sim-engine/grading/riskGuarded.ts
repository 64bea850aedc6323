import type { Token } from './tokens';

/**
 * A plan written as risks, each answered by its guard ("We pick the limits after we've seen the
 * numbers. Guard: written and signed before the first request is routed."): the sentence just
 * before a guard heading names what could go wrong, so it is neither a claim nor a misconception;
 * the guard after it is the speaker's plan.
 */

/** Headings that answer the risk named just before them. */
const GUARD_HEADINGS = new Set([
  'guard',
  'guards',
  'safeguard',
  'safeguards',
  'mitigation',
  'mitigations',
  'countermeasure',
  'countermeasures',
  'defence',
  'defense',
  'prevention',
]);

/** "Guard: …", "Mitigation – …": a sentence opening with a guard heading. */
export function opensWithGuard(tokens: readonly Token[]): boolean {
  const heading = tokens[0]?.text ?? '';
  const mark = tokens[1]?.text ?? '';
  return GUARD_HEADINGS.has(heading) && (mark === ':' || mark === '-' || mark === '–');
}

/** Whether a sentence names a risk: the next sentence opens with its guard, and it does not. */
export function namesGuardedRisk(
  tokens: readonly Token[],
  next: readonly Token[] | undefined,
): boolean {
  return next !== undefined && opensWithGuard(next) && !opensWithGuard(tokens);
}
