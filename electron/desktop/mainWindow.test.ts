import { describe, expect, it, vi } from 'vitest';
import type { WindowState } from './windowState';
import { openMainWindow } from './mainWindow';

function fakeWindow() {
  const handlers = new Map<string, () => void>();
  return {
    handlers,
    once: vi.fn((name: string, handler: () => void) => handlers.set(name, handler)),
    on: vi.fn((name: string, handler: () => void) => handlers.set(name, handler)),
    show: vi.fn(),
    maximize: vi.fn(),
    loadURL: vi.fn(async () => {}),
    getNormalBounds: () => ({ x: 10, y: 20, width: 1100, height: 750 }),
    isMaximized: () => false,
  };
}

async function open(saved: WindowState | null) {
  const window = fakeWindow();
  const makeWindow = vi.fn(() => window);
  const update = vi.fn(async (change: (current: WindowState | null) => WindowState | null) =>
    change(saved),
  );
  await openMainWindow({
    // The fake has just the members openMainWindow uses.
    makeWindow: makeWindow as never,
    workAreas: () => [{ x: 0, y: 0, width: 1920, height: 1080 }],
    state: { read: async () => saved, update, notices: async () => [], flush: async () => {} },
    preloadPath: '/app/dist/electron/preload.cjs',
  });
  const [[options]] = makeWindow.mock.calls as unknown as [[Record<string, unknown>]];
  return { window, options, update };
}

describe('openMainWindow', () => {
  it('opens with the secure web preferences and our preload, hidden until painted', async () => {
    const { options, window } = await open(null);
    expect(options['webPreferences']).toMatchObject({
      preload: '/app/dist/electron/preload.cjs',
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      webviewTag: false,
    });
    expect(options['show']).toBe(false);
    expect(window.loadURL).toHaveBeenCalledWith('app://canary-coach/index.html');
    window.handlers.get('ready-to-show')?.();
    expect(window.show).toHaveBeenCalled();
  });
  it('opens where it was and maximizes again if it was maximized', async () => {
    const saved = { bounds: { x: 100, y: 50, width: 1200, height: 800 }, maximized: true };
    const { options, window } = await open(saved);
    expect(options).toMatchObject(saved.bounds);
    window.handlers.get('ready-to-show')?.();
    expect(window.maximize).toHaveBeenCalled();
  });
  it('saves its normal bounds when it closes', async () => {
    const { window, update } = await open(null);
    window.handlers.get('close')?.();
    await expect(update.mock.results[0]?.value).resolves.toEqual({
      bounds: { x: 10, y: 20, width: 1100, height: 750 },
      maximized: false,
    });
  });
});
