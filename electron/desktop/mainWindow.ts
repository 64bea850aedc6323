import type { BrowserWindow, BrowserWindowConstructorOptions, Rectangle } from 'electron';
import { APP_ORIGIN, secureWebPreferences } from '../security';
import type { StoredDocument } from '../storage/versionedDocument';
import type { WindowState } from './windowState';
import { MIN_HEIGHT, MIN_WIDTH, restoreBounds } from './windowState';

/** What opening the main window needs; main passes Electron's, tests pass fakes. */
export interface MainWindowDeps {
  readonly makeWindow: (options: BrowserWindowConstructorOptions) => BrowserWindow;
  readonly workAreas: () => readonly Rectangle[];
  readonly state: StoredDocument<WindowState | null>;
  readonly preloadPath: string;
  readonly iconPath?: string;
}

/** The options of the one window: restored bounds and the fixed secure web preferences. */
export function mainWindowOptions(
  bounds: Rectangle,
  preloadPath: string,
  iconPath?: string,
): BrowserWindowConstructorOptions {
  return {
    ...bounds,
    minWidth: MIN_WIDTH,
    minHeight: MIN_HEIGHT,
    show: false, // shown once painted, so it never flashes white
    title: 'Canary Coach',
    ...(iconPath === undefined ? {} : { icon: iconPath }),
    webPreferences: secureWebPreferences(preloadPath),
  };
}

/** Opens the window where it last was (if that is still on a display) and loads our page. */
export async function openMainWindow(deps: MainWindowDeps): Promise<BrowserWindow> {
  // An unreadable position file (a folder in its place, no permission) must not keep the
  // window from opening: it opens at the default place instead.
  const saved = await deps.state.read().catch(() => null);
  const bounds = restoreBounds(saved, deps.workAreas());
  const window = deps.makeWindow(mainWindowOptions(bounds, deps.preloadPath, deps.iconPath));
  window.once('ready-to-show', () => {
    if (saved?.maximized) window.maximize();
    window.show();
  });
  window.on('close', () => {
    const state = { bounds: window.getNormalBounds(), maximized: window.isMaximized() };
    void deps.state.update(() => state).catch(() => undefined); // a lost position is harmless
  });
  await window.loadURL(`${APP_ORIGIN}/index.html`);
  return window;
}
