import type { DesktopApi, DesktopRequest } from './desktopApi';
import type { MenuCommand } from './types';

// Runtime lists shared by main and the preload. This file must stay free of schemas and
// Node APIs: the preload bundles it, and the preload has to stay tiny.

/** Each request of the desktop API and its fixed IPC channel (one channel per function). */
export const REQUEST_CHANNELS = {
  startupNotices: 'canary:startup-notices',
  listAttempts: 'canary:list-attempts',
  saveAttempt: 'canary:save-attempt',
  exportHistory: 'canary:export-history',
  exportLearningRecords: 'canary:export-learning-records',
  exportCourse: 'canary:export-course',
  importHistory: 'canary:import-history',
  loadSettings: 'canary:load-settings',
  saveSettings: 'canary:save-settings',
  listPacks: 'canary:list-packs',
  pickPack: 'canary:pick-pack',
  readPackText: 'canary:read-pack-text',
  savePack: 'canary:save-pack',
  removePack: 'canary:remove-pack',
  loadMockSession: 'canary:load-mock-session',
  saveMockSession: 'canary:save-mock-session',
  exportReport: 'canary:export-report',
  pickReports: 'canary:pick-reports',
  loadCohort: 'canary:load-cohort',
  saveCohort: 'canary:save-cohort',
  exportCohortCsv: 'canary:export-cohort-csv',
} as const satisfies Record<DesktopRequest, string>;

/** The one channel main sends on: menu commands, with a single string argument. */
export const MENU_COMMAND_CHANNEL = 'canary:menu-command';

/** Every menu command, checked by the preload before it reaches the page. */
export const MENU_COMMANDS = [
  'new-attempt',
  'import-pack',
  'export-report',
  'import-history',
  'export-history',
  'toggle-theme',
] as const satisfies readonly MenuCommand[];

// Compile-time proof the list above names every command of the type.
type Missing = Exclude<MenuCommand, (typeof MENU_COMMANDS)[number]>;
const everyCommandListed: [Missing] extends [never] ? true : Missing = true;
void everyCommandListed;

/** The request names, in a stable order. */
export const REQUEST_NAMES = Object.keys(REQUEST_CHANNELS) as DesktopRequest[];

/** True when `value` is a menu command (the preload forwards nothing else). */
export function isMenuCommand(value: unknown): value is MenuCommand {
  return (MENU_COMMANDS as readonly unknown[]).includes(value);
}

/** Every request function of the desktop API, without the menu listener. */
export type DesktopRequests = Pick<DesktopApi, DesktopRequest>;

/**
 * One function per request name, each made by `make`: the preload's bridge and the renderer's
 * desktop platform build theirs this way, so neither lists the requests again.
 */
export function desktopRequests(
  make: <K extends DesktopRequest>(name: K) => DesktopApi[K],
): DesktopRequests {
  return Object.fromEntries(REQUEST_NAMES.map((name) => [name, make(name)])) as DesktopRequests;
}
