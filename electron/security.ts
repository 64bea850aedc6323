import path from 'node:path';

/** The scheme the UI is served from, instead of file:// (Electron security checklist). */
export const APP_SCHEME = 'app';
export const APP_HOST = 'canary-coach';
export const APP_ORIGIN = `${APP_SCHEME}://${APP_HOST}`;

/** The renderer's fixed, secure settings: isolated, sandboxed, no Node. */
export function secureWebPreferences(preloadPath: string) {
  return {
    preload: preloadPath,
    contextIsolation: true,
    sandbox: true,
    nodeIntegration: false,
    nodeIntegrationInWorker: false,
    nodeIntegrationInSubFrames: false,
    webSecurity: true,
    allowRunningInsecureContent: false,
    webviewTag: false,
    experimentalFeatures: false,
    spellcheck: false,
  } as const;
}

/** True only for URLs of our own page, compared parsed, never by string prefix. */
export function isOwnPageUrl(candidate: string): boolean {
  let url: URL;
  try {
    url = new URL(candidate);
  } catch {
    return false;
  }
  return (
    url.protocol === `${APP_SCHEME}:` && url.host === APP_HOST && !url.username && !url.password
  );
}

/**
 * Maps a request on our scheme to a file inside `rootDirectory`, or null when the path
 * would escape it (`..`, encoded separators, absolute paths).
 */
export function resolveAppFile(requestUrl: string, rootDirectory: string): string | null {
  if (!isOwnPageUrl(requestUrl)) return null;
  let pathname: string;
  try {
    pathname = decodeURIComponent(new URL(requestUrl).pathname);
  } catch {
    return null;
  }
  if (pathname.includes('\0')) return null;
  const relative = pathname === '/' || pathname === '' ? 'index.html' : pathname.slice(1);
  const root = path.resolve(rootDirectory);
  const resolved = path.resolve(root, relative);
  return resolved.startsWith(root + path.sep) ? resolved : null;
}
