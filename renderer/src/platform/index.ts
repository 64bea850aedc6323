import { createBrowserPlatform } from './browserPlatform';
import { createDesktopPlatform } from './desktopPlatform';
import type { Platform } from './platform';

export type * from './platform';

/** The desktop Platform inside the shell (its bridge is on window), the browser's elsewhere. */
export function choosePlatform(): Platform {
  const api = window.canaryDesktop;
  return api ? createDesktopPlatform(api) : createBrowserPlatform();
}
