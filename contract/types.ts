import type {
  CanaryReport,
  ChangeKind,
  GeneratorLevel,
  ValidationIssue,
} from '../sim-engine/index';

/**
 * The records the learner's app keeps and the shapes of the desktop requests, shared by the
 * renderer (both platforms), the Electron shell and the CLI. Type-only but for the default
 * settings, so the preload can import the channel list without pulling in any schema.
 */

/** One saved attempt: its report, and when it was saved. */
export interface AttemptRecord {
  readonly id: string;
  readonly savedAt: string;
  readonly report: CanaryReport;
  // Optional, so histories saved before them still load (and older apps are not our reader).
  /** The scenario's change kind, kept so spaced practice can place a generated scenario. */
  readonly changeKind?: ChangeKind;
  /** Set when the attempt was the daily challenge of that local date (`YYYY-MM-DD`). */
  readonly daily?: { readonly date: string };
  /** Seconds from opening the brief to the saved score, for learning platforms. */
  readonly activeSeconds?: number;
  /** Set when the attempt was on a generated practice set: what draws the set again. */
  readonly practiceSet?: PracticeSetRequest;
}

/** The most scenarios the app generates in one practice set (each is calibrated first). */
export const MAX_PRACTICE_SET_SIZE = 10;

/**
 * What the app asked the generator for when it made a practice set: scenario i is drawn from
 * `seed` + i, at `level`, of `changeKind` when given. The same request gives the same set on
 * the same engine, so a set (which lives only for the session) can be drawn again after a reload.
 */
export interface PracticeSetRequest {
  readonly seed: number;
  readonly level: GeneratorLevel;
  /** Scenarios in the set, 1 to MAX_PRACTICE_SET_SIZE. */
  readonly count: number;
  readonly changeKind?: ChangeKind;
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

/** A learner's report in the instructor's cohort, with the name of the file it came in. */
export interface CohortRecord {
  readonly fileName: string;
  readonly report: CanaryReport;
}

/** The cohort kept from an earlier session, and how many kept reports could not be read. */
export interface KeptCohort {
  readonly records: readonly CohortRecord[];
  readonly unreadable: number;
}

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
