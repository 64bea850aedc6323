import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { isOwnPageUrl, resolveAppFile, secureWebPreferences } from './security';

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
