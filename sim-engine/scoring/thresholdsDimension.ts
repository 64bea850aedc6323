import type { GuardedMetric, Plan } from '../domain/plan';
import type { RunEvent, RunResult } from '../domain/run';
import type { Scenario } from '../domain/scenario';
import type { Criterion, Judgement } from './criteria';
import { effectName, movedMetrics } from './regressionMetrics';
import { catchCredit, excessNoise, PERFECT_BAR, type TrialBar } from './referenceTrials';
import { TRIAL_SEEDS, type ThresholdTrial } from './thresholdTrials';
import { isModelChange } from './weights';
import { quoteThreshold } from './wording';
import { calendarFoolsTheCohort } from './calendar';

const STRONG_THRESHOLDS =
  'Write the rollback limits down before any traffic moves: errors up more than half a percentage ' +
  'point against control, p99 latency up more than about 200 ms, conversion down more than 2 % ' +
  'against the same segments’ own baseline — loose enough to ignore noise, tight enough to catch real harm.';

function coverage(plan: Plan, scenario: Scenario): Criterion[] {
  const has = (...metrics: GuardedMetric[]) =>
    plan.thresholds.filter((threshold) => metrics.includes(threshold.metric));
  const business = has('conversion');
  // Where the brief's calendar says last week differs (a sale ended, a holiday), the right
  // baseline for a business metric is the concurrent control, which the world moved too.
  const rightBaseline = calendarFoolsTheCohort(scenario) ? 'control' : 'cohort';
  const businessByCohort = business.some((threshold) => threshold.compare === rightBaseline);
  // On a model change, user feedback is the business signal the seed names alongside conversion.
  const feedback = isModelChange(scenario.changeKind) ? has('thumbs_down_rate') : [];
  const businessCredit =
    businessByCohort || feedback.length > 0 ? 1 : business.length > 0 ? 0.5 : 0;
  const businessText =
    businessCredit === 1
      ? 'A business metric is guarded against the right baseline'
      : businessCredit === 0.5
        ? rightBaseline === 'cohort'
          ? 'Conversion is compared with all control, not the same segments’ baseline'
          : 'Conversion is compared with last week although the calendar says last week was different; a concurrent control moves with the world'
        : 'No threshold on conversion or another business metric';
  return [
    {
      share: 0.1,
      credit: has('error_rate').length > 0 ? 1 : 0,
      text: has('error_rate').length > 0 ? 'Errors are guarded' : 'No threshold on the error rate',
    },
    {
      share: 0.1,
      credit: has('latency_p99', 'latency_p95').length > 0 ? 1 : 0,
      text:
        has('latency_p99', 'latency_p95').length > 0
          ? 'Tail latency is guarded'
          : 'No threshold on p99 latency',
    },
    { share: 0.1, credit: businessCredit, text: businessText },
  ];
}

const runs = (rate: number) => `${Math.round(rate * TRIAL_SEEDS)} of ${TRIAL_SEEDS} runs`;

function catching(trials: readonly ThresholdTrial[], bar: TrialBar, onset: EventRef): Criterion {
  const best = trials.reduce<ThresholdTrial | undefined>(
    (top, trial) => ((trial.catchRate ?? 0) > (top?.catchRate ?? -1) ? trial : top),
    undefined,
  );
  const rate = best?.catchRate ?? 0;
  const text =
    best && rate > 0
      ? `${quoteThreshold(best.threshold)} caught this regression alone in ${runs(rate)}`
      : 'No threshold caught this scenario’s regression in trial runs: the limits are too loose or the metrics wrong';
  const credit = catchCredit(rate, bar);
  return { share: 0.3, credit, text, ...(credit < 1 ? onset : {}) };
}

function unguarded(plan: Plan, scenario: Scenario, onset: EventRef): Criterion[] {
  const guarded = new Set(plan.thresholds.map((threshold) => threshold.metric));
  const moved = movedMetrics(scenario);
  const missed = moved.filter((m) => !m.seenBy.some((metric) => guarded.has(metric)));
  const names = [...new Set(missed.map((m) => effectName(m.effect)))];
  if (moved.length === 0) return [];
  return [
    missed.length === 0
      ? { share: 0.1, credit: 1, text: 'Every metric the regression moves is guarded' }
      : {
          share: 0.1,
          credit: 1 - missed.length / moved.length,
          text: `No threshold on ${names.join(', ')}, which the regression moves`,
          ...onset,
        },
  ];
}

function noise(trials: readonly ThresholdTrial[], bar: TrialBar): Criterion[] {
  // Only what goes beyond the strong answer's own limits on the same metrics is charged.
  const noisy = trials.filter((trial) => excessNoise(trial, bar) > 0);
  const quiet = trials.reduce((product, trial) => product * (1 - excessNoise(trial, bar)), 1);
  if (noisy.length === 0) {
    return [
      {
        share: 0.3,
        credit: 1,
        text: 'No threshold stopped a healthy copy of this release more often than the strong answer’s limits do',
      },
    ];
  }
  return noisy.map((trial) => ({
    share: 0.3 / noisy.length,
    // The set's chance of staying quiet, shared among the noisy thresholds.
    credit: quiet,
    text: noiseText(trial),
  }));
}

function noiseText(trial: ThresholdTrial): string {
  const name = quoteThreshold(trial.threshold);
  if (trial.inconclusiveRate >= trial.noiseRate)
    return `${name} never let a hold complete on a healthy copy of this release in ${runs(trial.noiseRate)}: the limit is too tight to prove`;
  return `${name} stopped a healthy copy of this release in ${runs(trial.noiseRate)} (false alarms or holds that never held steady)`;
}

/** This run's own false alarm, when it had one: the threshold that tripped on noise. */
function thisRun(plan: Plan, run: RunResult): Criterion[] {
  if (run.outcome.rollbackCause !== 'noise') return [];
  const index = run.events.findIndex((event) => event.type === 'breach');
  const breach = run.events[index];
  const threshold = breach?.type === 'breach' ? plan.thresholds[breach.thresholdIndex] : undefined;
  const what = threshold ? quoteThreshold(threshold) : 'A threshold';
  return [
    {
      share: 0.15,
      credit: 0,
      text: `In this run ${what} tripped on noise: nothing real was behind the breach`,
      ...(breach ? { minute: breach.minute, eventIndex: index } : {}),
    },
  ];
}

/** A pointer to a run event, spread into a criterion. */
type EventRef = { readonly minute: number; readonly eventIndex: number } | Record<string, never>;

function onsetRef(events: readonly RunEvent[]): EventRef {
  const index = events.findIndex((event) => event.type === 'regression-onset');
  const event = events[index];
  return event ? { minute: event.minute, eventIndex: index } : {};
}

/** Thresholds: pre-committed, covering the right metrics, and judged by what they do here. */
export function judgeThresholds(
  plan: Plan,
  scenario: Scenario,
  trials: readonly ThresholdTrial[],
  run: RunResult,
  bar: TrialBar = PERFECT_BAR,
): Judgement {
  const { events } = run;
  const base = {
    id: 'thresholds' as const,
    title: 'Thresholds',
    strongCounterpart: STRONG_THRESHOLDS,
  };
  if (plan.thresholds.length === 0) {
    const text = 'No rollback thresholds: nothing in the plan would ever call a rollback';
    return { ...base, criteria: [{ share: 1, credit: 0, text, ...onsetRef(events) }] };
  }
  const onset = onsetRef(events);
  const healthy = scenario.regressions.length === 0;
  const caught = healthy
    ? [
        {
          share: 0.4,
          credit: 1,
          text: 'A healthy release: nothing to catch, so only noise matters',
        },
      ]
    : [catching(trials, bar, onset), ...unguarded(plan, scenario, onset)];
  return {
    ...base,
    criteria: [
      ...coverage(plan, scenario),
      ...caught,
      ...noise(trials, bar),
      ...thisRun(plan, run),
    ],
  };
}
