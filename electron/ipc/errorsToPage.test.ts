import { describe, expect, it, vi } from 'vitest';
import { REQUEST_CHANNELS } from '../../contract/channels';
import { attempt } from '../storage/testFixtures';
import { LearnerError } from '../storage/learnerError';
import type { Routes } from './ipcGuard';
import { dispatch } from './ipcGuard';

// What the page learns when a request fails in main: a sentence, never a path or a stack.

const ours = (() => {
  const mainFrame = { url: 'app://canary-coach/index.html' };
  return { senderFrame: mainFrame, sender: { mainFrame } };
})();

function routesThrowing(error: unknown): Routes {
  const saveAttempt = {
    parse: (args: readonly unknown[]) => ({ ok: true as const, value: args as never }),
    run: vi.fn(async () => {
      throw error;
    }),
  };
  return { saveAttempt } as unknown as Routes;
}

const secretPath = '/home/ada/.config/Canary Coach/data/history.json';

describe('errors from main as the page sees them', () => {
  it('turn a raw EACCES into a sentence without the absolute path', async () => {
    vi.spyOn(console, 'error').mockImplementation(() => undefined);
    const raw = Object.assign(new Error(`EACCES: permission denied, open '${secretPath}'`), {
      code: 'EACCES',
      path: secretPath,
    });
    const failure = dispatch(routesThrowing(raw), REQUEST_CHANNELS.saveAttempt, ours, [
      attempt('a'),
    ]);
    await expect(failure).rejects.toThrow(
      'Canary Coach could not save your attempt: permission was denied (EACCES).',
    );
    await failure.catch((error: Error) => {
      expect(error.message).not.toContain('/home');
      expect(error.stack ?? '').not.toContain('/home');
    });
  });

  it('say a full disk in words', async () => {
    vi.spyOn(console, 'error').mockImplementation(() => undefined);
    const full = Object.assign(new Error(`ENOSPC: no space left on device, write`), {
      code: 'ENOSPC',
    });
    await expect(
      dispatch(routesThrowing(full), REQUEST_CHANNELS.saveAttempt, ours, [attempt('a')]),
    ).rejects.toThrow('Canary Coach could not save your attempt: the disk is full (ENOSPC).');
  });

  it('pass a message written for the learner unchanged', async () => {
    const message =
      'Your interview in progress was not saved: it would be 2 MB, over the limit of 1 MB.';
    await expect(
      dispatch(routesThrowing(new LearnerError(message)), REQUEST_CHANNELS.saveAttempt, ours, [
        attempt('a'),
      ]),
    ).rejects.toThrow(message);
  });
});
