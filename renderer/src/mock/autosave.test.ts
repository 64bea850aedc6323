import { beforeEach, describe, expect, it, vi } from 'vitest';
import { createBrowserPlatform } from '../platform/browserPlatform';
import type { MockSessionSnapshot, Platform } from '../platform/platform';
import { resetAppStore, useAppStore } from '../store/appStore';
import { configureServices } from '../store/services';
import type { EngineClient } from '../engine/engineClient';
import { settled, writeSnapshot } from './autosave';

const snapshot = (answer: string): MockSessionSnapshot => ({
  scenarioId: 'checkout-latency',
  packId: 'builtin',
  planDraft: {},
  answer,
  remainingSeconds: 600,
  probesShown: [],
  savedAt: '2026-05-01T10:00:00.000Z',
});

function usePlatform(platform: Platform): void {
  configureServices({ platform, engine: {} as EngineClient });
}

beforeEach(() => {
  resetAppStore();
  window.localStorage.clear();
});

describe('the interview autosave', () => {
  it('tells the learner when the draft is over the size it may be saved at', async () => {
    const platform = createBrowserPlatform(window.localStorage, () => 'now');
    usePlatform(platform);
    const huge = { ...snapshot('answer'), planDraft: { notes: 'x'.repeat(1_300_000) } };
    await writeSnapshot(huge);
    expect(useAppStore.getState().notices).toEqual([
      'Your interview in progress was not saved: it would be 1.2 MB, over the limit of 1 MB.',
    ]);
    expect(await platform.loadMockSession()).toBeNull();
  });

  it('keeps going after a failed save: the next one is written', async () => {
    const platform = createBrowserPlatform(window.localStorage, () => 'now');
    vi.spyOn(platform, 'saveMockSession').mockRejectedValueOnce(new Error('quota exceeded'));
    usePlatform(platform);
    void writeSnapshot(snapshot('first'));
    await writeSnapshot(snapshot('second'));
    await settled();
    expect(useAppStore.getState().notices).toEqual([
      'Your interview in progress was not saved: quota exceeded',
    ]);
    expect(await platform.loadMockSession()).toEqual(snapshot('second'));
  });

  it('says nothing when saves succeed', async () => {
    usePlatform(createBrowserPlatform(window.localStorage, () => 'now'));
    await writeSnapshot(snapshot('fine'));
    expect(useAppStore.getState().notices).toEqual([]);
  });
});
