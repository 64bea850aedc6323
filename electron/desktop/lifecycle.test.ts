import { readFileSync, promises as fs } from 'node:fs';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { openLocalData } from '../storage/localData';
import { attempt, fakeParseReport, tempFolder } from '../storage/testFixtures';
import { openDocument } from '../storage/versionedDocument';
import { holdQuitForSaves, prepareDataFolder, startDesktop } from './lifecycle';
import { openMainWindow } from './mainWindow';
import { windowStateSpec } from './windowState';

let folder = '';
let remove = async () => {};
beforeEach(async () => {
  ({ folder, remove } = await tempFolder());
});
afterEach(async () => {
  vi.restoreAllMocks();
  await remove();
});

function fakeShell(openWindow: () => Promise<unknown>, dataFolder: string) {
  const shown: { title: string; content: string }[] = [];
  const deps = {
    dataFolder,
    prepareDataFolder,
    openWindow: vi.fn(openWindow),
    showError: vi.fn((title: string, content: string) => void shown.push({ title, content })),
    quit: vi.fn(),
  };
  return { deps, shown };
}

describe('starting the desktop app', () => {
  it('shows the reason and the data folder, then quits, when the data folder cannot be made', async () => {
    await fs.writeFile(path.join(folder, 'not-a-folder'), 'a file where a folder should be');
    const dataFolder = path.join(folder, 'not-a-folder', 'data');
    const { deps, shown } = fakeShell(async () => ({}), dataFolder);
    await expect(startDesktop(deps)).resolves.toBe(false);
    expect(deps.openWindow).not.toHaveBeenCalled();
    expect(shown).toHaveLength(1);
    expect(shown[0]?.title).toBe('Canary Coach could not start');
    expect(shown[0]?.content).toContain('a part of the path is a file, not a folder (ENOTDIR)');
    expect(shown[0]?.content).toContain(dataFolder);
    expect(deps.quit).toHaveBeenCalledTimes(1);
  });

  it('shows the reason and quits when the window cannot open, instead of hiding with the lock', async () => {
    const { deps, shown } = fakeShell(async () => {
      throw new Error('GPU process crashed');
    }, folder);
    await expect(startDesktop(deps)).resolves.toBe(false);
    expect(shown[0]?.content).toContain('GPU process crashed');
    expect(deps.quit).toHaveBeenCalledTimes(1);
  });

  it('opens the window where it was when all is well', async () => {
    const { deps, shown } = fakeShell(async () => ({}), folder);
    await expect(startDesktop(deps)).resolves.toBe(true);
    expect(shown).toEqual([]);
    expect(deps.quit).not.toHaveBeenCalled();
  });

  it('opens the window at the default place when window-state.json cannot be read', async () => {
    await fs.mkdir(path.join(folder, 'window-state.json')); // EISDIR on read
    const window = {
      once: vi.fn(),
      on: vi.fn(),
      loadURL: vi.fn(async () => {}),
    };
    const makeWindow = vi.fn(() => window);
    await openMainWindow({
      makeWindow: makeWindow as never,
      workAreas: () => [{ x: 0, y: 0, width: 1920, height: 1080 }],
      state: openDocument(folder, windowStateSpec, () => new Date()),
      preloadPath: '/app/preload.cjs',
    });
    expect(makeWindow).toHaveBeenCalledWith(
      expect.objectContaining({ x: 320, y: 130, width: 1280, height: 820 }),
    );
  });
});

function fakeApp() {
  const listeners: ((event: { preventDefault(): void }) => void)[] = [];
  const app = {
    on: vi.fn((_name: 'before-quit', listener: (event: { preventDefault(): void }) => void) => {
      listeners.push(listener);
    }),
    quit: vi.fn(),
  };
  const tryQuit = () => {
    const event = { preventDefault: vi.fn() };
    for (const listener of listeners) listener(event);
    return event.preventDefault.mock.calls.length > 0;
  };
  return { app, tryQuit };
}

describe('quitting', () => {
  it('waits for pending saves, then quits once they are on disk', async () => {
    const data = openLocalData(folder, { parseReport: fakeParseReport });
    const { app, tryQuit } = fakeApp();
    let onDisk = '';
    app.quit.mockImplementation(() => {
      onDisk = readFileSync(path.join(folder, 'history.json'), 'utf8');
    });
    holdQuitForSaves(app, () => data.flush());
    void data.saveAttempt(attempt('last-second'));
    expect(tryQuit()).toBe(true); // held
    expect(app.quit).not.toHaveBeenCalled();
    await vi.waitFor(() => expect(app.quit).toHaveBeenCalledTimes(1));
    expect(onDisk).toContain('last-second');
    expect(tryQuit()).toBe(false); // the second quit goes through
  });

  it('quits even when a save fails', async () => {
    const { app, tryQuit } = fakeApp();
    holdQuitForSaves(app, () => Promise.reject(new Error('disk gone')));
    expect(tryQuit()).toBe(true);
    await vi.waitFor(() => expect(app.quit).toHaveBeenCalledTimes(1));
  });

  it('does not wait for ever for a save that never finishes', async () => {
    vi.useFakeTimers();
    try {
      const { app, tryQuit } = fakeApp();
      holdQuitForSaves(app, () => new Promise(() => undefined), 10_000);
      expect(tryQuit()).toBe(true);
      await vi.advanceTimersByTimeAsync(10_000);
      expect(app.quit).toHaveBeenCalledTimes(1);
    } finally {
      vi.useRealTimers();
    }
  });
});
