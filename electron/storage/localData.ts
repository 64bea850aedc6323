import type {
  AttemptRecord,
  CohortRecord,
  MockSessionSnapshot,
  Settings,
  StoredPack,
} from '../../contract/types';
import type { ReportTools } from '../reports/reportTools';
import {
  cohortSpec,
  historySpec,
  mockSessionDocument,
  packsDocument,
  settingsDocument,
} from './documents';
import { openDocument } from './versionedDocument';

/** The learner's data in the user-data folder; every save is atomic and serialized. */
export interface LocalData {
  /** Notices from loading every file (e.g. a corrupt file set aside). */
  startupNotices(): Promise<string[]>;
  /** Resolves once every save asked for so far has reached the disk (or failed). */
  flush(): Promise<void>;
  listAttempts(): Promise<readonly AttemptRecord[]>;
  /** Adds an attempt, or replaces the one with the same id. */
  saveAttempt(record: AttemptRecord): Promise<void>;
  /** Adds the attempts whose ids are new; returns how many were added. */
  mergeAttempts(records: readonly AttemptRecord[]): Promise<number>;
  loadSettings(): Promise<Settings>;
  saveSettings(settings: Settings): Promise<void>;
  listPacks(): Promise<readonly StoredPack[]>;
  /** Stores a pack, replacing any stored pack with the same id. */
  savePack(pack: StoredPack): Promise<void>;
  removePack(id: string): Promise<void>;
  loadMockSession(): Promise<MockSessionSnapshot | null>;
  saveMockSession(snapshot: MockSessionSnapshot | null): Promise<void>;
  listCohort(): Promise<readonly CohortRecord[]>;
  /** Replaces the kept cohort whole; rejects with a readable message over a limit. */
  saveCohort(records: readonly CohortRecord[]): Promise<void>;
}

/** Opens the data files in `folder` (created if missing); each is read on first use. */
export function openLocalData(
  folder: string,
  tools: Pick<ReportTools, 'parseReport'>,
  now: () => Date = () => new Date(),
): LocalData {
  const history = openDocument(folder, historySpec(tools.parseReport), now);
  const settings = openDocument(folder, settingsDocument, now);
  const packs = openDocument(folder, packsDocument, now);
  const mock = openDocument(folder, mockSessionDocument, now);
  const cohort = openDocument(folder, cohortSpec(tools.parseReport), now);
  const all = [history, settings, packs, mock, cohort];
  return {
    startupNotices: async () => (await Promise.all(all.map((doc) => doc.notices()))).flat(),
    flush: async () => {
      await Promise.all(all.map((doc) => doc.flush()));
    },
    listAttempts: () => history.read(),
    saveAttempt: async (record) => {
      await history.update((list) => [...list.filter((old) => old.id !== record.id), record]);
    },
    mergeAttempts: async (records) => {
      let added = 0;
      await history.update((list) => {
        const known = new Set(list.map((record) => record.id));
        const fresh = records.filter((record) => !known.has(record.id) && known.add(record.id));
        added = fresh.length;
        return [...list, ...fresh];
      });
      return added;
    },
    loadSettings: () => settings.read(),
    saveSettings: async (next) => {
      await settings.update(() => next);
    },
    listPacks: () => packs.read(),
    savePack: async (pack) => {
      await packs.update((list) => [...list.filter((old) => old.id !== pack.id), pack]);
    },
    removePack: async (id) => {
      await packs.update((list) => list.filter((pack) => pack.id !== id));
    },
    loadMockSession: () => mock.read(),
    saveMockSession: async (snapshot) => {
      await mock.update(() => snapshot);
    },
    listCohort: () => cohort.read(),
    saveCohort: async (records) => {
      await cohort.update(() => [...records]);
    },
  };
}
