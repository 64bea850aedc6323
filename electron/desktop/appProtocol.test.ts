import path from 'node:path';
import { describe, expect, it, vi } from 'vitest';
import { CONTENT_SECURITY_POLICY } from '../security';
import { createAppProtocolHandler } from './appProtocol';

const root = path.resolve('/srv/renderer');
const fetchFile = vi.fn(
  async () => new Response('<!doctype html>', { headers: { 'Content-Type': 'text/html' } }),
);
const handler = createAppProtocolHandler(root, fetchFile);

describe('createAppProtocolHandler', () => {
  it('serves a file inside the renderer folder with the CSP header', async () => {
    const response = await handler(new Request('app://canary-coach/index.html'));
    expect(response.status).toBe(200);
    expect(response.headers.get('Content-Security-Policy')).toBe(CONTENT_SECURITY_POLICY);
    expect(response.headers.get('Content-Type')).toBe('text/html');
    expect(fetchFile).toHaveBeenCalledWith(`file://${path.join(root, 'index.html')}`);
  });
  it('answers a path that leaves the folder with 404, still with the CSP header', async () => {
    const response = await handler(new Request('app://canary-coach/..%2f..%2fetc%2fpasswd'));
    expect(response.status).toBe(404);
    expect(response.headers.get('Content-Security-Policy')).toBe(CONTENT_SECURITY_POLICY);
  });
  it('refuses anything but reading', async () => {
    const response = await handler(
      new Request('app://canary-coach/index.html', { method: 'POST', body: 'x' }),
    );
    expect(response.status).toBe(405);
  });
});
