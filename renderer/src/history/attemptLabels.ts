import type { AttemptRecord } from '../platform/platform';
import { GENERATOR_LEVEL_LABELS } from '../text/labels';

/** How History names an attempt, in its rows, buttons and comparison. */

/** `2026-03-01 14:05`: the day as well as the time. */
export function savedLabel(record: AttemptRecord): string {
  return record.savedAt.slice(0, 16).replace('T', ' ');
}

export function modeLabel(record: AttemptRecord): string {
  if (record.daily) return 'Daily challenge';
  // A generated set's scenarios have no place in the library, so the badge says where they came from.
  if (record.practiceSet)
    return `Practice set, ${GENERATOR_LEVEL_LABELS[record.practiceSet.level].toLowerCase()}`;
  return record.report.mode === 'mock' ? 'Mock interview' : 'Practice';
}

/** "Database migration, mock interview, 2026-03-01 14:05": unique enough for a screen reader. */
export function attemptName(record: AttemptRecord): string {
  const mock = record.report.mode === 'mock' ? ', mock interview' : '';
  return `${record.report.scenarioTitle}${mock}, ${savedLabel(record)}`;
}
