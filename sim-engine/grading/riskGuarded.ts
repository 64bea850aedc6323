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

/** A risk is named in a few words; a longer sentence before a guard says more than the risk. */
const RISK_WORDS = 16;

/**
 * Where the risk a guard answers begins in the sentence before it, or -1: the whole sentence, or
 * its last part after a dash ("… neither alone — R7 Slow rollback"), when that part is short.
 */
export function guardedRiskFrom(
  tokens: readonly Token[],
  next: readonly Token[] | undefined,
): number {
  if (next === undefined || !opensWithGuard(next) || opensWithGuard(tokens)) return -1;
  // "Guard: none needed": a guard refused answers nothing, so the sentence before it stands.
  if (guardRefused(next)) return -1;
  const dash = tokens.map((token) => token.text).lastIndexOf('—');
  const from = dash + 1;
  const words = tokens.slice(from).filter((token) => token.kind === 'word').length;
  return words > 0 && words <= RISK_WORDS ? from : -1;
}

/** Words that give no guard: "Guard: none", "Mitigation: nothing, we trust the team", "n/a". */
const NO_GUARD = new Set(['none', 'nothing', 'no', 'n/a', 'na', 'not']);

function guardRefused(guard: readonly Token[]): boolean {
  const first = guard[2];
  return first === undefined || NO_GUARD.has(first.text);
}
