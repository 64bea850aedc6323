import type { EnvelopeSpec } from '../../../contract/envelope';
import { envelopeText, readEnvelope } from '../../../contract/envelope';
import { attemptCountRefusal, historySpec } from '../../../contract/history';
import type { ReportParser } from '../../../contract/records';
import { parseAttempt } from '../../../contract/records';
import type { AttemptRecord } from '../../../contract/types';
import { parseJsonText } from '../../../sim-engine/index';

/**
 * The browser's attempt history in local storage, in the one history format (the same file
 * the desktop keeps and either exports). Nothing saved is ever lost: an unreadable history,
 * or an attempt that fails the shared schemas, is copied to its own "set aside" key before
 * the rest is used, and the learner is told.
 */

export const HISTORY_KEY = 'canary-coach:history';
const SET_ASIDE_PREFIX = 'canary-coach:set-aside:';

export interface HistoryLoad {
  readonly attempts: AttemptRecord[];
  readonly notices: string[];
}

function setAside(storage: Storage, label: string, text: string, now: string): string {
  const key = `${SET_ASIDE_PREFIX}${label}:${now}`;
  storage.setItem(key, text);
  return key;
}

/** The attempts list of a history text that fails as a whole, if it is one at all. */
function entriesOf(text: string, spec: EnvelopeSpec<AttemptRecord[]>): unknown[] | null {
  const json = parseJsonText(text, spec.limits);
  if (!json.ok) return null;
  const old = spec.legacy?.(json.value) ?? null;
  const envelope = (old ?? json.value) as { format?: unknown; version?: unknown; data?: unknown };
  if (old === null && (envelope.format !== spec.format || envelope.version !== spec.version))
    return null;
  const attempts = (envelope.data as { attempts?: unknown } | undefined)?.attempts;
  return Array.isArray(attempts) ? attempts : null;
}

export function loadHistory(storage: Storage, now: string, readReport?: ReportParser): HistoryLoad {
  const text = storage.getItem(HISTORY_KEY);
  if (text === null) return { attempts: [], notices: [] };
  const spec = historySpec(readReport);
  const whole = readEnvelope(text, spec);
  if (whole.ok) return { attempts: whole.value, notices: [] };
  const entries = entriesOf(text, spec);
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
  const good: AttemptRecord[] = [];
  const bad: unknown[] = [];
  for (const entry of entries) {
    const parsed = parseAttempt(entry, readReport);
    if (parsed.ok) good.push(parsed.value);
    else bad.push(entry);
  }
  const key = setAside(storage, 'entries', JSON.stringify(bad), now);
  writeHistory(storage, good);
  return {
    attempts: good,
    notices: [
      `${bad.length} saved attempt${bad.length === 1 ? ' was' : 's were'} unreadable and kept aside (${key}).`,
    ],
  };
}

/** Replaces the stored history whole (one setItem: a failed write leaves the old one). */
export function writeHistory(storage: Storage, attempts: readonly AttemptRecord[]): void {
  const refused = attemptCountRefusal(attempts.length);
  if (refused !== null) throw new Error(refused);
  try {
    storage.setItem(HISTORY_KEY, envelopeText(historySpec(), [...attempts], 0));
  } catch {
    // Browsers keep about 5 MB per site; the history is what outgrows it.
    throw new Error(
      'This attempt was not saved: the browser’s storage for Canary Coach is full. ' +
        'Export your history to keep a copy.',
    );
  }
}
