import { formatMinutes } from '../plan/describePlan';
import type { RunResult } from '../domain/run';

/** Points a recorded mid-run override costs: a limit chosen while watching is a guess. */
export const OVERRIDE_PENALTY = 3;
/** Points a practice-mode hint costs. */
export const HINT_PENALTY = 2;

/** The penalties of an attempt: one line per override, one for the hints taken. */
export function penaltiesFor(
  run: RunResult,
  hintsUsed: number,
): { readonly reason: string; readonly points: number }[] {
  const penalties: { reason: string; points: number }[] = [];
  run.events.forEach((event) => {
    if (event.type !== 'override') return;
    penalties.push({
      reason: `Threshold ${event.thresholdIndex + 1} changed to ${event.limit} mid-run, ${formatMinutes(event.minute)} in`,
      points: OVERRIDE_PENALTY,
    });
  });
  if (hintsUsed > 0) {
    penalties.push({
      reason: `${hintsUsed} ${hintsUsed === 1 ? 'hint' : 'hints'} used`,
      points: hintsUsed * HINT_PENALTY,
    });
  }
  return penalties;
}
