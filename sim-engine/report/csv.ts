import type { CanaryReport } from '../domain/report';
import { RUBRIC_DIMENSIONS } from '../domain/score';

/** RFC 4180: quote a field holding a comma, quote, CR or LF, doubling inner quotes. */
function field(value: string | number | boolean | null | undefined): string {
  const raw = value === null || value === undefined ? '' : String(value);
  // A learner-typed text starting like a formula would run in a spreadsheet: make it text.
  const text = typeof value === 'string' && /^[=+\-@\t\r]/.test(value) ? `'${raw}` : raw;
  return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

/** The columns of a cohort export, one per fact and two per rubric dimension. */
export const CSV_COLUMNS: readonly string[] = [
  'learner',
  'createdAt',
  'packId',
  'scenarioId',
  'scenarioTitle',
  'mode',
  'seed',
  'engineVersion',
  'packVersion',
  'total',
  'band',
  ...RUBRIC_DIMENSIONS.flatMap((id) => [`${id}.points`, `${id}.max`]),
  'penalties',
  'hintsUsed',
  'regressionPresent',
  'caught',
  'rollbackCause',
  'minutesToRollback',
  'percentAtDetection',
  'detectionMinute',
  'rollbackCompleteMinute',
  'exposedUsers',
  'exposedRequests',
  'falseRollback',
  'minutesToFullRollout',
  'overridesUsed',
];

function row(report: CanaryReport): string[] {
  const { outcome, score } = report;
  const byId = new Map(score.dimensions.map((d) => [d.id, d]));
  return [
    report.learner,
    report.createdAt,
    report.packId,
    report.scenarioId,
    report.scenarioTitle,
    report.mode,
    report.seed,
    report.engineVersion,
    report.packVersion,
    score.total,
    score.band,
    // A dimension that did not count on this scenario stays empty, not zero.
    ...RUBRIC_DIMENSIONS.flatMap((id) => [byId.get(id)?.points, byId.get(id)?.max]),
    score.penalties.reduce((sum, penalty) => sum + penalty.points, 0),
    report.hintsUsed,
    outcome.regressionPresent,
    outcome.caught,
    outcome.rollbackCause,
    outcome.minutesToRollback,
    outcome.percentAtDetection,
    outcome.detectionMinute,
    outcome.rollbackCompleteMinute,
    outcome.exposedUsers,
    outcome.exposedRequests,
    outcome.falseRollback,
    outcome.minutesToFullRollout,
    outcome.overridesUsed,
  ].map(field);
}

/** Many learners' reports as one CSV: a header, then one row per attempt (CRLF, RFC 4180). */
export function reportsToCsv(reports: readonly CanaryReport[]): string {
  return (
    [CSV_COLUMNS.map(field), ...reports.map(row)].map((cells) => cells.join(',')).join('\r\n') +
    '\r\n'
  );
}
