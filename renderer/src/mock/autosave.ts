import type { MockSessionSnapshot } from '../platform/platform';
import { useAppStore } from '../store/appStore';
import { services } from '../store/services';

/**
 * Writes interview snapshots one after another through the Platform (which makes each write
 * atomic), so a slow save can never land after a newer one — or after the clear at the end.
 */
let queue: Promise<void> = Promise.resolve();

export function writeSnapshot(snapshot: MockSessionSnapshot | null): Promise<void> {
  queue = queue
    .then(() => services().platform.saveMockSession(snapshot))
    // A failed autosave must not stop the interview (the next one tries again), but the
    // learner is told why, e.g. an answer over the size the draft file may hold.
    .catch((error: unknown) => {
      const reason = error instanceof Error ? error.message : String(error);
      // Both platforms' refusals already say what was not saved; anything else gets that said.
      const notice = /not saved|could not save/i.test(reason)
        ? reason
        : `Your interview in progress was not saved: ${reason}`;
      useAppStore.getState().addNotices([notice]);
    });
  return queue;
}

/** Waits for every write asked for so far (tests, and the end of an interview). */
export function settled(): Promise<void> {
  return queue;
}

/** The saved interview, if any, for the resume offer. */
export async function readSnapshot(): Promise<MockSessionSnapshot | null> {
  try {
    return await services().platform.loadMockSession();
  } catch {
    return null;
  }
}

/** A debounced call: many changes in quick succession make one write. */
export function debounced(run: () => void, delayMs: number) {
  let timer: ReturnType<typeof setTimeout> | null = null;
  return {
    schedule() {
      if (timer !== null) clearTimeout(timer);
      timer = setTimeout(() => {
        timer = null;
        run();
      }, delayMs);
    },
    cancel() {
      if (timer !== null) clearTimeout(timer);
      timer = null;
    },
  };
}
