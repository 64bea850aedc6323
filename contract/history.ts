import * as z from 'zod';
import type { Parsed } from '../sim-engine/index';
import type { EnvelopeSpec, JsonLimits } from './envelope';
import { envelopeText, readEnvelope } from './envelope';
import { parseEach } from './issuePaths';
import type { ReportParser } from './records';
import { parseAttempt } from './records';
import type { AttemptRecord } from './types';

/**
 * The one history format: what the desktop keeps in `history.json`, what the browser keeps
 * in local storage, and what either exports and imports. Version 1 is
 * `{ "format": "canary-coach-history", "version": 1, "data": { "attempts": [...] } }`.
 */

export const HISTORY_FORMAT = 'canary-coach-history';

/** At most this many attempts are kept; a save beyond it is refused with a message. */
export const MAX_HISTORY_ATTEMPTS = 10_000;

/** Sized for years of attempts (a report is 10–30 KB); `maxValues` ≥ `maxBytes` on purpose. */
export const HISTORY_MAX_BYTES = 256 * 1024 * 1024;
export const HISTORY_LIMITS: JsonLimits = {
  maxBytes: HISTORY_MAX_BYTES,
  maxEntries: 100_000,
  maxValues: HISTORY_MAX_BYTES,
};

/** The data of one list field, validated item by item. */
export function listOf<T>(field: string, parse: (item: unknown) => Parsed<T>) {
  return (data: unknown): Parsed<T[]> => {
    const shape = z.strictObject({ [field]: z.array(z.unknown()) }).safeParse(data);
    if (!shape.success)
      return { ok: false, issues: [{ path: `$.${field}`, message: 'must be a list' }] };
    return parseEach(`$.${field}`, shape.data[field] ?? [], parse);
  };
}

/** The browser's history before this format: `{ "schema": 1, "attempts": [...] }`. */
function browserHistoryBefore(json: unknown): { version: number; data: unknown } | null {
  if (typeof json !== 'object' || json === null || Array.isArray(json)) return null;
  const old = json as Record<string, unknown>;
  if ('format' in old || old['schema'] !== 1) return null;
  return { version: 1, data: { attempts: old['attempts'] } };
}

/** The history's spec; every attempt's report is validated with `readReport`. */
export function historySpec(readReport?: ReportParser): EnvelopeSpec<AttemptRecord[]> {
  return {
    format: HISTORY_FORMAT,
    version: 1,
    migrations: {},
    legacy: browserHistoryBefore,
    parse: listOf('attempts', (item) => parseAttempt(item, readReport)),
    toData: (attempts) => ({ attempts }),
    label: 'attempt history',
    limits: HISTORY_LIMITS,
  };
}

/** The text of a history export (the same format as the stored history). */
export function historyExportText(
  attempts: readonly AttemptRecord[],
  readReport?: ReportParser,
): string {
  return envelopeText(historySpec(readReport), [...attempts]);
}

/** Reads a history file from either platform, any known version; every attempt is validated. */
export function parseHistoryText(text: string, readReport?: ReportParser): Parsed<AttemptRecord[]> {
  return readEnvelope(text, historySpec(readReport));
}

/** The refusal for a history of `count` attempts, or null when it may be kept. */
export function attemptCountRefusal(count: number): string | null {
  return count > MAX_HISTORY_ATTEMPTS
    ? `This attempt was not saved: your history already holds the most attempts kept ` +
        `(${MAX_HISTORY_ATTEMPTS.toLocaleString('en')}). Export your history to keep a copy.`
    : null;
}
