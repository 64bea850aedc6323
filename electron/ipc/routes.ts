import type { CanaryReport, ValidationIssue } from '../../sim-engine/index';
import { parseJsonText } from '../../sim-engine/index';
import type { ExportFormat, PickResult, ReportsPick, StoredPack } from '../../contract/types';
import type { ReportTools } from '../reports/reportTools';
import { MAX_COHORT_REPORTS } from '../../contract/cohort';
import {
  parseAttempt,
  parseCohortRecord,
  parseMockSession,
  parseSettings,
  parseStoredPack,
  storedPackFromText,
} from '../../contract/records';
import { HISTORY_MAX_BYTES, historyExportText, parseHistoryText } from '../../contract/history';
import {
  courseExportText,
  courseFileName,
  LEARNING_RECORDS_FILE,
  learningRecordsText,
  parseCoursePack,
} from '../../contract/learningRecords/index';
import type { LocalData } from '../storage/localData';
import { LearnerError } from '../storage/learnerError';
import {
  argsOf,
  exportFormat,
  listInTurns,
  nullable,
  report,
  reportListInTurns,
  text,
} from './argParsers';
import { mapInTurns } from './inTurns';
import type { Routes } from './ipcGuard';

/** A file the learner chose to open: its name (not its path) and text. */
export interface OpenedFile {
  readonly fileName: string;
  readonly text: string;
}

/** What a file dialog is for: its title, the default name and the one file type offered. */
export interface FileRequest {
  readonly title: string;
  readonly defaultName?: string;
  readonly kind: ExportFormat | 'xml';
  /** Files larger than this are refused unread (default: the pack and report limit). */
  readonly maxBytes?: number;
}

/** Native dialogs, with reading and writing only of files the learner chose. */
export interface FileDialogs {
  openText(request: FileRequest): Promise<OpenedFile | null>;
  openTexts(request: FileRequest): Promise<OpenedFile[] | null>;
  /** Asks where to save, then writes what `contents` makes; false when cancelled. */
  save(request: FileRequest, contents: () => Promise<string | Uint8Array>): Promise<boolean>;
}

/** What the routes work with; main passes the real ones, tests pass fakes. */
export interface RouteDeps {
  readonly data: LocalData;
  readonly reports: ReportTools;
  readonly dialogs: FileDialogs;
  /** Prints self-contained HTML to PDF in a hidden, script-less window. */
  readonly printPdf: (html: string) => Promise<Uint8Array>;
}

const none = argsOf();

/** Every request's handler, each with the argument parsers main checks before running it. */
export function createRoutes(deps: RouteDeps): Routes {
  const { data, reports, dialogs } = deps;
  const pack = (file: OpenedFile): PickResult<StoredPack> => packResult(file.fileName, file.text);
  return {
    startupNotices: { parse: none, run: () => data.startupNotices() },
    listAttempts: { parse: none, run: () => data.listAttempts() },
    saveAttempt: {
      parse: argsOf((value) => parseAttempt(value, reports.parseReport)),
      run: (record) => data.saveAttempt(record),
    },
    exportHistory: {
      parse: none,
      run: async () => {
        const request = {
          title: 'Export history',
          defaultName: 'canary-coach-history.json',
          kind: 'json',
        } as const;
        return dialogs.save(request, async () =>
          historyExportText(await data.listAttempts(), reports.parseReport),
        );
      },
    },
    exportLearningRecords: {
      parse: none,
      run: async () => {
        const request = {
          title: 'Export learning records (xAPI)',
          defaultName: LEARNING_RECORDS_FILE,
          kind: 'json',
        } as const;
        return dialogs.save(request, async () =>
          learningRecordsText(await data.listAttempts(), (await data.loadSettings()).learnerName),
        );
      },
    },
    exportCourse: {
      parse: argsOf(parseCoursePack),
      run: (coursePack) => {
        const request = {
          title: 'Export course (cmi5)',
          defaultName: courseFileName(coursePack),
          kind: 'xml',
        } as const;
        return dialogs.save(request, async () => courseExportText(coursePack));
      },
    },
    importHistory: {
      parse: none,
      run: async () => {
        const file = await dialogs.openText({
          title: 'Import history',
          kind: 'json',
          maxBytes: HISTORY_MAX_BYTES,
        });
        if (file === null) return { status: 'cancelled' };
        const parsed = parseHistoryText(file.text, reports.parseReport);
        if (!parsed.ok)
          return { status: 'invalid', fileName: file.fileName, issues: parsed.issues };
        return {
          status: 'ok',
          fileName: file.fileName,
          value: await data.mergeAttempts(parsed.value),
        };
      },
    },
    loadSettings: { parse: none, run: () => data.loadSettings() },
    saveSettings: { parse: argsOf(parseSettings), run: (settings) => data.saveSettings(settings) },
    listPacks: { parse: none, run: () => data.listPacks() },
    pickPack: {
      parse: none,
      run: async () => {
        const file = await dialogs.openText({ title: 'Import scenario pack', kind: 'json' });
        return file === null ? { status: 'cancelled' } : pack(file);
      },
    },
    readPackText: {
      parse: argsOf(text(255, 1), text(6 * 1024 * 1024)),
      run: async (fileName, packText) => packResult(fileName, packText),
    },
    savePack: { parse: argsOf(parseStoredPack), run: (stored) => data.savePack(stored) },
    removePack: { parse: argsOf(text(200, 1)), run: (id) => data.removePack(id) },
    loadMockSession: { parse: none, run: () => data.loadMockSession() },
    saveMockSession: {
      parse: argsOf(nullable(parseMockSession)),
      run: (snapshot) => data.saveMockSession(snapshot),
    },
    exportReport: {
      parse: argsOf(report(reports), exportFormat),
      run: (value, format) => exportReport(deps, value, format),
    },
    pickReports: { parse: none, run: () => pickReports(deps) },
    loadCohort: {
      parse: none,
      // Desktop files are strict: a bad report sets cohort.json aside with a startup notice.
      run: async () => ({ records: await data.listCohort(), unreadable: 0 }),
    },
    saveCohort: {
      parse: listInTurns(
        (value) => parseCohortRecord(value, reports.parseReport),
        MAX_COHORT_REPORTS,
        'reports',
      ),
      run: async (records) => {
        try {
          await data.saveCohort(records);
          return true;
        } catch (error) {
          // Over a limit (or a file that must not be overwritten): the page says it stays in
          // this window only. Anything else is a failure main logs.
          if (error instanceof LearnerError) return false;
          throw error;
        }
      },
    },
    exportCohortCsv: {
      parse: reportListInTurns(reports, MAX_COHORT_REPORTS),
      run: (list) => {
        const request = {
          title: 'Export cohort CSV',
          defaultName: 'canary-coach-cohort.csv',
          kind: 'csv',
        } as const;
        return dialogs.save(request, async () => reports.reportsToCsv(list));
      },
    },
  };
}

function packResult(fileName: string, packText: string): PickResult<StoredPack> {
  const parsed = storedPackFromText(packText);
  return parsed.ok
    ? { status: 'ok', fileName, value: parsed.value }
    : { status: 'invalid', fileName, issues: parsed.issues };
}

/** `canary-report-checkout-latency-seed-7.pdf`, safe on every file system. */
export function reportFileName(value: CanaryReport, format: ExportFormat): string {
  const slug = value.scenarioId.replace(/[^A-Za-z0-9-]+/g, '-').slice(0, 60) || 'scenario';
  return `canary-report-${slug}-seed-${value.seed}.${format}`;
}

async function exportReport(
  deps: RouteDeps,
  value: CanaryReport,
  format: ExportFormat,
): Promise<boolean> {
  const request = {
    title: 'Export report',
    defaultName: reportFileName(value, format),
    kind: format,
  };
  return deps.dialogs.save(request, async () => {
    switch (format) {
      case 'json':
        return `${JSON.stringify(value, null, 2)}\n`;
      case 'html':
      case 'csv':
        return deps.reports.renderReport(value, format);
      case 'pdf':
        return deps.printPdf(deps.reports.renderReport(value, 'html'));
    }
  });
}

async function pickReports(deps: RouteDeps): Promise<ReportsPick> {
  const files = await deps.dialogs.openTexts({ title: 'Open learners’ reports', kind: 'json' });
  if (files === null) return { status: 'cancelled' };
  const valid: { fileName: string; report: CanaryReport }[] = [];
  const invalid: { fileName: string; issues: readonly ValidationIssue[] }[] = [];
  // In turns: an instructor may open thousands of reports at once.
  await mapInTurns(files, (file) => {
    const json = parseJsonText(file.text);
    const parsed = json.ok ? deps.reports.parseReport(json.value) : json;
    if (parsed.ok) valid.push({ fileName: file.fileName, report: parsed.value });
    else invalid.push({ fileName: file.fileName, issues: parsed.issues });
  });
  return { status: 'ok', reports: valid, invalid };
}
