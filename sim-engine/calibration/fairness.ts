import type { Scenario } from '../domain/scenario';
import { BAND_CUTOFFS } from '../scoring/bands';
import { effectName, movedMetrics } from '../scoring/regressionMetrics';
import { METRIC_LABELS } from '../scoring/wording';
import { spreadOf } from './quantiles';
import type { SeedOutcome } from './seedOutcome';

/** The strong plan must handle at least this share of seeds. */
export const STRONG_SUCCESS_RATE = 0.9;
/** The strong plan may roll back on noise (or stop inconclusive) in at most this share of seeds. */
export const STRONG_FALSE_ROLLBACK_RATE = 0.05;
/** The weak plan must fail in at least this share of seeds. */
export const WEAK_FAILURE_RATE = 0.5;

/**
 * The shares a fair scenario keeps to. Hand-written and pack scenarios use the default rule; a
 * generated scenario uses its level's (generator/levels.ts): an introductory case may let a
 * hurried plan catch it on some seeds, a hard one may sit near the strong plan's limit.
 */
export interface FairnessRule {
  /** With a regression: least share of seeds the strong plan catches it in time. */
  readonly strongSuccess: number;
  /** On a healthy release: most share of seeds the strong plan stops it. */
  readonly strongFalseRollback: number;
  /** Least share of seeds the weak plan fails. */
  readonly weakFailure: number;
}

export const DEFAULT_FAIRNESS_RULE: FairnessRule = {
  strongSuccess: STRONG_SUCCESS_RATE,
  strongFalseRollback: STRONG_FALSE_ROLLBACK_RATE,
  weakFailure: WEAK_FAILURE_RATE,
};

/** Whole seeds of `seeds` that may fail when at most `share` may (2 of 20 at 10 %, not 1.99…). */
export function allowedFailures(share: number, seeds: number): number {
  return Math.floor(share * seeds + 1e-9);
}

/** Whole seeds of `seeds` the weak plan must fail in when it must fail in at least `share`. */
export function requiredFailures(share: number, seeds: number): number {
  return Math.max(0, Math.ceil(share * seeds - 1e-9));
}

/** Whether the strong plan failed on one seed: missed or late with a regression, stopped or stuck when healthy. */
export function strongPlanFailed(record: SeedOutcome, regressed: boolean): boolean {
  return regressed
    ? record.contained !== true
    : (record.rollbackCause ?? null) !== null || !record.reachedFullRollout;
}

/**
 * Whether the weak plan failed on one seed. With a regression: it did not catch it in time
 * (missed it before 100 %, rolled back on noise, stopped inconclusive, or waited more than an
 * hour for the rollback). On a healthy release: it rolled back, or never reached 100 %.
 */
export function weakPlanFailed(record: SeedOutcome): boolean {
  if (record.caught === null)
    return (
      record.falseRollback || (record.rollbackCause ?? null) !== null || !record.reachedFullRollout
    );
  return record.contained !== true;
}

/** Share of seeds on which the weak plan failed. */
export function weakFailureRate(records: readonly SeedOutcome[]): number {
  return records.length === 0 ? 0 : records.filter(weakPlanFailed).length / records.length;
}

/** A scenario's fairness: the verdict and, when unfair, each reason with what to change. */
export interface FairnessVerdict {
  readonly fair: boolean;
  readonly reasons: readonly string[];
}

const percent = (share: number): string => `${Math.round(share * 1000) / 10} %`;

function seedList(records: readonly SeedOutcome[]): string {
  const shown = records.slice(0, 5).map((record) => record.seed);
  return `seed${records.length === 1 ? '' : 's'} ${shown.join(', ')}${records.length > 5 ? ', …' : ''}`;
}

/** Failing seeds grouped by what went wrong where, most frequent first. */
function groups(records: readonly SeedOutcome[], key: (record: SeedOutcome) => string) {
  const byKey = new Map<string, SeedOutcome[]>();
  for (const record of records) byKey.set(key(record), [...(byKey.get(key(record)) ?? []), record]);
  return [...byKey.entries()].sort((a, b) => b[1].length - a[1].length);
}

const where = (record: SeedOutcome) =>
  `${record.percentAtRollback ?? '?'} %${record.metric ? ` on ${METRIC_LABELS[record.metric]}` : ''}`;

/** What went wrong for the strong plan on one seed, and what an author could change. */
function strongFailure(record: SeedOutcome, scenario: Scenario): string {
  const moved = [...new Set(movedMetrics(scenario).map((m) => effectName(m.effect)))].join(', ');
  switch (record.rollbackCause) {
    case 'noise':
      return `rolls back on noise at ${where(record)} — change: loosen the strong plan's ${record.metric ? METRIC_LABELS[record.metric] : ''} limit or raise its confidence, or calm the scenario's noise`;
    case 'inconclusive':
      return `stops inconclusive at ${where(record)} — change: give the strong plan's ${record.percentAtRollback ?? '?'} % hold a longer maxMinutes or "onInconclusive": "advance", or give the scenario more traffic`;
    case 'regression':
      return `catches the regression at ${where(record)} but the rollback takes over an hour — change: give the strong plan 24x7 rollback authority and a routing rollback`;
    default:
      return record.caught === null
        ? "never reaches 100 % — change: shorten the strong plan's holds or lengthen the scenario's horizon"
        : `misses the regression (it moves ${moved || 'nothing the plan can observe'}) — change: make it larger or start it earlier, or tighten the strong plan's limit on ${moved || 'the moved metric'}`;
  }
}

function strongReasons(
  scenario: Scenario,
  strong: readonly SeedOutcome[],
  rule: FairnessRule,
): string[] {
  const regressed = scenario.regressions.length > 0;
  const failed = strong.filter((record) => strongPlanFailed(record, regressed));
  const limit = regressed ? 1 - rule.strongSuccess : rule.strongFalseRollback;
  const share = strong.length === 0 ? 0 : failed.length / strong.length;
  // Compared in whole seeds, so 2 of 20 against 10 % is not lost to rounding.
  if (failed.length <= allowedFailures(limit, strong.length)) return [];
  const what = regressed ? 'fails to catch the regression in time' : 'stops the healthy release';
  return [
    `the strong plan ${what} in ${percent(share)} of seeds (allowed ${percent(limit)})`,
    ...groups(failed, (record) => strongFailure(record, scenario)).map(
      ([text, records]) => `  the strong plan ${text} (${seedList(records)})`,
    ),
  ];
}

function weakReasons(
  scenario: Scenario,
  weak: readonly SeedOutcome[],
  rule: FairnessRule,
): string[] {
  const passed = weak.filter((record) => !weakPlanFailed(record));
  const failed = weak.length - passed.length;
  if (weak.length === 0 || failed >= requiredFailures(rule.weakFailure, weak.length)) return [];
  const change =
    scenario.regressions.length > 0
      ? 'change: make the regression one a random 1 % hour cannot see (a later onset, a segment exposed late, a move only a guarded business metric shows)'
      : 'change: give the healthy release noise that trips point-estimate limits, or make the weak plan cautious in the way the lesson is about';
  return [
    `the weak plan fails in only ${percent(failed / weak.length)} of seeds (needs ${percent(rule.weakFailure)})`,
    ...groups(passed, (record) =>
      record.caught ? `catches it in time at ${where(record)}` : 'ships without a problem',
    ).map(([text, records]) => `  the weak plan ${text} (${seedList(records)}) — ${change}`),
  ];
}

function bandReasons(strong: readonly SeedOutcome[], weak: readonly SeedOutcome[]): string[] {
  const median = (records: readonly SeedOutcome[]) =>
    records.every((record) => record.score)
      ? spreadOf(records.map((record) => record.score?.total ?? 0))?.median
      : undefined;
  const reasons: string[] = [];
  const strongMedian = median(strong);
  if (strongMedian !== undefined && strongMedian < BAND_CUTOFFS.strong)
    reasons.push(
      `the strong plan's median score is ${Math.round(strongMedian)}, below the strong band (${BAND_CUTOFFS.strong}) — change: the reference plan, or the scenario's rubricWeights if it punishes the seed's strong habits`,
    );
  const weakMedian = median(weak);
  if (weakMedian !== undefined && weakMedian >= BAND_CUTOFFS.strong)
    reasons.push(
      `the weak plan's median score is ${Math.round(weakMedian)}, inside the strong band — change: the weak reference plan should drop the habits the lesson is about`,
    );
  return reasons;
}

/**
 * Fair when the strong plan handles its share of seeds (by default ≥ 90 %, or ≤ 5 % stops of a
 * healthy release) and scores in the strong band, and the weak plan fails in its share (by
 * default ≥ 50 %) and scores outside it. Each reason names what failed, where, on which seeds,
 * and what an author could change.
 */
export function fairnessVerdict(
  scenario: Scenario,
  strong: readonly SeedOutcome[],
  weak: readonly SeedOutcome[],
  rule: FairnessRule = DEFAULT_FAIRNESS_RULE,
): FairnessVerdict {
  const reasons = [
    ...strongReasons(scenario, strong, rule),
    ...weakReasons(scenario, weak, rule),
    ...bandReasons(strong, weak),
  ];
  return { fair: reasons.length === 0, reasons };
}
