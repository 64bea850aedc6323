import type { CanaryReport } from '../../../sim-engine/index';
import type {
  AttemptRecord,
  ExportFormat,
  MenuCommand,
  MockSessionSnapshot,
  PickResult,
  ReportsPick,
  Settings,
  StoredPack,
} from './platform';

/**
 * The one desktop contract, declared once and type-only: the preload's object `satisfies`
 * it, main's handlers are typed from it, and the renderer reaches it as
 * `window.canaryDesktop` (only in `desktopPlatform.ts`). Every member is a function; each
 * but `onMenuCommand` is one `ipcRenderer.invoke` on its own fixed channel, validated in main.
 */
export interface DesktopApi {
  startupNotices(): Promise<readonly string[]>;

  listAttempts(): Promise<readonly AttemptRecord[]>;
  saveAttempt(record: AttemptRecord): Promise<void>;
  /** Writes the whole history to a file the learner picks; false when cancelled. */
  exportHistory(): Promise<boolean>;
  importHistory(): Promise<PickResult<number>>;

  loadSettings(): Promise<Settings>;
  saveSettings(settings: Settings): Promise<void>;

  listPacks(): Promise<readonly StoredPack[]>;
  pickPack(): Promise<PickResult<StoredPack>>;
  /** Validates a dropped file's text in main with the pack loader; stores nothing. */
  readPackText(fileName: string, text: string): Promise<PickResult<StoredPack>>;
  savePack(pack: StoredPack): Promise<void>;
  removePack(id: string): Promise<void>;

  loadMockSession(): Promise<MockSessionSnapshot | null>;
  saveMockSession(snapshot: MockSessionSnapshot | null): Promise<void>;

  exportReport(report: CanaryReport, format: ExportFormat): Promise<boolean>;
  pickReports(): Promise<ReportsPick>;
  exportCohortCsv(reports: readonly CanaryReport[]): Promise<boolean>;

  /** Listens for menu commands; returns the function that stops listening. */
  onMenuCommand(listener: (command: MenuCommand) => void): () => void;
}

/** The members that are requests to main (all but the menu listener). */
export type DesktopRequest = Exclude<keyof DesktopApi, 'onMenuCommand'>;

declare global {
  interface Window {
    /** Present only inside the desktop shell. Read it only in `desktopPlatform.ts`. */
    readonly canaryDesktop?: DesktopApi;
  }
}
