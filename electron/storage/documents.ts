import { mockSessionSpec, packsSpec, settingsSpec } from '../../contract/documents';
import { attemptCountRefusal, historySpec as historyEnvelope } from '../../contract/history';
import { cohortCountRefusal, cohortSpec as cohortEnvelope } from '../../contract/cohort';
import { nestIssues } from '../../contract/issuePaths';
import type { ReportParser } from '../../contract/records';
import { parseAttempt, parseCohortRecord } from '../../contract/records';
import type { Parsed } from '../../sim-engine/index';
import { mapInTurns } from '../ipc/inTurns';
import type {
  AttemptRecord,
  CohortRecord,
  MockSessionSnapshot,
  Settings,
  StoredPack,
} from '../../contract/types';
import { DEFAULT_SETTINGS } from '../../contract/types';
import type { DocumentSpec } from './versionedDocument';

// The five files in the data folder: the contract's formats, under their file names.

/**
 * Each saved item's bytes, made once: a save at 8,000 attempts then serialises one attempt
 * instead of all of them (records are immutable, so the object is the cache key).
 */
const itemBytes = new WeakMap<object, Uint8Array>();
const encoder = new TextEncoder();

function bytesOf(item: object): Uint8Array {
  let bytes = itemBytes.get(item);
  if (bytes === undefined) {
    bytes = encoder.encode(JSON.stringify(item));
    itemBytes.set(item, bytes);
  }
  return bytes;
}

/** A list document in pieces: the envelope's head, each item, commas, the tail. */
function listPieces(
  envelope: { format: string; version: number },
  field: string,
  items: readonly object[],
) {
  const head = encoder.encode(
    `{"format":${JSON.stringify(envelope.format)},"version":${envelope.version},` +
      `"data":{${JSON.stringify(field)}:[`,
  );
  const comma = encoder.encode(',\n');
  const pieces: Uint8Array[] = [head];
  items.forEach((item, index) => {
    if (index > 0) pieces.push(comma);
    pieces.push(bytesOf(item));
  });
  pieces.push(encoder.encode(']}}\n'));
  return pieces;
}

/** A list document's items validated 20 per turn (8,000 reports took seconds at once). */
function listInTurns<T>(field: string, parseItem: (item: unknown) => Parsed<T>) {
  return async (data: unknown): Promise<Parsed<T[]>> => {
    const items = (data as Record<string, unknown> | null)?.[field];
    const keys = typeof data === 'object' && data !== null ? Object.keys(data) : [];
    if (!Array.isArray(items) || keys.length !== 1)
      return { ok: false, issues: [{ path: `$.${field}`, message: 'must be a list' }] };
    const parsed = await mapInTurns(items, parseItem);
    const issues = parsed.flatMap((one, index) =>
      one.ok ? [] : nestIssues(`$.${field}[${index}]`, one.issues),
    );
    if (issues.length > 0) return { ok: false, issues };
    return { ok: true, value: parsed.map((one) => (one as { value: T }).value) };
  };
}

/** `history.json`: every attempt the learner saved. */
export function historySpec(readReport?: ReportParser): DocumentSpec<AttemptRecord[]> {
  const envelope = historyEnvelope(readReport);
  return {
    ...envelope,
    fileName: 'history.json',
    initial: [],
    serialize: (attempts) => listPieces(envelope, 'attempts', attempts),
    parseInTurns: listInTurns('attempts', (item) => parseAttempt(item, readReport)),
    refusal: (attempts) => attemptCountRefusal(attempts.length),
  };
}

/**
 * `cohort.json`: the instructor's kept cohort. Strict like the other files: a report that no
 * longer validates sets the whole file aside (kept, with a notice) rather than being dropped
 * by the next save.
 */
export function cohortSpec(readReport?: ReportParser): DocumentSpec<CohortRecord[]> {
  const envelope = cohortEnvelope(readReport);
  return {
    ...envelope,
    fileName: 'cohort.json',
    initial: [],
    serialize: (records) => listPieces(envelope, 'reports', records),
    parseInTurns: listInTurns('reports', (item) => parseCohortRecord(item, readReport)),
    refusal: (records) => cohortCountRefusal(records.length),
  };
}

/** `settings.json`. */
export const settingsDocument: DocumentSpec<Settings> = {
  ...settingsSpec,
  fileName: 'settings.json',
  initial: DEFAULT_SETTINGS,
};

/** `packs.json`. */
export const packsDocument: DocumentSpec<StoredPack[]> = {
  ...packsSpec,
  fileName: 'packs.json',
  initial: [],
};

/** `mock-session.json`. */
export const mockSessionDocument: DocumentSpec<MockSessionSnapshot | null> = {
  ...mockSessionSpec,
  fileName: 'mock-session.json',
  initial: null,
};
