import { SEGMENT_KINDS } from '../domain/plan';
import type { SegmentBaseline } from '../domain/scenario';
import { fillBaseline, observableMetricsFor, probeId, regressionId } from './defaults';
import { SCENARIO_DEFAULTS } from './defaultValues';
import { messages } from '../validation/fromZod';
import { MODEL_CHANGE_KINDS, MODEL_ONLY_METRICS, SHARE_SUM_TOLERANCE } from './limits';
import type { ScenarioInput } from './scenarioSchema';

/*
 * Checks that span several fields of one scenario, which a per-field schema cannot
 * express. They run only once every field has the right type, so they may trust it.
 */

/** Records one issue at a path relative to the scenario. */
export type ReportIssue = (path: (string | number)[], message: string) => void;

/** Reports every cross-field problem of one scenario. */
export function checkScenario(scenario: ScenarioInput, report: ReportIssue): void {
  checkSegments(scenario, report);
  checkRegressions(scenario, report);
  checkObservableMetrics(scenario, report);
  checkProbes(scenario, report);
  checkReferencePlans(scenario, report);
}

const KIND_NAMES: ReadonlySet<string> = new Set(SEGMENT_KINDS);
const MODEL_ONLY: ReadonlySet<string> = new Set(MODEL_ONLY_METRICS);

/** Rounds for a message, so 0.97 does not print as 0.9700000000000001. */
function shown(value: number): string {
  return String(Number(value.toPrecision(7)));
}

function checkSegments(scenario: ScenarioInput, report: ReportIssue): void {
  const firstIndex = new Map<string, number>();
  scenario.segments.forEach((segment, index) => {
    const earlier = firstIndex.get(segment.id);
    if (earlier !== undefined) {
      report(
        ['segments', index, 'id'],
        `"${segment.id}" is already the id of segments[${earlier}]; segment ids must be unique`,
      );
    } else firstIndex.set(segment.id, index);
    // Plans name cohorts by kind or by id; an id that is another kind's name is ambiguous.
    if (KIND_NAMES.has(segment.id) && segment.kind !== segment.id) {
      report(
        ['segments', index, 'id'],
        `"${segment.id}" is the name of a segment kind, so this segment must be of kind "${segment.id}"`,
      );
    }
  });
  const total = scenario.segments.reduce((sum, segment) => sum + segment.share, 0);
  if (Math.abs(total - 1) > SHARE_SUM_TOLERANCE) {
    report(['segments'], `shares add up to ${shown(total)}; they must add up to 1`);
  }
}

const RATE_FIELDS = {
  error_rate: 'errorRate',
  conversion: 'conversionRate',
  hallucination_rate: 'hallucinationRate',
  thumbs_down_rate: 'thumbsDownRate',
} as const satisfies Record<string, keyof SegmentBaseline>;

function isRateMetric(metric: string): metric is keyof typeof RATE_FIELDS {
  return Object.hasOwn(RATE_FIELDS, metric);
}

function checkRegressions(scenario: ScenarioInput, report: ReportIssue): void {
  const segmentIds = new Set(scenario.segments.map((segment) => segment.id));
  const modelChange = MODEL_CHANGE_KINDS.includes(scenario.changeKind);
  const horizon = scenario.horizonMinutes ?? SCENARIO_DEFAULTS.horizonMinutes;
  const firstIndex = new Map<string, number>();
  (scenario.regressions ?? []).forEach((regression, r) => {
    const at = ['regressions', r];
    const id = regression.id ?? regressionId(r);
    const earlier = firstIndex.get(id);
    if (earlier !== undefined) {
      report(
        regression.id === undefined ? at : [...at, 'id'],
        `"${id}" is already the id of regressions[${earlier}]; regression ids must be unique`,
      );
    } else firstIndex.set(id, r);

    const listed = new Map<string, number>();
    (regression.segments ?? []).forEach((segmentId, s) => {
      const first = listed.get(segmentId);
      if (!segmentIds.has(segmentId)) {
        report([...at, 'segments', s], `"${segmentId}" is not a segment id of this scenario`);
      } else if (first !== undefined) {
        report([...at, 'segments', s], messages.listedTwice(segmentId, first));
      } else listed.set(segmentId, s);
    });

    regression.effects.forEach((effect, e) => {
      if (!modelChange && MODEL_ONLY.has(effect.metric)) {
        report(
          [...at, 'effects', e, 'metric'],
          `${effect.metric} applies only to model and prompt changes; this scenario's changeKind is "${scenario.changeKind}"`,
        );
      } else if (effect.change === 'absolute' || effect.change === 'relative') {
        const problem = rateLeavesRange(scenario, regression.segments ?? [], effect);
        if (problem) report([...at, 'effects', e, 'amount'], problem);
      }
    });

    const onset = regression.onset;
    if (onset?.type === 'delayed' && onset.afterMinutes >= horizon) {
      report(
        [...at, 'onset', 'afterMinutes'],
        `must be less than horizonMinutes (${horizon}); otherwise the regression never shows`,
      );
    }
  });
}

/** Explains the first affected segment whose rate the effect pushes outside 0–1. */
function rateLeavesRange(
  scenario: ScenarioInput,
  affected: readonly string[],
  effect: {
    readonly metric: string;
    readonly change: 'absolute' | 'relative';
    readonly amount: number;
  },
): string | undefined {
  if (!isRateMetric(effect.metric)) return undefined;
  const field = RATE_FIELDS[effect.metric];
  for (const segment of scenario.segments) {
    if (affected.length > 0 && !affected.includes(segment.id)) continue;
    const before = fillBaseline(scenario.baseline, segment.baseline)[field];
    const after =
      effect.change === 'absolute' ? before + effect.amount : before * (1 + effect.amount);
    if (after < 0 || after > 1) {
      return `takes ${effect.metric} in segment "${segment.id}" from ${shown(before)} to ${shown(after)}; a rate must stay between 0 and 1`;
    }
  }
  return undefined;
}

function checkObservableMetrics(scenario: ScenarioInput, report: ReportIssue): void {
  const modelChange = MODEL_CHANGE_KINDS.includes(scenario.changeKind);
  const listed = new Map<string, number>();
  (scenario.observableMetrics ?? []).forEach((metric, index) => {
    const first = listed.get(metric);
    if (first !== undefined) {
      report(['observableMetrics', index], messages.listedTwice(metric, first));
    } else if (!modelChange && MODEL_ONLY.has(metric)) {
      report(
        ['observableMetrics', index],
        `${metric} is observable only on model and prompt changes; this scenario's changeKind is "${scenario.changeKind}"`,
      );
    }
    if (first === undefined) listed.set(metric, index);
  });
}

function checkProbes(scenario: ScenarioInput, report: ReportIssue): void {
  const mockMinutes = scenario.mockMinutes ?? SCENARIO_DEFAULTS.mockMinutes;
  const firstIndex = new Map<string, number>();
  (scenario.probes ?? []).forEach((probe, index) => {
    const at = ['probes', index];
    const id = probe.id ?? probeId(index);
    const earlier = firstIndex.get(id);
    if (earlier !== undefined) {
      report(
        probe.id === undefined ? at : [...at, 'id'],
        `"${id}" is already the id of probes[${earlier}]; probe ids must be unique`,
      );
    } else firstIndex.set(id, index);
    if (probe.atMinute === undefined && probe.whenMissing === undefined) {
      report(at, 'needs atMinute, whenMissing or both, so the interviewer knows when to ask');
    }
    if (probe.atMinute !== undefined && probe.atMinute >= mockMinutes) {
      report(
        [...at, 'atMinute'],
        `must be less than mockMinutes (${mockMinutes}); the interview is over by then`,
      );
    }
  });
}

function checkReferencePlans(scenario: ScenarioInput, report: ReportIssue): void {
  const segmentIds = new Set(scenario.segments.map((segment) => segment.id));
  const observable = new Set<string>(
    scenario.observableMetrics ?? observableMetricsFor(scenario.changeKind),
  );
  for (const which of ['strong', 'weak'] as const) {
    const plan = scenario.referencePlans?.[which];
    if (!plan) continue;
    const at = ['referencePlans', which];
    if (plan.cohorts !== 'random') {
      plan.cohorts.forEach((cohort, index) => {
        if (!KIND_NAMES.has(cohort) && !segmentIds.has(cohort)) {
          report(
            [...at, 'cohorts', index],
            `"${cohort}" is neither a segment kind nor a segment id of this scenario`,
          );
        }
      });
    }
    plan.thresholds.forEach((threshold, index) => {
      if (!observable.has(threshold.metric)) {
        report(
          [...at, 'thresholds', index, 'metric'],
          `${threshold.metric} is not among this scenario's observable metrics`,
        );
      }
    });
  }
}
