import { formatMinutes } from '../../../sim-engine/index';
import type { Plan, RunEvent } from '../../../sim-engine/index';
import { formatChange, worseDirection } from '../charts/metricDirection';
import { formatInUnit, METRIC_LABELS, ROLE_LABELS } from '../text/labels';

/** One run event as a line of the feed; null for events the feed does not show. */
export function eventText(event: RunEvent, plan: Plan): string | null {
  switch (event.type) {
    case 'stage-entered':
      return `Stage ${event.stage + 1}: ${event.percent} % of traffic on the new version.`;
    case 'hold-complete':
      return `Stage ${event.stage + 1} hold complete.`;
    case 'stage-inconclusive':
      return `Stage ${event.stage + 1}: the data could not decide before the hold ran out; the plan ${event.next === 'advance' ? 'advances' : 'rolls back'}.`;
    case 'sign-off-waiting':
      return `Waiting for sign-off from ${ROLE_LABELS[event.role]} (available in ${formatMinutes(event.availableAt - event.minute)}).`;
    case 'sign-off-given':
      return event.role
        ? `${ROLE_LABELS[event.role]} signed off stage ${event.stage + 1}.`
        : `Stage ${event.stage + 1} advances.`;
    case 'breach': {
      const unit = plan.thresholds[event.thresholdIndex]?.unit ?? 'pp';
      // Natural sign, so a conversion drop reads as one: "−16 % against a limit of −2 %".
      const sign = worseDirection(event.metric);
      return `Breach: ${METRIC_LABELS[event.metric]} moved ${formatChange(sign * event.estimate, unit)} against a limit of ${formatChange(sign * event.limit, unit)}.`;
    }
    case 'rollback-requested':
      return event.reason === 'breach'
        ? 'Rollback requested.'
        : 'Rollback requested: the hold was inconclusive.';
    case 'rollback-waiting':
      return `Rollback waits for someone with authority (in ${formatMinutes(event.availableAt - event.minute)}).`;
    case 'rollback-authorized':
      return `${ROLE_LABELS[event.role]} authorized the rollback.`;
    case 'rollback-complete':
      return 'Rollback complete: everyone is back on the old version.';
    case 'full-rollout':
      return 'Full rollout: everyone is on the new version.';
    case 'override': {
      const unit = plan.thresholds[event.thresholdIndex]?.unit ?? 'pp';
      return `Override recorded: threshold ${event.thresholdIndex + 1} limit set to ${formatInUnit(event.limit, unit)}.`;
    }
    case 'horizon-reached':
      return 'The scenario’s time is up.';
    // Hidden until the replay: the learner would not know it in production.
    case 'regression-onset':
    case 'threshold-amber':
      return null;
  }
}
