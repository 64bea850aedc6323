import type { Scenario } from '../domain/scenario';

/**
 * Whether the business calendar makes this week look worse than last week (a sale ended, a
 * holiday): conversion drifting down or errors drifting up. Only then does reading a business
 * metric against the same segments' last week raise false alarms, and the concurrent control
 * — which the world moves too — is the right baseline. A drift in the good direction cannot
 * fool a guard, and the control has a cost of its own: it is every segment the canary did not
 * serve, so a canary that starts with staff reads their low conversion as a drop.
 */
export function calendarFoolsTheCohort(scenario: Scenario): boolean {
  return scenario.world.drift.some((move) =>
    move.metric === 'conversion' ? move.amount < 0 : move.amount > 0,
  );
}
