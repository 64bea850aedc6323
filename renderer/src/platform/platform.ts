import type { CanaryReport, ValidationIssue } from '../../../sim-engine/index';

/**
 * Everything the learner's app needs from the world outside the page. The desktop shell
 * implements it over its preload bridge, the browser version over local storage, file
 * inputs and downloads; the rest of the renderer sees only this interface.
 */

/** One saved attempt: its report, and when it was saved. */
export interface AttemptRecord {
  readonly id: string;
  readonly savedAt: string;
  readonly report: CanaryReport;
}

export interface Settings {
  readonly theme: 'system' | 'light' | 'dark';
  readonly playbackSpeed: number;
  readonly learnerName: string;
}

export const DEFAULT_SETTINGS: Settings = { theme: 'system', playbackSpeed: 60, learnerName: '' };

/** A pack the learner imported, kept as the text they chose (validated on every load). */
export interface StoredPack {
  readonly id: string;
  readonly version: string;
  readonly title: string;
  readonly text: string;
}

/** An interview in progress, saved every few seconds so a crash loses almost nothing. */
export interface MockSessionSnapshot {
  readonly scenarioId: string;
  readonly packId: string;
  /** The plan draft as the editor holds it (not yet validated). */
  readonly planDraft: unknown;
  readonly answer: string;
  readonly remainingSeconds: number;
  readonly probesShown: readonly string[];
  readonly savedAt: string;
}

export type ExportFormat = 'json' | 'html' | 'csv' | 'pdf';

/** What came of a file the learner picked: nothing (cancelled), its issues, or the result. */
export type PickResult<T> =
  | { readonly status: 'cancelled' }
  | {
      readonly status: 'invalid';
      readonly fileName: string;
      readonly issues: readonly ValidationIssue[];
    }
  | { readonly status: 'ok'; readonly fileName: string; readonly value: T };

/** A parameterless command from the desktop menu (or its keyboard shortcut) to the app. */
export type MenuCommand =
  | 'new-attempt'
  | 'import-pack'
  | 'export-report'
  | 'import-history'
  | 'export-history'
  | 'toggle-theme';

/** Report files the instructor picked: the valid ones, and the others with their issues. */
export type ReportsPick =
  | { readonly status: 'cancelled' }
  | {
      readonly status: 'ok';
      readonly reports: readonly { readonly fileName: string; readonly report: CanaryReport }[];
      readonly invalid: readonly {
        readonly fileName: string;
        readonly issues: readonly ValidationIssue[];
      }[];
    };

/** A learner's report in the instructor's cohort, with the name of the file it came in. */
export interface CohortRecord {
  readonly fileName: string;
  readonly report: CanaryReport;
}

export interface Platform {
  readonly kind: 'desktop' | 'browser';
  /** Things the learner should know from loading saved data (e.g. a corrupt file set aside). */
  startupNotices(): Promise<readonly string[]>;

  listAttempts(): Promise<readonly AttemptRecord[]>;
  saveAttempt(record: AttemptRecord): Promise<void>;
  /** Writes the whole history to a file the learner picks. */
  exportHistory(): Promise<void>;
  /** Merges attempts from a history file the learner picks; returns how many were new. */
  importHistory(): Promise<PickResult<number>>;

  loadSettings(): Promise<Settings>;
  saveSettings(settings: Settings): Promise<void>;

  listPacks(): Promise<readonly StoredPack[]>;
  /** Asks for a pack file, validates it, and returns it without storing it yet. */
  pickPack(): Promise<PickResult<StoredPack>>;
  /** Stores a validated pack, replacing an older version of the same id. */
  savePack(pack: StoredPack): Promise<void>;
  removePack(id: string): Promise<void>;

  loadMockSession(): Promise<MockSessionSnapshot | null>;
  /** Saves atomically; `null` clears it when the interview ends. */
  saveMockSession(snapshot: MockSessionSnapshot | null): Promise<void>;

  /** Writes a report in a format; false when the learner cancelled. */
  exportReport(report: CanaryReport, format: ExportFormat): Promise<boolean>;

  // Optional members (added for the desktop shell; a platform may leave them out).
  /** Validates a dropped pack file's text, without storing it (same result as `pickPack`). */
  readPackText?(fileName: string, text: string): Promise<PickResult<StoredPack>>;
  /** Asks for many learners' JSON reports (instructor's cohort view), each validated. */
  pickReports?(): Promise<ReportsPick>;
  /** Writes many reports as one CSV (one row per attempt); false when cancelled. */
  exportCohortCsv?(reports: readonly CanaryReport[]): Promise<boolean>;
  /** The instructor's imported cohort, kept across restarts (each report validated on load). */
  loadCohort?(): Promise<{
    readonly records: readonly CohortRecord[];
    readonly unreadable: number;
  }>;
  /** Replaces the kept cohort (empty clears it); false when it could not be kept. */
  saveCohort?(records: readonly CohortRecord[]): Promise<boolean>;
  /** Calls `listener` for each menu command; returns the function that stops listening. */
  onMenuCommand?(listener: (command: MenuCommand) => void): () => void;
}
