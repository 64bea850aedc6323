import { describe, expect, it } from 'vitest';
import { createBrowserPlatform } from './browserPlatform';

describe('createBrowserPlatform', () => {
  it('validates a pack text and reports its issues with their JSON paths', async () => {
    const platform = createBrowserPlatform(window.localStorage);
    const result = await platform.readPackText?.('bad.json', '{"format":"canary-pack/1"}');
    expect(result?.status).toBe('invalid');
    if (result?.status === 'invalid') expect(result.issues[0]?.path).toMatch(/^\$/);
  });

  it('keeps settings across a restart', async () => {
    await createBrowserPlatform(window.localStorage).saveSettings({
      theme: 'dark',
      playbackSpeed: 360,
      learnerName: 'Ada',
    });
    expect((await createBrowserPlatform(window.localStorage).loadSettings()).theme).toBe('dark');
  });

  it('cannot write a PDF in a browser and says so by returning false', async () => {
    const platform = createBrowserPlatform(window.localStorage);
    expect(await platform.exportReport({} as never, 'pdf')).toBe(false);
  });
});
