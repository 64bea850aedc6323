import { constants, promises as fs } from 'node:fs';
import { reasonOf } from '../storage/learnerError';

/** What starting needs; main passes Electron's, tests pass fakes. */
export interface StartupDeps {
  readonly dataFolder: string;
  /** Creates the data folder and checks it can be read and written. */
  readonly prepareDataFolder: (folder: string) => Promise<void>;
  readonly openWindow: () => Promise<unknown>;
  /** A native error box (works before any window exists). */
  readonly showError: (title: string, content: string) => void;
  readonly quit: () => void;
}

/** Creates the data folder if needed and checks that it can be read and written. */
export async function prepareDataFolder(folder: string): Promise<void> {
  await fs.mkdir(folder, { recursive: true });
  await fs.access(folder, constants.R_OK | constants.W_OK);
}

/**
 * Opens the app, or says why it cannot and quits. Without this an invisible process kept
 * the single-instance lock, so every later launch quit at once and nothing was ever shown.
 */
export async function startDesktop(deps: StartupDeps): Promise<boolean> {
  let step = 'prepare its data folder';
  try {
    await deps.prepareDataFolder(deps.dataFolder);
    step = 'open its window';
    await deps.openWindow();
    return true;
  } catch (error) {
    console.error(`Startup failed (${step}):`, error);
    const reason = error instanceof Error && !hasCode(error) ? error.message : reasonOf(error);
    deps.showError(
      'Canary Coach could not start',
      `Canary Coach could not ${step}: ${reason}.\n\n` +
        `Its data folder is:\n${deps.dataFolder}\n\n` +
        'Check that this folder can be created and written to, then start Canary Coach again.',
    );
    deps.quit();
    return false;
  }
}

function hasCode(error: Error): boolean {
  return typeof (error as { code?: unknown }).code === 'string';
}

/** The slice of Electron's `app` the quit guard uses. */
export interface QuittingApp {
  on(event: 'before-quit', listener: (event: { preventDefault(): void }) => void): unknown;
  quit(): void;
}

/**
 * Holds the first quit until every pending save has finished (or failed, or `maxWaitMs`
 * passed, so a hung disk cannot keep the app open for ever), then quits for real.
 */
export function holdQuitForSaves(
  app: QuittingApp,
  flush: () => Promise<void>,
  maxWaitMs = 10_000,
): void {
  let stage: 'open' | 'saving' | 'done' = 'open';
  app.on('before-quit', (event) => {
    if (stage === 'done') return;
    event.preventDefault();
    if (stage === 'saving') return;
    stage = 'saving';
    let timer: ReturnType<typeof setTimeout> | undefined;
    const timeout = new Promise<void>((resolve) => {
      timer = setTimeout(resolve, maxWaitMs);
    });
    void Promise.race([flush().catch(() => undefined), timeout]).then(() => {
      clearTimeout(timer);
      stage = 'done';
      app.quit();
    });
  });
}
