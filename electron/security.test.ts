import path from 'node:path';
import { describe, expect, it } from 'vitest';
import {
  CONTENT_SECURITY_POLICY,
  EXTERNAL_HOSTS,
  isAllowedExternalUrl,
  isOwnPageUrl,
  printWebPreferences,
  resolveAppFile,
  secureWebPreferences,
} from './security';

describe('secureWebPreferences', () => {
  it('isolates and sandboxes the page and gives it no Node', () => {
    const preferences = secureWebPreferences('/app/preload.cjs');
    expect(preferences).toMatchObject({
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      webviewTag: false,
      webSecurity: true,
    });
  });
});

describe('isOwnPageUrl', () => {
  it('accepts our own scheme and host', () => {
    expect(isOwnPageUrl('app://canary-coach/index.html')).toBe(true);
  });
  it.each([
    'https://canary-coach/index.html',
    'app://canary-coach.evil.example/',
    'app://evil@canary-coach/',
    'file:///etc/passwd',
    'not a url',
  ])('refuses %s', (url) => {
    expect(isOwnPageUrl(url)).toBe(false);
  });
});

describe('resolveAppFile', () => {
  const root = path.resolve('/srv/renderer');
  it('serves index.html for the root', () => {
    expect(resolveAppFile('app://canary-coach/', root)).toBe(path.join(root, 'index.html'));
  });
  it('serves files inside the renderer folder', () => {
    expect(resolveAppFile('app://canary-coach/assets/a.js', root)).toBe(
      path.join(root, 'assets', 'a.js'),
    );
  });
  it('keeps dot segments that URL parsing already resolved inside the folder', () => {
    expect(resolveAppFile('app://canary-coach/../secret', root)).toBe(path.join(root, 'secret'));
  });
  it.each([
    'app://canary-coach/a/%2e%2e%2f%2e%2e%2fsecret',
    'app://canary-coach/..%2f..%2fetc%2fpasswd',
    'app://evil/index.html',
  ])('refuses %s, which would leave the folder or the app', (url) => {
    expect(resolveAppFile(url, root)).toBeNull();
  });
});

const directive = (name: string) =>
  CONTENT_SECURITY_POLICY.split(';')
    .map((part) => part.trim())
    .find((part) => part.startsWith(`${name} `));

describe('CONTENT_SECURITY_POLICY', () => {
  it('allows scripts only from our own files: no inline, no eval', () => {
    expect(directive('script-src')).toBe("script-src 'self'");
    expect(CONTENT_SECURITY_POLICY).not.toContain('unsafe-inline');
    expect(CONTENT_SECURITY_POLICY).not.toContain('unsafe-eval');
  });
  it('falls back to nothing and forbids plugins, base changes, forms and framing', () => {
    expect(directive('default-src')).toBe("default-src 'none'");
    for (const name of ['object-src', 'base-uri', 'form-action', 'frame-src', 'frame-ancestors'])
      expect(directive(name)).toBe(`${name} 'none'`);
  });
});

describe('isAllowedExternalUrl', () => {
  const hosts = ['docs.example.org'];
  it('accepts an https link on a listed host', () => {
    expect(isAllowedExternalUrl('https://docs.example.org/a?b#c', hosts)).toBe(true);
  });
  it.each([
    'http://docs.example.org/',
    'https://docs.example.org:8443/',
    'https://user@docs.example.org/',
    'https://docs.example.org.evil.example/',
    'https://evil.example/?docs.example.org',
    'javascript:alert(1)',
    'file:///etc/passwd',
    'not a url',
  ])('refuses %s', (url) => {
    expect(isAllowedExternalUrl(url, hosts)).toBe(false);
  });
  it('allows no host by default', () => {
    expect(EXTERNAL_HOSTS).toEqual([]);
  });
});

describe('printWebPreferences', () => {
  it('locks the PDF window down further: no preload and no JavaScript', () => {
    const preferences = printWebPreferences();
    expect(preferences).toMatchObject({
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      javascript: false,
    });
    expect(preferences).not.toHaveProperty('preload');
  });
});
