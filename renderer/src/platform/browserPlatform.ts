import { renderReport, reportsToCsv } from '../../../sim-engine/index';
import type { CanaryReport } from '../../../sim-engine/index';
import { loadCohort, saveCohort } from './browserCohort';
import { downloadText, pickTextFile } from './browserFiles';
import {
  historyFileText,
  loadHistory,
  parseHistoryFile,
  sortEntries,
  writeHistory,
} from './browserHistory';
import { toStoredPack } from './packText';
import { DEFAULT_SETTINGS } from './platform';
import type { AttemptRecord, ExportFormat, Platform, Settings, StoredPack } from './platform';

const SETTINGS_KEY = 'canary-coach:settings';
const PACKS_KEY = 'canary-coach:packs';
const MOCK_KEY = 'canary-coach:mock-session';

function readJson(storage: Storage, key: string): unknown {
  const text = storage.getItem(key);
  if (text === null) return null;
  try {
    return JSON.parse(text) as unknown;
  } catch {
    return null;
  }
}

function reportFileName(report: CanaryReport, format: ExportFormat): string {
  return `canary-report-${report.scenarioId}-seed${report.seed}.${format}`;
}

const MIME: Readonly<Record<Exclude<ExportFormat, 'pdf'>, string>> = {
  json: 'application/json',
  html: 'text/html',
  csv: 'text/csv',
};

/** The Platform of the plain browser: local storage, the file chooser and downloads. */
export function createBrowserPlatform(
  storage: Storage = window.localStorage,
  now: () => string = () => new Date().toISOString(),
): Platform {
  const history = loadHistory(storage, now());
  let attempts: AttemptRecord[] = history.attempts;
  const packs = (): StoredPack[] => {
    const value = readJson(storage, PACKS_KEY);
    return Array.isArray(value) ? (value as StoredPack[]) : [];
  };
  return {
    kind: 'browser',
    startupNotices: () => Promise.resolve(history.notices),
    listAttempts: () => Promise.resolve([...attempts]),
    async saveAttempt(record) {
      const next = [...attempts.filter((a) => a.id !== record.id), record];
      writeHistory(storage, next);
      attempts = next;
    },
    async exportHistory() {
      downloadText('canary-coach-history.json', historyFileText(attempts), 'application/json');
    },
    async importHistory() {
      const file = await pickTextFile('.json,application/json');
      if (!file) return { status: 'cancelled' };
      const entries = parseHistoryFile(file.text);
      if (entries === null) {
        return {
          status: 'invalid',
          fileName: file.name,
          issues: [{ path: '$', message: 'is not a Canary Coach history file' }],
        };
      }
      const known = new Set(attempts.map((a) => a.id));
      const fresh = sortEntries(entries).good.filter((a) => !known.has(a.id));
      const next = [...attempts, ...fresh];
      writeHistory(storage, next);
      attempts = next;
      return { status: 'ok', fileName: file.name, value: fresh.length };
    },
    async loadSettings() {
      const value = readJson(storage, SETTINGS_KEY);
      return typeof value === 'object' && value !== null
        ? { ...DEFAULT_SETTINGS, ...(value as Partial<Settings>) }
        : DEFAULT_SETTINGS;
    },
    async saveSettings(settings) {
      storage.setItem(SETTINGS_KEY, JSON.stringify(settings));
    },
    listPacks: () => Promise.resolve(packs()),
    async pickPack() {
      const file = await pickTextFile('.json,application/json');
      return file ? toStoredPack(file.name, file.text) : { status: 'cancelled' };
    },
    readPackText: (fileName, text) => Promise.resolve(toStoredPack(fileName, text)),
    async savePack(pack) {
      storage.setItem(
        PACKS_KEY,
        JSON.stringify([...packs().filter((p) => p.id !== pack.id), pack]),
      );
    },
    async removePack(id) {
      storage.setItem(PACKS_KEY, JSON.stringify(packs().filter((p) => p.id !== id)));
    },
    async loadMockSession() {
      const value = readJson(storage, MOCK_KEY);
      return typeof value === 'object' && value !== null ? (value as never) : null;
    },
    async saveMockSession(snapshot) {
      if (snapshot === null) storage.removeItem(MOCK_KEY);
      else storage.setItem(MOCK_KEY, JSON.stringify(snapshot));
    },
    async exportReport(report, format) {
      // Browsers have no PDF writer; the app offers HTML (print it to PDF) instead.
      if (format === 'pdf') return false;
      const text =
        format === 'json' ? JSON.stringify(report, null, 2) : renderReport(report, format);
      downloadText(reportFileName(report, format), text, MIME[format]);
      return true;
    },
    loadCohort: () => Promise.resolve(loadCohort(storage)),
    saveCohort: (records) => Promise.resolve(saveCohort(storage, records)),
    async exportCohortCsv(reports) {
      downloadText('canary-cohort.csv', reportsToCsv(reports), MIME.csv);
      return true;
    },
  };
}
