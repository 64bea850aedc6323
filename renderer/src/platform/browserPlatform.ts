import { mockSessionSpec, packsSpec, settingsSpec } from '../../../contract/documents';
import type { EnvelopeSpec } from '../../../contract/envelope';
import { envelopeText, readEnvelope, sizeRefusal, utf8Length } from '../../../contract/envelope';
import { historyExportText, parseHistoryText } from '../../../contract/history';
import {
  courseExportText,
  courseFileName,
  LEARNING_RECORDS_FILE,
  learningRecordsText,
} from '../../../contract/learningRecords/index';
import type { ReportParser } from '../../../contract/records';
import { parseJsonText, parseReport, renderReport, reportsToCsv } from '../../../sim-engine/index';
import type { CanaryReport, ValidationIssue } from '../../../sim-engine/index';
import { loadCohort, saveCohort } from './browserCohort';
import { downloadText, pickTextFile, pickTextFiles } from './browserFiles';
import { loadHistory, writeHistory } from './browserHistory';
import { toStoredPack } from './packText';
import { DEFAULT_SETTINGS } from './platform';
import type { AttemptRecord, ExportFormat, Platform } from './platform';

const SETTINGS_KEY = 'canary-coach:settings';
const PACKS_KEY = 'canary-coach:packs';
const MOCK_KEY = 'canary-coach:mock-session';

/** How the page reads and writes the learner's files (tests pass their own). */
export interface BrowserFiles {
  readonly pickTextFile: typeof pickTextFile;
  readonly pickTextFiles: typeof pickTextFiles;
  readonly downloadText: typeof downloadText;
}

export interface BrowserPlatformOptions {
  /** Validates each saved report (tests pass a cheaper stand-in). */
  readonly readReport?: ReportParser;
  readonly files?: BrowserFiles;
}

/** The first browser build stored bare values; they read as this version of the envelope. */
const bare =
  (version: number, wrap: (value: unknown) => unknown = (value) => value) =>
  (json: unknown) =>
    typeof json === 'object' && json !== null && !('format' in json)
      ? { version, data: wrap(json) }
      : null;

const settingsRecord = {
  ...settingsSpec,
  legacy: bare(2, (value) => ({ ...DEFAULT_SETTINGS, ...(value as object) })),
};
const packsRecord = {
  ...packsSpec,
  legacy: (json: unknown) => (Array.isArray(json) ? { version: 1, data: { packs: json } } : null),
};
const mockRecord = { ...mockSessionSpec, legacy: bare(1, (session) => ({ session })) };

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
  options: BrowserPlatformOptions = {},
): Platform {
  const files = options.files ?? { pickTextFile, pickTextFiles, downloadText };
  const readReport = options.readReport ?? parseReport;
  const history = loadHistory(storage, now(), readReport);
  let attempts: AttemptRecord[] = history.attempts;
  const notices = [...history.notices];

  /** A stored record, validated with the shared schemas; a bad one is set aside, once. */
  function read<T>(key: string, spec: EnvelopeSpec<T>, initial: T): T {
    const text = storage.getItem(key);
    if (text === null) return initial;
    const parsed = readEnvelope(text, spec);
    if (parsed.ok) return parsed.value;
    const aside = `canary-coach:set-aside:${key.replace('canary-coach:', '')}:${now()}`;
    storage.setItem(aside, text);
    storage.removeItem(key);
    notices.push(`Your ${spec.label} could not be read and were kept aside (${aside}).`);
    return initial;
  }
  function write<T>(key: string, spec: EnvelopeSpec<T>, value: T): void {
    const text = envelopeText(spec, value, 0);
    const refused = sizeRefusal(spec, utf8Length(text));
    if (refused !== null) throw new Error(refused);
    storage.setItem(key, text);
  }
  const packs = () => read(PACKS_KEY, packsRecord, []);

  return {
    kind: 'browser',
    startupNotices: () => Promise.resolve([...notices]),
    listAttempts: () => Promise.resolve([...attempts]),
    async saveAttempt(record) {
      const next = [...attempts.filter((a) => a.id !== record.id), record];
      writeHistory(storage, next);
      attempts = next;
    },
    async exportHistory() {
      files.downloadText('canary-coach-history.json', historyExportText(attempts), MIME.json);
      return true;
    },
    async exportLearningRecords() {
      const { learnerName } = read(SETTINGS_KEY, settingsRecord, DEFAULT_SETTINGS);
      files.downloadText(
        LEARNING_RECORDS_FILE,
        learningRecordsText(attempts, learnerName),
        MIME.json,
      );
      return true;
    },
    async exportCourse(pack) {
      files.downloadText(courseFileName(pack), courseExportText(pack), 'application/xml');
      return true;
    },
    async importHistory() {
      const file = await files.pickTextFile('.json,application/json');
      if (!file) return { status: 'cancelled' };
      const parsed = parseHistoryText(file.text, readReport);
      if (!parsed.ok) return { status: 'invalid', fileName: file.name, issues: parsed.issues };
      const known = new Set(attempts.map((a) => a.id));
      const fresh = parsed.value.filter((a) => !known.has(a.id) && known.add(a.id));
      const next = [...attempts, ...fresh];
      writeHistory(storage, next);
      attempts = next;
      return { status: 'ok', fileName: file.name, value: fresh.length };
    },
    loadSettings: async () => read(SETTINGS_KEY, settingsRecord, DEFAULT_SETTINGS),
    saveSettings: async (settings) => write(SETTINGS_KEY, settingsRecord, settings),
    listPacks: () => Promise.resolve(packs()),
    async pickPack() {
      const file = await files.pickTextFile('.json,application/json');
      return file ? toStoredPack(file.name, file.text) : { status: 'cancelled' };
    },
    readPackText: (fileName, text) => Promise.resolve(toStoredPack(fileName, text)),
    async savePack(pack) {
      write(PACKS_KEY, packsRecord, [...packs().filter((p) => p.id !== pack.id), pack]);
    },
    async removePack(id) {
      write(
        PACKS_KEY,
        packsRecord,
        packs().filter((p) => p.id !== id),
      );
    },
    loadMockSession: async () => read(MOCK_KEY, mockRecord, null),
    async saveMockSession(snapshot) {
      if (snapshot === null) storage.removeItem(MOCK_KEY);
      else write(MOCK_KEY, mockRecord, snapshot);
    },
    async exportReport(report, format) {
      // Browsers have no PDF writer; the app offers HTML (print it to PDF) instead.
      if (format === 'pdf') return false;
      const text =
        format === 'json' ? JSON.stringify(report, null, 2) : renderReport(report, format);
      files.downloadText(reportFileName(report, format), text, MIME[format]);
      return true;
    },
    async pickReports() {
      const picked = await files.pickTextFiles('.json,application/json');
      if (!picked) return { status: 'cancelled' };
      const reports: { fileName: string; report: CanaryReport }[] = [];
      const invalid: { fileName: string; issues: readonly ValidationIssue[] }[] = [];
      for (const file of picked) {
        const json = parseJsonText(file.text);
        const parsed = json.ok ? readReport(json.value) : json;
        if (parsed.ok) reports.push({ fileName: file.name, report: parsed.value });
        else invalid.push({ fileName: file.name, issues: parsed.issues });
      }
      return { status: 'ok', reports, invalid };
    },
    loadCohort: () => Promise.resolve(loadCohort(storage, readReport)),
    saveCohort: (records) => Promise.resolve(saveCohort(storage, records)),
    async exportCohortCsv(reports) {
      files.downloadText('canary-cohort.csv', reportsToCsv(reports), MIME.csv);
      return true;
    },
    // A web page has no application menu.
    onMenuCommand: () => () => undefined,
  };
}
