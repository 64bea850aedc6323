import type { Parsed, ValidationIssue } from '../../sim-engine/index';
import { formatIssue } from '../../sim-engine/index';
import type { DesktopApi, DesktopRequest } from '../../contract/desktopApi';
import { REQUEST_CHANNELS, REQUEST_NAMES } from '../../contract/channels';
import { isOwnPageUrl } from '../security';
import { LearnerError, toLearnerError } from '../storage/learnerError';

/** One request's argument parser and handler, typed from the DesktopApi. */
export interface Route<K extends DesktopRequest> {
  /** Checks the arguments; a long check (a cohort of reports) may answer later, in turns. */
  parse(
    args: readonly unknown[],
  ): Parsed<Parameters<DesktopApi[K]>> | Promise<Parsed<Parameters<DesktopApi[K]>>>;
  run(...args: Parameters<DesktopApi[K]>): ReturnType<DesktopApi[K]>;
}

/** A handler for every request; the compiler proves none is missing. */
export type Routes = { readonly [K in DesktopRequest]: Route<K> };

/** The parts of an `IpcMainInvokeEvent` the guard reads. */
export interface InvokeEventLike {
  readonly senderFrame: { readonly url: string } | null;
  readonly sender: { readonly mainFrame: unknown };
}

/** The slice of `ipcMain` used to register handlers. */
export interface IpcMainLike {
  handle(channel: string, listener: (event: InvokeEventLike, ...args: unknown[]) => unknown): void;
}

/** A refused call; its message lists every reason, for the renderer to show. */
export class IpcRefusal extends Error {
  override readonly name = 'IpcRefusal';
}

// Erased view of a route, used after the channel has picked it.
interface AnyRoute {
  parse(args: readonly unknown[]): Parsed<readonly unknown[]> | Promise<Parsed<readonly unknown[]>>;
  run(...args: never[]): Promise<unknown>;
}

const requestByChannel = new Map<string, DesktopRequest>(
  REQUEST_NAMES.map((name) => [REQUEST_CHANNELS[name], name]),
);

/** Why the sender may not call us, or null: our own page, in the window's main frame. */
export function senderProblem(event: InvokeEventLike): string | null {
  const frame = event.senderFrame;
  if (frame === null) return 'the sending frame is gone';
  if (!isOwnPageUrl(frame.url)) return 'the sender is not Canary Coach’s own page';
  if (frame !== event.sender.mainFrame) return 'the sender is a subframe, not the main frame';
  return null;
}

/** Checks channel, sender and arguments, then runs the route; throws an IpcRefusal otherwise. */
export async function dispatch(
  routes: Routes,
  channel: string,
  event: InvokeEventLike,
  args: readonly unknown[],
): Promise<unknown> {
  const name = requestByChannel.get(channel);
  if (name === undefined) throw new IpcRefusal(`Refused: "${channel}" is not a known channel.`);
  const problem = senderProblem(event);
  if (problem !== null) throw new IpcRefusal(`Refused ${name}: ${problem}.`);
  const route: AnyRoute = routes[name];
  const parsed = await route.parse(args);
  if (!parsed.ok) throw new IpcRefusal(`Refused ${name}: ${describe(parsed.issues)}`);
  try {
    return await route.run(...(parsed.value as never[]));
  } catch (error) {
    // The full error (paths, stack) goes to main's log; the page gets a sentence.
    if (!(error instanceof LearnerError)) console.error(`${name} failed:`, error);
    throw toLearnerError(error, ACTIONS[name]);
  }
}

/** What each request does, for "Canary Coach could not <action>: <reason>." */
const ACTIONS: Readonly<Record<DesktopRequest, string>> = {
  startupNotices: 'read your saved data',
  listAttempts: 'read your attempt history',
  saveAttempt: 'save your attempt',
  exportHistory: 'export the history',
  exportLearningRecords: 'export the learning records',
  exportCourse: 'export the course',
  importHistory: 'import the history',
  loadSettings: 'read your settings',
  saveSettings: 'save your settings',
  listPacks: 'read your imported packs',
  pickPack: 'open the pack',
  readPackText: 'read the pack',
  savePack: 'save the pack',
  removePack: 'remove the pack',
  loadMockSession: 'read the interview in progress',
  saveMockSession: 'save the interview in progress',
  exportReport: 'export the report',
  pickReports: 'open the reports',
  loadCohort: 'read the kept cohort',
  saveCohort: 'keep the cohort',
  exportCohortCsv: 'export the cohort CSV',
};

function describe(issues: readonly ValidationIssue[]): string {
  return issues.map(formatIssue).join('; ');
}

/** Registers one handler per known channel (and none other). */
export function registerRoutes(ipcMain: IpcMainLike, routes: Routes): void {
  for (const name of REQUEST_NAMES) {
    const channel = REQUEST_CHANNELS[name];
    ipcMain.handle(channel, (event: InvokeEventLike, ...args: unknown[]) =>
      dispatch(routes, channel, event, args),
    );
  }
}
