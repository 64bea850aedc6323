import type { DesktopApi, DesktopRequest } from '../../contract/desktopApi';
import type { MenuCommand } from '../../contract/types';
import {
  desktopRequests,
  isMenuCommand,
  MENU_COMMAND_CHANNEL,
  REQUEST_CHANNELS,
} from '../../contract/channels';

/** The slice of `ipcRenderer` the bridge uses; never handed to the page itself. */
export interface RendererIpc {
  invoke(channel: string, ...args: unknown[]): Promise<unknown>;
  on(channel: string, listener: (event: unknown, ...args: unknown[]) => void): unknown;
  removeListener(channel: string, listener: (event: unknown, ...args: unknown[]) => void): unknown;
}

/**
 * Builds the object the preload exposes as `window.canaryDesktop`: only functions, one
 * `invoke` per request on its fixed channel, and a menu listener that forwards nothing
 * but a known command (never the IPC event, which would leak `ipcRenderer`).
 */
export function createDesktopBridge(ipc: RendererIpc): DesktopApi {
  // Main validates every argument and types every answer from the same DesktopApi.
  const request = <K extends DesktopRequest>(name: K) =>
    ((...args: Parameters<DesktopApi[K]>) =>
      ipc.invoke(REQUEST_CHANNELS[name], ...args)) as DesktopApi[K];

  const bridge = {
    ...desktopRequests(request),
    onMenuCommand(listener: (command: MenuCommand) => void): () => void {
      if (typeof listener !== 'function') throw new TypeError('onMenuCommand needs a function');
      const forward = (_event: unknown, command: unknown): void => {
        if (isMenuCommand(command)) listener(command);
      };
      ipc.on(MENU_COMMAND_CHANNEL, forward);
      return () => {
        ipc.removeListener(MENU_COMMAND_CHANNEL, forward);
      };
    },
  } satisfies DesktopApi;
  return Object.freeze(bridge);
}
