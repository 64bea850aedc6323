import type { DesktopApi } from '../../../contract/desktopApi';

export type { DesktopApi, DesktopRequest } from '../../../contract/desktopApi';

declare global {
  interface Window {
    /** Present only inside the desktop shell. Read it only in `platform/index.ts`. */
    readonly canaryDesktop?: DesktopApi;
  }
}
