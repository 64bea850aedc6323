import { createScenarioClock } from '../clock/localTime';
import type { Plan } from '../domain/plan';
import type { RunEvent, RunResult } from '../domain/run';
import type { Scenario } from '../domain/scenario';
import type { NarrativeStep } from '../domain/score';
import { formatMinutes } from '../plan/describePlan';
import { explainMisses } from './missed';
import { METRIC_LABELS, ROLE_LABELS, formatCount, formatLimit } from './wording';

type Draft = Omit<NarrativeStep, 'clock'>;

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
    case 'threshold-amber':
      return {
        minute,
        kind: 'signal',
        text: `First signal at the ${percentOf(plan, event.stage)} stage: ${thresholdName(plan, event.thresholdIndex)} moved ${estimate(plan, event.thresholdIndex, event.estimate)}, not yet a breach.`,
      };
    case 'breach':
      return {
        minute,
        kind: 'breach',
        text: `Breach at the ${percentOf(plan, event.stage)} stage: ${METRIC_LABELS[event.metric]} moved ${estimate(plan, event.thresholdIndex, event.estimate)} against a limit of ${formatLimit(event.limit, plan.thresholds[event.thresholdIndex]?.unit ?? 'pp')}.`,
      };
    case 'stage-inconclusive':
      return {
        minute,
        kind: 'waiting',
        text: `The hold at ${percentOf(plan, event.stage)} ran out of time and the data could not decide; the plan chose to ${event.next === 'advance' ? 'advance' : 'roll back'}.`,
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
        text: `Override: ${thresholdName(plan, event.thresholdIndex)} limit changed to ${event.limit} mid-run.`,
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
  const clock = createScenarioClock(scenario.start);
  const drafts: Draft[] = [];
  const signals = shownSignals(run.events);
  for (const event of run.events) {
    if (event.type === 'threshold-amber' && !signals.has(event)) continue;
    const step = stepFor(event, run, scenario);
    if (step) drafts.push(step);
  }
  const exposure = exposureStep(run);
  if (exposure) drafts.push(exposure);
  drafts.push(...explainMisses(run, scenario));
  // A stable sort keeps same-minute steps in event order.
  return drafts
    .map((draft, order) => ({ draft, order }))
    .sort((a, b) => a.draft.minute - b.draft.minute || a.order - b.order)
    .map(({ draft }) => ({ ...draft, clock: clock.label(draft.minute) }));
}
