import * as z from 'zod';
import type { EnvelopeSpec, JsonLimits } from './envelope';
import { listOf } from './history';
import { nestIssues } from './issuePaths';
import { parseMockSession, parseSettings, parseStoredPack } from './records';
import type { MockSessionSnapshot, Settings, StoredPack } from './types';

// The learner's other records, each `{ format, version, data }` on both platforms.

/** The reader's limits for small files; `maxValues` ≥ `maxBytes` (see EnvelopeSpec). */
const SMALL: JsonLimits = { maxBytes: 1024 * 1024, maxValues: 1024 * 1024 };

/** Settings. Version 1 called the playback speed `speed` and had no learner name. */
export const settingsSpec: EnvelopeSpec<Settings> = {
  format: 'canary-coach-settings',
  version: 2,
  migrations: { 1: migrateSettingsFrom1 },
  parse: parseSettings,
  toData: (settings) => settings,
  label: 'settings',
  limits: SMALL,
};

function migrateSettingsFrom1(data: unknown): unknown {
  if (typeof data !== 'object' || data === null) return data;
  const { speed, ...rest } = data as Record<string, unknown>;
  return { ...rest, playbackSpeed: speed, learnerName: '' };
}

/** The packs the learner imported, as their text (each is re-validated on load). */
export const packsSpec: EnvelopeSpec<StoredPack[]> = {
  format: 'canary-coach-packs',
  version: 1,
  migrations: {},
  parse: listOf('packs', parseStoredPack),
  toData: (packs) => ({ packs }),
  label: 'imported packs',
  limits: { maxBytes: 200 * 1024 * 1024, maxValues: 200 * 1024 * 1024 },
};

/** The interview in progress, if any. */
export const mockSessionSpec: EnvelopeSpec<MockSessionSnapshot | null> = {
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
  label: 'interview in progress',
  limits: SMALL,
};
