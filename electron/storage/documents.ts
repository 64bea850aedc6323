import { mockSessionSpec, packsSpec, settingsSpec } from '../../contract/documents';
import { attemptCountRefusal, historySpec as historyEnvelope } from '../../contract/history';
import type { ReportParser } from '../../contract/records';
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

/** `history.json`: every attempt the learner saved. */
export function historySpec(readReport?: ReportParser): DocumentSpec<AttemptRecord[]> {
  const envelope = historyEnvelope(readReport);
  return {
    ...envelope,
    fileName: 'history.json',
    initial: [],
    serialize: (attempts) => historyPieces(envelope.format, envelope.version, attempts),
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
