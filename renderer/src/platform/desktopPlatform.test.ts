import { describe, expect, it, vi } from 'vitest';
import { REQUEST_NAMES } from '../../../contract/channels';
import type { DesktopApi } from './desktopApi';
import { createDesktopPlatform } from './desktopPlatform';

describe('createDesktopPlatform', () => {
  it('passes main’s message on as the learner should read it, without Electron’s prefix', async () => {
    const message =
      'Your interview in progress was not saved: it would be 1.3 MB, over the limit of 1 MB.';
    const api = {
      saveMockSession: vi.fn(async () => {
        throw new Error(
          `Error invoking remote method 'canary:save-mock-session': Error: ${message}`,
        );
      }),
    } as unknown as DesktopApi;
    await expect(createDesktopPlatform(api).saveMockSession(null)).rejects.toThrow(
      new RegExp(`^${message.replace(/[.()]/g, '\\$&')}$`),
    );
  });

  it('answers with the bridge’s own result', async () => {
    const api = { exportHistory: vi.fn(async () => false) } as unknown as DesktopApi;
    await expect(createDesktopPlatform(api).exportHistory()).resolves.toBe(false);
  });

  it('forwards every request of the desktop API to the bridge’s function of the same name', async () => {
    const api = Object.fromEntries(
      REQUEST_NAMES.map((name) => [name, vi.fn(async (...args: unknown[]) => [name, ...args])]),
    ) as unknown as DesktopApi;
    const platform = createDesktopPlatform(api) as unknown as Record<
      string,
      (...args: unknown[]) => Promise<unknown>
    >;
    for (const name of REQUEST_NAMES)
      await expect(platform[name]?.('argument')).resolves.toEqual([name, 'argument']);
  });
});
