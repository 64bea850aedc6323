import { mockSessionSpec, packsSpec, settingsSpec } from '../../contract/documents';
import { attemptCountRefusal, historySpec as historyEnvelope } from '../../contract/history';
import { nestIssues } from '../../contract/issuePaths';
import type { ReportParser } from '../../contract/records';
import { parseAttempt } from '../../contract/records';
import type { Parsed } from '../../sim-engine/index';
import { mapInTurns } from '../ipc/inTurns';
import type {
  AttemptRecord,
  MockSessionSnapshot,
  Settings,
  StoredPack,
} from '../../contract/types';
import { DEFAULT_SETTINGS } from '../../contract/types';
import type { DocumentSpec } from './versionedDocument';

// The four files in the data folder: the contract's formats, under their file names.

/**
 * Each saved attempt's bytes, made once: a save at 8,000 attempts then serialises one
 * attempt instead of all of them (records are immutable, so the object is the cache key).
 */
const attemptBytes = new WeakMap<AttemptRecord, Uint8Array>();
const encoder = new TextEncoder();

function bytesOf(record: AttemptRecord): Uint8Array {
  let bytes = attemptBytes.get(record);
  if (bytes === undefined) {
    bytes = encoder.encode(JSON.stringify(record));
    attemptBytes.set(record, bytes);
  }
  return bytes;
}

/** The history file in pieces: the envelope's head, each attempt, commas, the tail. */
function historyPieces(format: string, version: number, attempts: readonly AttemptRecord[]) {
  const head = encoder.encode(
    `{"format":${JSON.stringify(format)},"version":${version},"data":{"attempts":[`,
  );
  const comma = encoder.encode(',\n');
  const pieces: Uint8Array[] = [head];
  attempts.forEach((record, index) => {
    if (index > 0) pieces.push(comma);
    pieces.push(bytesOf(record));
  });
  pieces.push(encoder.encode(']}}\n'));
  return pieces;
}

/** The history's attempts validated 20 per turn (8,000 reports took seconds at once). */
async function attemptsInTurns(
  data: unknown,
  readReport: ReportParser | undefined,
): Promise<Parsed<AttemptRecord[]>> {
  const attempts = (data as { attempts?: unknown } | null)?.attempts;
  const keys = typeof data === 'object' && data !== null ? Object.keys(data) : [];
  if (!Array.isArray(attempts) || keys.length !== 1)
    return { ok: false, issues: [{ path: '$.attempts', message: 'must be a list' }] };
  const parsed = await mapInTurns(attempts, (item) => parseAttempt(item, readReport));
  const issues = parsed.flatMap((one, index) =>
    one.ok ? [] : nestIssues(`$.attempts[${index}]`, one.issues),
  );
  if (issues.length > 0) return { ok: false, issues };
  return { ok: true, value: parsed.map((one) => (one as { value: AttemptRecord }).value) };
}

/** `history.json`: every attempt the learner saved. */
export function historySpec(readReport?: ReportParser): DocumentSpec<AttemptRecord[]> {
  const envelope = historyEnvelope(readReport);
  return {
    ...envelope,
    fileName: 'history.json',
    initial: [],
    serialize: (attempts) => historyPieces(envelope.format, envelope.version, attempts),
    parseInTurns: (data) => attemptsInTurns(data, readReport),
    refusal: (attempts) => attemptCountRefusal(attempts.length),
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
