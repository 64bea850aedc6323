import { promises as fs } from 'node:fs';
import path from 'node:path';
import type { Parsed } from '../../sim-engine/index';
import { formatIssue } from '../../sim-engine/index';
import { readEnvelope } from '../../contract/envelope';
import { readTextIfExists, removeStaleTempFiles, writeFileAtomic } from './atomicFile';

/** Limits passed to the engine's one JSON door. */
export type JsonLimits = NonNullable<Parameters<typeof parseJsonText>[1]>;

/** What one stored file holds and how to read every version of it. */
export interface DocumentSpec<T> {
  /** File name inside the data folder, e.g. `history.json`. */
  readonly fileName: string;
  /** Written into the file so a wrong file is never taken for this one. */
  readonly format: string;
  /** The version this build writes; older ones are upgraded on load. */
  readonly version: number;
  /** Upgrades the data of version `n` (the key) to version `n + 1`. */
  readonly migrations: Readonly<Record<number, (data: unknown) => unknown>>;
  /** Validates the current version's data (the same schemas the IPC arguments use). */
  readonly parse: (data: unknown) => Parsed<T>;
  /** The data written for a value (the inverse of `parse`). */
  readonly toData: (value: T) => unknown;
  /** The value when there is no file yet. */
  readonly initial: T;
  /** How the learner would name it, for notices: "attempt history". */
  readonly label: string;
  /** Size limits for the file (history outgrows the defaults sized for packs). */
  readonly limits: JsonLimits;
}

/** A stored value with serialized, atomic saves. */
export interface StoredDocument<T> {
  /** The value as last loaded or saved. */
  read(): Promise<T>;
  /** Applies `change` to the latest value and saves it; calls run one after another. */
  update(change: (current: T) => T): Promise<T>;
  /** Notices from loading (a file set aside, a file that could not be read). */
  notices(): Promise<readonly string[]>;
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
  let queue: Promise<unknown> = loading;

  const update = (change: (current: T) => T): Promise<T> => {
    const run = queue.then(async () => {
      const state = await loading;
      if (state.blocked !== null) throw new Error(state.blocked);
      const next = change(state.value);
      const envelope = { format: spec.format, version: spec.version, data: spec.toData(next) };
      await writeFileAtomic(file, `${JSON.stringify(envelope, null, 2)}\n`);
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
  };
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
  const parsed = readEnvelope(text, spec);
  if (parsed.ok) return { value: parsed.value, notices: [], blocked: null };
  return setAside(file, spec, describeIssues(parsed.issues), now);
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
