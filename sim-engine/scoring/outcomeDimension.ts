import type { Outcome, RunEvent, RunEventType, RunResult } from '../domain/run';
import type { Scenario } from '../domain/scenario';
import { formatMinutes } from '../plan/describePlan';
import type { Criterion, Judgement } from './criteria';
import { METRIC_LABELS, formatCount } from './wording';

const STRONG_OUTCOME =
  'Catch a real regression at a small stage, before most users meet it, and roll back in minutes; ' +
  'let a healthy release reach everyone within a few days without a false alarm.';

/** A healthy release that reaches everyone within this long has lost no velocity. */
export const FULL_ROLLOUT_TARGET_MINUTES = 4 * 24 * 60;
/** …and by this long it has lost all the credit for velocity. */
export const FULL_ROLLOUT_LIMIT_MINUTES = 10 * 24 * 60;
/** Share of the scenario's users meeting a regression at which exposure earns nothing. */
export const EXPOSURE_LIMIT_SHARE = 0.5;

function at(events: readonly RunEvent[], ...types: RunEventType[]) {
  const index = events.findIndex((event) => types.includes(event.type));
  const event = events[index];
  return event ? { minute: event.minute, eventIndex: index } : {};
}

function earliness(outcome: Outcome): number {
  const percent = outcome.percentAtDetection;
  if (!outcome.caught || !outcome.caughtInTime || percent === null) return 0;
  if (percent <= 5) return 1;
  return percent <= 25 ? 0.75 : percent <= 50 ? 0.4 : 0.1;
}

/** Credit for a catch whose rollback waited: the catch counts for little once hours pass. */
export const LATE_ROLLBACK_CREDIT = 0.3;

function caughtCriterion(run: RunResult): Criterion {
  const { outcome, events } = run;
  const metric = outcome.detectionMetric ? ` on ${METRIC_LABELS[outcome.detectionMetric]}` : '';
  const stage = `the ${outcome.percentAtDetection ?? '?'} % stage`;
  if (outcome.caught && outcome.caughtInTime) {
    return {
      share: 0.5,
      credit: 1,
      text: `Caught before full rollout, at ${stage}${metric}`,
      ...at(events, 'breach', 'rollback-requested'),
    };
  }
  if (outcome.caught) {
    return {
      share: 0.5,
      credit: LATE_ROLLBACK_CREDIT,
      text: `Breach seen at ${stage}${metric}, but the rollback took ${formatMinutes(outcome.minutesToRollback ?? 0)} to complete: not a catch in time`,
      ...at(events, 'rollback-waiting', 'rollback-requested'),
    };
  }
  return { share: 0.5, credit: 0, ...uncaughtText(run) };
}

function uncaughtText(run: RunResult): Pick<Criterion, 'text' | 'minute' | 'eventIndex'> {
  const { outcome, events } = run;
  const stage = `the ${outcome.percentAtDetection ?? '?'} % stage`;
  if (outcome.rollbackCause === 'noise')
    return {
      text: `Rolled back at ${stage} on noise, not on the regression: a false alarm, and nothing was caught`,
      ...at(events, 'rollback-requested'),
    };
  if (outcome.rollbackCause === 'inconclusive')
    return {
      text: `Stopped at ${stage} because the data could not decide: an inconclusive hold, not a catch`,
      ...at(events, 'stage-inconclusive', 'rollback-requested'),
    };
  return {
    text: outcome.reachedFullRollout
      ? 'The regression reached full rollout uncaught'
      : 'The regression was never caught before the run ended',
    ...at(events, 'full-rollout', 'horizon-reached'),
  };
}

function regressionCriteria(run: RunResult, scenario: Scenario): Criterion[] {
  const { outcome, events } = run;
  const users = scenario.segments.reduce((sum, segment) => sum + segment.users, 0);
  const share = users > 0 ? outcome.exposedUsers / users : 0;
  const caught = caughtCriterion(run);
  const early: Criterion = {
    share: 0.2,
    credit: earliness(outcome),
    text: outcome.caught
      ? `Detected ${formatMinutes(Math.max(0, (outcome.detectionMinute ?? 0) - (outcome.onsetMinute ?? 0)))} after onset`
      : 'Never detected',
    ...at(events, 'breach', 'rollback-requested', 'regression-onset'),
  };
  const exposure: Criterion = {
    share: 0.3,
    credit: 1 - Math.min(1, share / EXPOSURE_LIMIT_SHARE),
    text:
      `${formatCount(outcome.exposedUsers)} users (${(share * 100).toFixed(1)} %) and ` +
      `${formatCount(outcome.exposedRequests)} requests met the regression`,
    ...at(events, 'rollback-complete', 'full-rollout', 'horizon-reached'),
  };
  return [caught, early, exposure];
}

function velocity(outcome: Outcome): number {
  const minutes = outcome.minutesToFullRollout;
  if (minutes === null) return 0;
  const span = FULL_ROLLOUT_LIMIT_MINUTES - FULL_ROLLOUT_TARGET_MINUTES;
  return Math.min(1, Math.max(0, (FULL_ROLLOUT_LIMIT_MINUTES - minutes) / span));
}

function healthyCriteria(run: RunResult): Criterion[] {
  const { outcome, events } = run;
  const full = outcome.minutesToFullRollout;
  return [
    outcome.falseRollback
      ? {
          share: 0.5,
          credit: 0,
          text: 'False rollback of a healthy release',
          ...at(events, 'rollback-requested'),
        }
      : outcome.rollbackCause === 'inconclusive'
        ? {
            share: 0.5,
            credit: 0,
            text: 'A healthy release stopped because a hold could not decide (inconclusive, not a false alarm)',
            ...at(events, 'stage-inconclusive', 'rollback-requested'),
          }
        : { share: 0.5, credit: 1, text: 'No false rollback of a healthy release' },
    full === null
      ? {
          share: 0.2,
          credit: 0,
          text: 'Never reached full rollout',
          ...at(events, 'rollback-requested', 'horizon-reached'),
        }
      : { share: 0.2, credit: 1, text: 'Reached full rollout', ...at(events, 'full-rollout') },
    {
      share: 0.3,
      credit: velocity(outcome),
      text:
        full === null
          ? 'No velocity: the release never shipped'
          : `Full rollout after ${formatMinutes(full)}`,
      ...at(events, 'full-rollout', 'horizon-reached'),
    },
  ];
}

/** Outcome: caught early with little exposure, or a healthy release shipped without false alarm. */
export function judgeOutcome(run: RunResult, scenario: Scenario): Judgement {
  return {
    id: 'outcome',
    title: 'Outcome',
    criteria: run.outcome.regressionPresent
      ? regressionCriteria(run, scenario)
      : healthyCriteria(run),
    strongCounterpart: STRONG_OUTCOME,
  };
}
