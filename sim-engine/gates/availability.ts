import { isBusinessHours, nextBusinessMinute, type ScenarioClock } from '../clock/localTime';
import type { Coverage, Role } from '../domain/plan';

/** Minutes for a person already at work to see an alert and act on it. */
export const IN_HOURS_RESPONSE_MINUTES = 10;
/** Minutes for the paged on-call engineer to act, day or night. */
export const ON_CALL_RESPONSE_MINUTES = 5;
/** Minutes to wake someone who is reachable out of hours. */
export const OUT_OF_HOURS_RESPONSE_MINUTES = 30;

/**
 * When someone in `role` can sign off a gate raised at `minute`. People sign off in their
 * working hours; the on-call engineer and "anyone" (an automated check) at any hour.
 */
export function signOffMinute(role: Role, clock: ScenarioClock, minute: number): number {
  if (role === 'anyone' || role === 'oncall-sre') return minute;
  return nextBusinessMinute(clock, minute);
}

/**
 * When `role` can authorize a rollback requested at `minute`. With 24×7 coverage people
 * are reachable at night, more slowly; with business-hours coverage nobody but an
 * automated rollback ("anyone") acts out of hours.
 */
export function authorizationMinute(
  role: Role,
  coverage: Coverage,
  clock: ScenarioClock,
  minute: number,
): number {
  if (role === 'anyone') return minute;
  const inHours = isBusinessHours(clock.at(minute));
  if (coverage === 'business-hours' && !inHours) {
    return nextBusinessMinute(clock, minute) + IN_HOURS_RESPONSE_MINUTES;
  }
  if (role === 'oncall-sre') return minute + ON_CALL_RESPONSE_MINUTES;
  return minute + (inHours ? IN_HOURS_RESPONSE_MINUTES : OUT_OF_HOURS_RESPONSE_MINUTES);
}

/** The first authorizer able to act, and when. */
export function firstAuthorization(
  authorizers: readonly Role[],
  coverage: Coverage,
  clock: ScenarioClock,
  minute: number,
): { readonly role: Role; readonly minute: number } {
  let best: { role: Role; minute: number } | null = null;
  for (const role of authorizers) {
    const at = authorizationMinute(role, coverage, clock, minute);
    if (!best || at < best.minute) best = { role, minute: at };
  }
  // The plan schema requires at least one authorizer.
  return best ?? { role: 'anyone', minute };
}
