import type { Session, WebContents } from 'electron';
import { isAllowedExternalUrl, isOwnPageUrl } from '../security';

/** Opens an allowed link in the learner's browser (`shell.openExternal`). */
export type OpenExternal = (url: string) => void;

interface PreventableNavigation {
  preventDefault(): void;
  readonly url: string;
}

/**
 * Denies every way a page could leave our app or grow: navigation and redirects away
 * from our own page, new windows, webviews. An allowed https link opens in the browser.
 */
export function guardWebContents(
  contents: Pick<WebContents, 'on' | 'setWindowOpenHandler'>,
  openExternal: OpenExternal,
  externalHosts: readonly string[],
): void {
  const openIfAllowed = (url: string): void => {
    if (isAllowedExternalUrl(url, externalHosts)) openExternal(url);
  };
  const stayHome = (event: PreventableNavigation): void => {
    if (isOwnPageUrl(event.url)) return;
    event.preventDefault();
    openIfAllowed(event.url);
  };
  const refuseForeign = (event: PreventableNavigation): void => {
    if (!isOwnPageUrl(event.url)) event.preventDefault();
  };
  contents.on('will-navigate', stayHome);
  // Also fires for the main frame, after will-navigate: refuse only, so a link opens once.
  contents.on('will-frame-navigate', refuseForeign);
  contents.on('will-redirect', refuseForeign);
  contents.on('will-attach-webview', (event) => event.preventDefault());
  contents.setWindowOpenHandler(({ url }) => {
    openIfAllowed(url);
    return { action: 'deny' };
  });
}

/** Refuses every permission request and check (camera, notifications, clipboard, …). */
export function denyPermissions(
  session: Pick<Session, 'setPermissionRequestHandler' | 'setPermissionCheckHandler'>,
): void {
  session.setPermissionRequestHandler((_contents, _permission, callback) => callback(false));
  session.setPermissionCheckHandler(() => false);
}
