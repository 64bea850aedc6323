import type { AttemptRecord } from './platform';

/**
 * The browser's attempt history in local storage, under a schema version. Nothing saved is
 * ever lost: an unreadable history, or an entry that is not an attempt, is copied to its own
 * "set aside" key before the rest is used, and the learner is told.
 */

export const HISTORY_KEY = 'canary-coach:history';
export const HISTORY_SCHEMA = 1;
const SET_ASIDE_PREFIX = 'canary-coach:set-aside:';

interface HistoryFile {
  readonly schema: typeof HISTORY_SCHEMA;
  readonly attempts: readonly AttemptRecord[];
}

export interface HistoryLoad {
  readonly attempts: AttemptRecord[];
  readonly notices: string[];
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** Enough of an attempt for the app to show it; the report's own loader checks the rest. */
export function isAttemptRecord(value: unknown): value is AttemptRecord {
  if (!isRecord(value) || typeof value['id'] !== 'string' || typeof value['savedAt'] !== 'string') {
    return false;
  }
  const report = value['report'];
  if (!isRecord(report) || report['format'] !== 'canary-report/1') return false;
  const score = report['score'];
  return (
    isRecord(score) && typeof score['total'] === 'number' && Array.isArray(score['dimensions'])
  );
}

function setAside(storage: Storage, label: string, text: string, now: string): string {
  const key = `${SET_ASIDE_PREFIX}${label}:${now}`;
  storage.setItem(key, text);
  return key;
}

/** Splits parsed entries into attempts and the ones to set aside. */
export function sortEntries(entries: readonly unknown[]): {
  good: AttemptRecord[];
  bad: unknown[];
} {
  const good: AttemptRecord[] = [];
  const bad: unknown[] = [];
  for (const entry of entries) (isAttemptRecord(entry) ? good : bad).push(entry as never);
  return { good, bad };
}

function parse(text: string): unknown[] | null {
  try {
    const value: unknown = JSON.parse(text);
    if (isRecord(value) && value['schema'] === HISTORY_SCHEMA && Array.isArray(value['attempts'])) {
      return value['attempts'] as unknown[];
    }
    return null;
  } catch {
    return null;
  }
}

export function loadHistory(storage: Storage, now: string): HistoryLoad {
  const text = storage.getItem(HISTORY_KEY);
  if (text === null) return { attempts: [], notices: [] };
  const entries = parse(text);
  if (entries === null) {
    const key = setAside(storage, 'history', text, now);
    storage.removeItem(HISTORY_KEY);
    return {
      attempts: [],
      notices: [
        `Your saved history could not be read. It was kept aside (${key}); new attempts start a fresh history.`,
      ],
    };
  }
  const { good, bad } = sortEntries(entries);
  if (bad.length === 0) return { attempts: good, notices: [] };
  const key = setAside(storage, 'entries', JSON.stringify(bad), now);
  writeHistory(storage, good);
  return {
    attempts: good,
    notices: [
      `${bad.length} saved attempt${bad.length === 1 ? ' was' : 's were'} unreadable and kept aside (${key}).`,
    ],
  };
}

export function writeHistory(storage: Storage, attempts: readonly AttemptRecord[]): void {
  const file: HistoryFile = { schema: HISTORY_SCHEMA, attempts };
  // One setItem replaces the value whole: a failed write leaves the old history intact.
  storage.setItem(HISTORY_KEY, JSON.stringify(file));
}

/** The history file a learner exports and imports: the same shape as storage. */
export function historyFileText(attempts: readonly AttemptRecord[]): string {
  return JSON.stringify({ schema: HISTORY_SCHEMA, attempts }, null, 2);
}

export function parseHistoryFile(text: string): unknown[] | null {
  return parse(text);
}
