import path from 'node:path';

/** The scheme the UI is served from, instead of file:// (Electron security checklist). */
export const APP_SCHEME = 'app';
export const APP_HOST = 'canary-coach';
export const APP_ORIGIN = `${APP_SCHEME}://${APP_HOST}`;

// Every window's settings: isolated, sandboxed, no Node anywhere, no webviews.
const LOCKED_DOWN = {
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

/** The renderer's fixed, secure settings: isolated, sandboxed, no Node. */
export function secureWebPreferences(preloadPath: string) {
  return { preload: preloadPath, ...LOCKED_DOWN } as const;
}

/** The hidden PDF window's settings: as locked down, no preload, and no script at all. */
export function printWebPreferences() {
  return { ...LOCKED_DOWN, javascript: false } as const;
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

/**
 * The Content-Security-Policy sent with every response of our scheme (the page's meta tag
 * says the same): scripts and styles only from our own files, never inline or eval'd.
 */
export const CONTENT_SECURITY_POLICY = [
  "default-src 'none'",
  "script-src 'self'",
  "style-src 'self'",
  "img-src 'self' data: blob:",
  "font-src 'self'",
  "connect-src 'self'",
  "worker-src 'self' blob:",
  "manifest-src 'self'",
  "object-src 'none'",
  "base-uri 'none'",
  "form-action 'none'",
  "frame-src 'none'",
  "frame-ancestors 'none'",
].join('; ');

/**
 * Hosts whose links may open in the learner's browser. Empty: the app links nowhere today,
 * so no page can send the learner anywhere. Add a host here only with a reason.
 */
export const EXTERNAL_HOSTS: readonly string[] = [];

/** True for an https URL on exactly one of `hosts` (parsed, no credentials, default port). */
export function isAllowedExternalUrl(candidate: string, hosts: readonly string[]): boolean {
  let url: URL;
  try {
    url = new URL(candidate);
  } catch {
    return false;
  }
  return (
    url.protocol === 'https:' &&
    url.port === '' &&
    !url.username &&
    !url.password &&
    hosts.includes(url.hostname)
  );
}
