import { RUBRIC_DIMENSIONS, formatMinutes } from '../../../sim-engine/index';
import type { CanaryReport, RubricDimension } from '../../../sim-engine/index';

/** Two saved attempts side by side: points per dimension and what happened; no DOM here. */

export interface DimensionComparison {
  readonly id: RubricDimension;
  readonly title: string;
  /** "12 / 15", or null when that attempt's scenario did not score the dimension. */
  readonly first: string | null;
  readonly second: string | null;
  /** Second minus first, in points; null when either did not score it. */
  readonly change: number | null;
}

export interface OutcomeComparison {
  readonly label: string;
  readonly first: string;
  readonly second: string;
}

function points(report: CanaryReport, id: RubricDimension) {
  return report.score.dimensions.find((d) => d.id === id) ?? null;
}

export function compareDimensions(
  first: CanaryReport,
  second: CanaryReport,
): DimensionComparison[] {
  return RUBRIC_DIMENSIONS.flatMap((id) => {
    const a = points(first, id);
    const b = points(second, id);
    const either = a ?? b;
    if (!either) return [];
    return [
      {
        id,
        title: either.title,
        first: a ? `${a.points} / ${a.max}` : null,
        second: b ? `${b.points} / ${b.max}` : null,
        change: a && b ? Math.round((b.points - a.points) * 10) / 10 : null,
      },
    ];
  });
}

/** Was the regression caught, in words a PM would use. */
export function caughtText(report: CanaryReport): string {
  const o = report.outcome;
  if (!o.regressionPresent)
    return o.falseRollback ? 'Healthy release, rolled back' : 'Healthy release';
  if (!o.caught) return 'Missed';
  const at = o.percentAtDetection === null ? '' : ` at ${o.percentAtDetection} %`;
  const after = o.detectionMinute === null ? '' : ` after ${formatMinutes(o.detectionMinute)}`;
  return `Caught${at}${after}`;
}

function rolloutText(report: CanaryReport): string {
  const o = report.outcome;
  if (o.rollbackCompleteMinute !== null) {
    const why = o.rollbackReason === 'inconclusive' ? ' (hold inconclusive)' : '';
    return `Rolled back after ${formatMinutes(o.rollbackCompleteMinute)}${why}`;
  }
  if (o.reachedFullRollout && o.minutesToFullRollout !== null)
    return `Full rollout after ${formatMinutes(o.minutesToFullRollout)}`;
  return 'Neither rolled back nor fully out';
}

/** "2 h 5 min" never breaks between a number and its unit. */
const keepUnits = (text: string) => text.replace(/ (h|min|days|%)/g, '\u00a0$1');

const count = (n: number) => Math.round(n).toLocaleString('en-US');

export function compareOutcomes(first: CanaryReport, second: CanaryReport): OutcomeComparison[] {
  const row = (label: string, read: (r: CanaryReport) => string): OutcomeComparison => ({
    label,
    first: read(first),
    second: read(second),
  });
  return [
    row('Total', (r) => `${r.score.total} / 100 (${r.score.band})`),
    row('Regression', (r) => keepUnits(caughtText(r))),
    row('Rollout', (r) => keepUnits(rolloutText(r))),
    row('Users who met the regression', (r) => count(r.outcome.exposedUsers)),
    row('Lost purchases', (r) => count(r.outcome.lostConversions)),
    row('Overrides and hints', (r) => `${r.outcome.overridesUsed} and ${r.hintsUsed}`),
  ];
}
