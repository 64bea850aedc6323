import { promises as fs } from 'node:fs';
import path from 'node:path';
import { formatIssue } from '../../sim-engine/index';
import type { EnvelopeSpec } from '../../contract/envelope';
import {
  envelopeText,
  openEnvelope,
  readEnvelope,
  sizeRefusal,
  utf8Length,
} from '../../contract/envelope';
import { nestIssues } from '../../contract/issuePaths';
import type { Parsed } from '../../sim-engine/index';
import { LearnerError } from './learnerError';
import { readTextIfExists, removeStaleTempFiles, writeFileAtomic } from './atomicFile';

/** What one file in the data folder holds: its envelope spec (shared), name and first value. */
export interface DocumentSpec<T> extends EnvelopeSpec<T> {
  /** File name inside the data folder, e.g. `history.json`. */
  readonly fileName: string;
  /** The value when there is no file yet. */
  readonly initial: T;
  /**
   * The file's bytes for a value, in pieces, when re-serialising it whole on every save
   * would stall main (the history); by default the envelope's text.
   */
  readonly serialize?: (value: T) => readonly Uint8Array[];
  /**
   * Validates the (upgraded) data a few items per event-loop turn, for files big enough to
   * stall main (the history); by default `parse`, at once.
   */
  readonly parseInTurns?: (data: unknown) => Promise<Parsed<T>>;
  /** Why a value may not be saved (a limit of the reader), in words; null when it may. */
  readonly refusal?: (value: T) => string | null;
}

/** A stored value with serialized, atomic saves. */
export interface StoredDocument<T> {
  /** The value as last loaded or saved. */
  read(): Promise<T>;
  /** Applies `change` to the latest value and saves it; calls run one after another. */
  update(change: (current: T) => T): Promise<T>;
  /** Notices from loading (a file set aside, a file that could not be read). */
  notices(): Promise<readonly string[]>;
  /** Resolves once every save asked for so far has finished (or failed). */
  flush(): Promise<void>;
}

interface Loaded<T> {
  value: T;
  readonly notices: string[];
  /** Set when a bad file could not be moved aside: then it must never be overwritten. */
  readonly blocked: string | null;
}

/** Opens one document in `folder`; the file is read once, on first use. */
export function openDocument<T>(
  folder: string,
  spec: DocumentSpec<T>,
  now: () => Date,
): StoredDocument<T> {
  const file = path.join(folder, spec.fileName);
  const loading = load(folder, file, spec, now);
  loading.catch(() => undefined); // its callers see the failure; it is not unhandled
  let queue: Promise<unknown> = loading;

  const update = (change: (current: T) => T): Promise<T> => {
    const run = queue.then(async () => {
      const state = await loading;
      if (state.blocked !== null) throw new LearnerError(state.blocked);
      const next = change(state.value);
      const refused = spec.refusal?.(next) ?? null;
      if (refused !== null) throw new LearnerError(refused);
      const contents = fileContents(spec, next);
      const tooLarge = sizeRefusal(spec, byteLength(contents));
      if (tooLarge !== null) throw new LearnerError(tooLarge);
      await writeFileAtomic(file, contents);
      state.value = next;
      return next;
    });
    // A failed save must not stop the saves queued after it.
    queue = run.catch(() => undefined);
    return run;
  };
  return {
    read: async () => {
      await queue;
      return (await loading).value;
    },
    update,
    notices: async () => (await loading).notices,
    flush: async () => {
      await queue.catch(() => undefined);
    },
  };
}

function fileContents<T>(spec: DocumentSpec<T>, value: T): string | readonly Uint8Array[] {
  return spec.serialize ? spec.serialize(value) : envelopeText(spec, value);
}

function byteLength(contents: string | readonly Uint8Array[]): number {
  return typeof contents === 'string'
    ? utf8Length(contents)
    : contents.reduce((sum, piece) => sum + piece.byteLength, 0);
}

async function load<T>(
  folder: string,
  file: string,
  spec: DocumentSpec<T>,
  now: () => Date,
): Promise<Loaded<T>> {
  await fs.mkdir(folder, { recursive: true });
  await removeStaleTempFiles(folder, spec.fileName);
  const text = await readTextIfExists(file);
  if (text === null) return { value: spec.initial, notices: [], blocked: null };
  const parsed = spec.parseInTurns
    ? await readInTurns(text, spec, spec.parseInTurns)
    : readEnvelope(text, spec);
  if (parsed.ok) return { value: parsed.value, notices: [], blocked: null };
  return setAside(file, spec, describeIssues(parsed.issues), now);
}

async function readInTurns<T>(
  text: string,
  spec: DocumentSpec<T>,
  parseInTurns: (data: unknown) => Promise<Parsed<T>>,
): Promise<Parsed<T>> {
  const opened = openEnvelope(text, spec);
  if (!opened.ok) return opened;
  const parsed = await parseInTurns(opened.value);
  return parsed.ok ? parsed : { ok: false, issues: nestIssues('$.data', parsed.issues) };
}

function describeIssues(issues: readonly { path: string; message: string }[]): string {
  const shown = issues.slice(0, 3).map(formatIssue).join('; ');
  return issues.length > 3 ? `${shown}; and ${issues.length - 3} more` : shown;
}

/** Moves a bad file out of the way (never deleting or overwriting it) and says so. */
async function setAside<T>(
  file: string,
  spec: DocumentSpec<T>,
  reason: string,
  now: () => Date,
): Promise<Loaded<T>> {
  try {
    const moved = await freeSetAsideName(file, now());
    await fs.rename(file, moved);
    const notice =
      `Your ${spec.label} could not be read (${reason}). It was kept as ` +
      `${path.basename(moved)} in the data folder, and a new one was started.`;
    return { value: spec.initial, notices: [notice], blocked: null };
  } catch {
    const notice =
      `Your ${spec.label} could not be read (${reason}) nor moved aside; ` +
      'it is left untouched and nothing will be saved over it.';
    return { value: spec.initial, notices: [notice], blocked: notice };
  }
}

/** `history.corrupt-2026-05-01T10-22-33-123Z.json`, with a counter if that name is taken. */
async function freeSetAsideName(file: string, when: Date): Promise<string> {
  const { dir, name, ext } = path.parse(file);
  const stamp = when.toISOString().replace(/[:.]/g, '-');
  for (let attempt = 0; attempt < 1000; attempt++) {
    const suffix = attempt === 0 ? '' : `-${attempt}`;
    const candidate = path.join(dir, `${name}.corrupt-${stamp}${suffix}${ext || '.json'}`);
    if (!(await exists(candidate))) return candidate;
  }
  throw new Error('no free name to set the file aside');
}

async function exists(file: string): Promise<boolean> {
  try {
    await fs.lstat(file);
    return true;
  } catch {
    return false;
  }
}
