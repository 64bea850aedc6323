import type { Plan } from '../domain/plan';
import type { RunEvent } from '../domain/run';
import type { Scenario } from '../domain/scenario';
import { formatMinutes } from '../plan/describePlan';
import { rollbackDuration } from '../run/releaseState';
import type { Criterion, Judgement } from './criteria';
import { ROLE_LABELS } from './wording';

const STRONG_ROLLBACK =
  'Agree in advance who may pull the plug at any hour — the on-call engineer, reachable 24×7 — and ' +
  'make rollback a routing change that completes in under five minutes, not a redeploy.';

/** A well-instrumented canary rolls back within this many minutes (the seed's bar). */
export const FAST_ROLLBACK_MINUTES = 5;

const MECHANISM_NAMES = {
  routing: 'routing change',
  flag: 'flag flip',
  redeploy: 'redeploy',
} as const;

function speed(plan: Plan, scenario: Scenario): Criterion {
  const minutes = rollbackDuration(plan, scenario.rollbackTimes);
  const how = `Rollback by ${MECHANISM_NAMES[plan.rollback.mechanism]} takes ${formatMinutes(minutes)}`;
  if (minutes <= FAST_ROLLBACK_MINUTES) return { share: 0.4, credit: 1, text: how };
  return { share: 0.4, credit: minutes <= 3 * FAST_ROLLBACK_MINUTES ? 0.5 : 0, text: how };
}

function waitRef(events: readonly RunEvent[]) {
  const index = events.findIndex((event) => event.type === 'rollback-waiting');
  const event = events[index];
  return event ? { minute: event.minute, eventIndex: index } : {};
}

function hours(plan: Plan, events: readonly RunEvent[]): Criterion {
  const automated = plan.rollback.authorizers.includes('anyone');
  if (plan.rollback.coverage === '24x7' || automated) {
    return { share: 0.35, credit: 1, text: 'Someone can authorize a rollback at any hour' };
  }
  const waited = waitRef(events);
  const text =
    'minute' in waited
      ? 'Business-hours coverage: the rollback in this run waited for the office to open'
      : 'Business-hours coverage: a breach at night waits for the morning';
  return { share: 0.35, credit: 0, text, ...waited };
}

function who(plan: Plan): Criterion {
  const { authorizers } = plan.rollback;
  const names = authorizers.map((role) => ROLE_LABELS[role]).join(' or ');
  const onDuty = authorizers.includes('oncall-sre') || authorizers.includes('anyone');
  return onDuty
    ? { share: 0.25, credit: 1, text: `Rollback may be called by ${names}` }
    : { share: 0.25, credit: 0.4, text: `Only ${names} may call a rollback; nobody on call` };
}

/** Rollback readiness: who may roll back, at what hour, and how fast the mechanism is. */
export function judgeRollback(
  plan: Plan,
  scenario: Scenario,
  events: readonly RunEvent[],
): Judgement {
  const triggers = plan.thresholds.length > 0;
  const readiness = [speed(plan, scenario), hours(plan, events), who(plan)];
  return {
    id: 'rollback',
    title: 'Rollback readiness',
    // A rollback path nothing can trigger is never used: the plan earns nothing for it.
    criteria: triggers
      ? readiness
      : [
          {
            share: 1,
            credit: 0,
            text: 'No threshold could ever call a rollback, so the rollback path is never used',
          },
        ],
    strongCounterpart: STRONG_ROLLBACK,
  };
}
