import { pathToFileURL } from 'node:url';
import { CONTENT_SECURITY_POLICY, resolveAppFile } from '../security';

/** Fetches a file:// URL (Electron's `net.fetch` in main). */
export type FetchFile = (fileUrl: string) => Promise<Response>;

/** Headers every response of our scheme carries, errors included. */
export function securityHeaders(): Record<string, string> {
  return {
    'Content-Security-Policy': CONTENT_SECURITY_POLICY,
    'X-Content-Type-Options': 'nosniff',
    'Cross-Origin-Opener-Policy': 'same-origin',
    'Referrer-Policy': 'no-referrer',
  };
}

/**
 * The `app://` handler: serves files inside `rootDirectory` only (the path check is
 * `resolveAppFile`), read-only, with the CSP header on every response.
 */
export function createAppProtocolHandler(rootDirectory: string, fetchFile: FetchFile) {
  return async (request: Request): Promise<Response> => {
    if (request.method !== 'GET' && request.method !== 'HEAD')
      return plain(405, 'Method not allowed');
    const file = resolveAppFile(request.url, rootDirectory);
    if (file === null) return plain(404, 'Not found');
    let response: Response;
    try {
      response = await fetchFile(pathToFileURL(file).toString());
    } catch {
      return plain(404, 'Not found');
    }
    const headers = new Headers(response.headers);
    for (const [name, value] of Object.entries(securityHeaders())) headers.set(name, value);
    return new Response(response.body, { status: response.status, headers });
  };
}

function plain(status: number, text: string): Response {
  return new Response(text, {
    status,
    headers: { ...securityHeaders(), 'Content-Type': 'text/plain; charset=utf-8' },
  });
}
