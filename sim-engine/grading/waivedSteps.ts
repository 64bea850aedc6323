import type { Piece } from './tokens';

/** Steps a rollback may skip, where a negation's reach stops (read by negationScope.ts). */

/** Steps a rollback may skip: "no asking", "no waiting on nobody", "no approval". */
const WAIVED_STEPS = new Set(['asking', 'waiting', 'approval', 'permission', 'calling', 'paging']);

/** Asking someone first, as a rollback may skip it: "no need to call me", "… to wake anyone". */
const WAIVED_ASKING = new Set(['ask', 'call', 'wake', 'page', 'phone', 'ring', 'check']);

/**
 * "On-call flips the flag back, any hour, no asking permission, couple minutes": "no" before a
 * step waived reaches to the comma, not into the notes after it; so does "no need to call me".
 */
export function waivesAStep(pieces: readonly Piece[], negatorAt: number): boolean {
  if (pieces[negatorAt]?.text !== 'no') return false;
  const next = pieces[negatorAt + 1]?.text ?? '';
  if (WAIVED_STEPS.has(next)) return true;
  return (
    next === 'need' &&
    pieces[negatorAt + 2]?.text === 'to' &&
    WAIVED_ASKING.has(pieces[negatorAt + 3]?.text ?? '')
  );
}
