import type { AttemptRecord } from '../types';
import { historyStatements } from './xapiStatements';

/** The export's default file name. */
export const LEARNING_RECORDS_FILE = 'canary-coach-xapi-statements.json';

/**
 * The learning-records export: every attempt's statements as one JSON array, the body a
 * learning record store's `POST /statements` takes as it is. `learnerName` (from settings)
 * names the actor of attempts saved before the learner gave a name.
 */
export function learningRecordsText(
  attempts: readonly AttemptRecord[],
  learnerName: string,
): string {
  const learner = learnerName.trim() ? { learner: { name: learnerName.trim() } } : {};
  return `${JSON.stringify(historyStatements(attempts, learner), null, 2)}\n`;
}
