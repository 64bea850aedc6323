import * as z from 'zod';
import type { Parsed } from '../../sim-engine/index';
import type {
  AttemptRecord,
  MockSessionSnapshot,
  Settings,
  StoredPack,
} from '../../contract/types';
import { DEFAULT_SETTINGS } from '../../contract/types';
import type { ReportTools } from '../reports/reportTools';
import { nestIssues, parseEach } from '../../contract/issuePaths';
import { parseAttempt, parseMockSession, parseSettings, parseStoredPack } from '../../contract/records';
import type { DocumentSpec, JsonLimits } from './versionedDocument';

// The four files in the data folder, each `{ format, version, data }`.

/** Sized for years of attempts (a report is a few thousand values). */
const LARGE: JsonLimits = {
  maxBytes: 200 * 1024 * 1024,
  maxEntries: 100_000,
  maxValues: 50_000_000,
};
const SMALL: JsonLimits = { maxBytes: 1024 * 1024 };

/** The data of one list field, validated item by item. */
function listOf<T>(field: string, parse: (item: unknown) => Parsed<T>) {
  return (data: unknown): Parsed<T[]> => {
    const shape = z.strictObject({ [field]: z.array(z.unknown()) }).safeParse(data);
    if (!shape.success)
      return { ok: false, issues: [{ path: `$.${field}`, message: 'must be a list' }] };
    return parseEach(`$.${field}`, shape.data[field] ?? [], parse);
  };
}

/** `history.json`: every attempt the learner saved. */
export function historySpec(
  tools: Pick<ReportTools, 'parseReport'>,
): DocumentSpec<AttemptRecord[]> {
  return {
    fileName: 'history.json',
    format: 'canary-coach-history',
    version: 1,
    migrations: {},
    parse: listOf('attempts', (item) => parseAttempt(item, tools.parseReport)),
    toData: (attempts) => ({ attempts }),
    initial: [],
    label: 'attempt history',
    limits: LARGE,
  };
}

/** `settings.json`. Version 1 called the playback speed `speed` and had no learner name. */
export const settingsSpec: DocumentSpec<Settings> = {
  fileName: 'settings.json',
  format: 'canary-coach-settings',
  version: 2,
  migrations: { 1: migrateSettingsFrom1 },
  parse: parseSettings,
  toData: (settings) => settings,
  initial: DEFAULT_SETTINGS,
  label: 'settings',
  limits: SMALL,
};

function migrateSettingsFrom1(data: unknown): unknown {
  if (typeof data !== 'object' || data === null) return data;
  const { speed, ...rest } = data as Record<string, unknown>;
  return { ...rest, playbackSpeed: speed, learnerName: '' };
}

/** `packs.json`: the packs the learner imported, as their text. */
export const packsSpec: DocumentSpec<StoredPack[]> = {
  fileName: 'packs.json',
  format: 'canary-coach-packs',
  version: 1,
  migrations: {},
  parse: listOf('packs', parseStoredPack),
  toData: (packs) => ({ packs }),
  initial: [],
  label: 'imported packs',
  limits: { maxBytes: 200 * 1024 * 1024, maxValues: 5_000_000 },
};

/** `mock-session.json`: the interview in progress, if any. */
export const mockSessionSpec: DocumentSpec<MockSessionSnapshot | null> = {
  fileName: 'mock-session.json',
  format: 'canary-coach-mock-session',
  version: 1,
  migrations: {},
  parse: (data) => {
    const shape = z.strictObject({ session: z.unknown() }).safeParse(data);
    if (!shape.success) return { ok: false, issues: [{ path: '$', message: 'is not valid' }] };
    const session = shape.data.session;
    if (session === null || session === undefined) return { ok: true, value: null };
    const parsed = parseMockSession(session);
    return parsed.ok ? parsed : { ok: false, issues: nestIssues('$.session', parsed.issues) };
  },
  toData: (session) => ({ session }),
  initial: null,
  label: 'interview in progress',
  limits: SMALL,
};
