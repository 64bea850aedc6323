import { describe, expect, it, vi } from 'vitest';
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
});
