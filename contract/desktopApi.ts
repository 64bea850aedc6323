import type { CanaryReport } from '../sim-engine/index';
import type { CoursePack } from './learningRecords/cmi5Course';
import type {
  AttemptRecord,
  CohortRecord,
  KeptCohort,
  ExportFormat,
  MenuCommand,
  MockSessionSnapshot,
  PickResult,
  ReportsPick,
  Settings,
  StoredPack,
} from './types';

/**
 * The one desktop contract, type-only. The preload's object `satisfies` it, main's handlers
 * are typed from it, and the renderer's `Platform` is this API plus its kind (the browser
 * implements the same members over local storage, file inputs and downloads). Every member
 * but `onMenuCommand` is one `ipcRenderer.invoke` on its own fixed channel, validated in main.
 */
export interface DesktopApi {
  /** Things the learner should know from loading saved data (e.g. a corrupt file set aside). */
  startupNotices(): Promise<readonly string[]>;

  listAttempts(): Promise<readonly AttemptRecord[]>;
  /** Adds or replaces an attempt; rejects with a readable message when a limit is reached. */
  saveAttempt(record: AttemptRecord): Promise<void>;
  /** Writes the whole history (the one history format) to a file; false when cancelled. */
  exportHistory(): Promise<boolean>;
  /** Writes every attempt as xAPI statements (one JSON array) for a learning platform. */
  exportLearningRecords(): Promise<boolean>;
  /** Writes a pack as a cmi5 course structure (XML) for a learning platform; false when cancelled. */
  exportCourse(pack: CoursePack): Promise<boolean>;
  /** Merges attempts from a history file the learner picks; returns how many were new. */
  importHistory(): Promise<PickResult<number>>;

  loadSettings(): Promise<Settings>;
  saveSettings(settings: Settings): Promise<void>;

  listPacks(): Promise<readonly StoredPack[]>;
  /** Asks for a pack file, validates it, and returns it without storing it yet. */
  pickPack(): Promise<PickResult<StoredPack>>;
  /** Validates a dropped file's text with the pack loader; stores nothing. */
  readPackText(fileName: string, text: string): Promise<PickResult<StoredPack>>;
  /** Stores a validated pack, replacing an older version of the same id. */
  savePack(pack: StoredPack): Promise<void>;
  removePack(id: string): Promise<void>;

  loadMockSession(): Promise<MockSessionSnapshot | null>;
  /** Saves atomically; `null` clears it when the interview ends. */
  saveMockSession(snapshot: MockSessionSnapshot | null): Promise<void>;

  /** Writes a report in a format; false when the learner cancelled (or it cannot be made). */
  exportReport(report: CanaryReport, format: ExportFormat): Promise<boolean>;
  /** Asks for many learners' JSON reports (instructor's cohort view), each validated. */
  pickReports(): Promise<ReportsPick>;
  /** The instructor's cohort kept from an earlier session (each report validated on load). */
  loadCohort(): Promise<KeptCohort>;
  /** Replaces the kept cohort (empty clears it); false when it could not be kept (a limit). */
  saveCohort(records: readonly CohortRecord[]): Promise<boolean>;
  /** Writes many reports as one CSV (one row per attempt); false when cancelled. */
  exportCohortCsv(reports: readonly CanaryReport[]): Promise<boolean>;

  /** Listens for menu commands; returns the function that stops listening. */
  onMenuCommand(listener: (command: MenuCommand) => void): () => void;
}

/** The members that are requests to main (all but the menu listener). */
export type DesktopRequest = Exclude<keyof DesktopApi, 'onMenuCommand'>;
