import { createScenarioClock } from '../clock/localTime';
import type { GuardedMetric, Plan } from '../domain/plan';
import type { RunEvent, RunResult } from '../domain/run';
import type { Scenario } from '../domain/scenario';
import type { NarrativeStep } from '../domain/score';
import { formatMinutes } from '../plan/describePlan';
import { explainStageMisses, explainUnguarded } from './missed';
import { metricsSeeing } from './regressionMetrics';
import { METRIC_LABELS, ROLE_LABELS, formatCount, formatLimit } from './wording';

type Draft = Omit<NarrativeStep, 'clock'>;
/** A step before sorting, with its place among steps of the same minute. */
type Ranked = { readonly draft: Draft; readonly rank: number };

function thresholdName(plan: Plan, index: number): string {
  const threshold = plan.thresholds[index];
  return threshold ? METRIC_LABELS[threshold.metric] : `threshold ${index + 1}`;
}

function estimate(plan: Plan, index: number, value: number): string {
  const unit = plan.thresholds[index]?.unit ?? 'pp';
  // Whole milliseconds and tenths of a percent are what a dashboard shows.
  const places = unit === 'ms' ? 0 : unit === 'pct' ? 1 : 2;
  return formatLimit(Number(value.toFixed(places)), unit);
}

/** Why a reading had nothing real behind it, or undefined when a regression could explain it. */
function noiseReason(
  metric: GuardedMetric | undefined,
  minute: number,
  run: RunResult,
  scenario: Scenario,
): string | undefined {
  if (scenario.regressions.length === 0) return 'noise: this release has no regression';
  const begun = new Set(
    run.events.flatMap((e) =>
      e.type === 'regression-onset' && e.minute <= minute ? [e.regressionId] : [],
    ),
  );
  if (begun.size === 0) return 'noise: the regression had not begun';
  const moved = scenario.regressions
    .filter((regression) => begun.has(regression.id))
    .some((regression) =>
      regression.effects.some((effect) => metric && metricsSeeing(effect).includes(metric)),
    );
  return moved ? undefined : 'noise: the regression does not move this metric';
}

/** `Day 2 Wed 02:10`: a run can span more than a week, so the weekday alone is ambiguous. */
export function dayLabel(scenario: Scenario, minute: number): string {
  const clock = createScenarioClock(scenario.start);
  const day = Math.floor((clock.at(0).minuteOfDay + minute) / 1440) + 1;
  return `Day ${day} ${clock.label(minute)}`;
}

/** ", reading the last 6 h (since Tue 14:00)" when the gate read a window of its own. */
function readWindow(event: RunEvent, scenario: Scenario): string {
  const start = (event as { windowStart?: unknown }).windowStart;
  if (typeof start !== 'number' || !Number.isFinite(start)) return '';
  return `, reading the last ${formatMinutes(Math.max(0, event.minute - start))} of data (since ${dayLabel(scenario, start)})`;
}

/** The plain sentence for one event, or nothing for events the reader need not see. */
function stepFor(event: RunEvent, run: RunResult, scenario: Scenario): Draft | undefined {
  const { plan } = run;
  const minute = event.minute;
  switch (event.type) {
    case 'regression-onset': {
      const regression = scenario.regressions.find((r) => r.id === event.regressionId);
      return {
        minute,
        kind: 'onset',
        text: `Revealed now: the regression “${event.regressionId}” began. ${regression?.cause ?? ''}`.trim(),
      };
    }
    case 'threshold-amber': {
      const noise = noiseReason(
        plan.thresholds[event.thresholdIndex]?.metric,
        minute,
        run,
        scenario,
      );
      return {
        minute,
        kind: 'signal',
        text: `First signal at the ${percentOf(plan, event.stage)} stage: ${thresholdName(plan, event.thresholdIndex)} moved ${estimate(plan, event.thresholdIndex, event.estimate)}, not yet a breach${noise ? ` — ${noise}` : ''}.`,
      };
    }
    case 'breach': {
      const noise = noiseReason(event.metric, minute, run, scenario);
      const alarm = noise ? ` Nothing real was behind it (${noise}): a false alarm.` : '';
      return {
        minute,
        kind: 'breach',
        text: `Breach at the ${percentOf(plan, event.stage)} stage: ${METRIC_LABELS[event.metric]} moved ${estimate(plan, event.thresholdIndex, event.estimate)} against a limit of ${formatLimit(event.limit, plan.thresholds[event.thresholdIndex]?.unit ?? 'pp')}${readWindow(event, scenario)}.${alarm}`,
      };
    }
    case 'stage-inconclusive':
      return {
        minute,
        kind: 'waiting',
        text:
          `The hold at ${percentOf(plan, event.stage)} ran out of time and the data could not decide (inconclusive: neither a catch nor a false alarm); ` +
          (event.next === 'advance'
            ? 'the plan chose to advance, a risk accepted with the stage’s sign-off.'
            : 'the plan chose to roll back.'),
      };
    case 'sign-off-waiting':
      return {
        minute,
        kind: 'waiting',
        text: `The gate waited for ${ROLE_LABELS[event.role]} to sign off, who is available ${formatMinutes(Math.max(0, event.availableAt - minute))} later.`,
      };
    case 'rollback-waiting':
      return {
        minute,
        kind: 'waiting',
        text: `Rollback requested; the first person allowed to authorize it could act ${formatMinutes(Math.max(0, event.availableAt - minute))} later.`,
      };
    case 'rollback-authorized':
      return {
        minute,
        kind: 'rollback',
        text: `${capitalize(ROLE_LABELS[event.role])} authorized the rollback.`,
      };
    case 'rollback-complete':
      return {
        minute,
        kind: 'rollback',
        text: 'Rollback complete: everyone is back on the old version.',
      };
    case 'stage-entered':
      return event.percent >= 100
        ? undefined
        : { minute, kind: 'stage', text: `Ramp moved to ${event.percent} %.` };
    case 'full-rollout':
      return {
        minute,
        kind: 'full-rollout',
        text: 'Full rollout: everyone is on the new version.',
      };
    case 'override':
      return {
        minute,
        kind: 'note',
        text: `Override: ${thresholdName(plan, event.thresholdIndex)} limit changed to ${formatLimit(event.limit, plan.thresholds[event.thresholdIndex]?.unit ?? 'pp')} mid-run, ${formatMinutes(minute)} in.`,
      };
    default:
      return undefined;
  }
}

function percentOf(plan: Plan, stage: number): string {
  return `${plan.stages[stage]?.percent ?? '?'} %`;
}

function capitalize(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}

function exposureStep(run: RunResult): Draft | undefined {
  const { outcome } = run;
  if (!outcome.regressionPresent) return undefined;
  const lost =
    outcome.lostConversions > 0 ? `, ${formatCount(outcome.lostConversions)} purchases lost` : '';
  return {
    minute: outcome.endMinute,
    kind: 'exposure',
    text:
      `In all, ${formatCount(outcome.exposedUsers)} users and ${formatCount(outcome.exposedRequests)} requests met the regression: ` +
      `${formatCount(outcome.excessErrors)} extra failed requests${lost}.`,
  };
}

/**
 * Amber readings worth telling: the run's very first, and the first of the threshold that
 * later breached; the rest are noise a reader would wade through.
 */
function shownSignals(events: readonly RunEvent[]): Set<RunEvent> {
  const ambers = events.filter((event) => event.type === 'threshold-amber');
  const breach = events.find((event) => event.type === 'breach');
  const shown = new Set<RunEvent>(ambers.slice(0, 1));
  const warned = ambers.find(
    (event) => breach?.type === 'breach' && event.thresholdIndex === breach.thresholdIndex,
  );
  if (warned && breach && warned.minute < breach.minute) shown.add(warned);
  return shown;
}

/** The debrief as time-stamped, plain-language steps, in the order they happened. */
export function buildNarrative(run: RunResult, scenario: Scenario): NarrativeStep[] {
  const drafts: Ranked[] = [];
  const signals = shownSignals(run.events);
  for (const event of run.events) {
    if (event.type === 'threshold-amber' && !signals.has(event)) continue;
    const step = stepFor(event, run, scenario);
    if (step) drafts.push({ draft: step, rank: 1 });
  }
  // Same minute: why a stage missed comes before what happened next; the tally comes last.
  drafts.push(...explainStageMisses(run, scenario).map((draft) => ({ draft, rank: 0 })));
  drafts.push(...explainUnguarded(run, scenario).map((draft) => ({ draft, rank: 2 })));
  const exposure = exposureStep(run);
  if (exposure) drafts.push({ draft: exposure, rank: 3 });
  // A stable sort keeps same-minute, same-rank steps in event order.
  return drafts
    .sort((a, b) => a.draft.minute - b.draft.minute || a.rank - b.rank)
    .map(({ draft }) => ({
      ...draft,
      clock: dayLabel(scenario, draft.minute),
    }));
}
