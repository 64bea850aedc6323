import type { DesktopApi, DesktopRequest } from '../../../contract/desktopApi';
import { desktopRequests } from '../../../contract/channels';
import type { Platform } from './platform';

/** Electron's wrapping of an error from main: "Error invoking remote method 'x': Error: …". */
const IPC_PREFIX = /^Error invoking remote method '[^']*': (?:[A-Za-z]*Error: )?/;

/** The message main wrote for the learner, without Electron's technical prefix. */
export function plainMessage(error: unknown): string {
  const message = error instanceof Error ? error.message : String(error);
  return message.replace(IPC_PREFIX, '');
}

/**
 * The Platform inside the desktop shell: the preload bridge itself, each request passing on
 * main's message as the learner should read it. Main validates every argument again.
 */
export function createDesktopPlatform(api: DesktopApi): Platform {
  const request = <K extends DesktopRequest>(name: K) =>
    (async (...args: Parameters<DesktopApi[K]>) => {
      try {
        return await (api[name] as (...a: Parameters<DesktopApi[K]>) => ReturnType<DesktopApi[K]>)(
          ...args,
        );
      } catch (error) {
        throw new Error(plainMessage(error), { cause: error });
      }
    }) as DesktopApi[K];
  return {
    kind: 'desktop',
    ...desktopRequests(request),
    onMenuCommand: (listener) => api.onMenuCommand(listener),
  };
}
