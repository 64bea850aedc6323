import type { StateCreator } from 'zustand';
import type { AppState } from './appStore';

/** At most this many at once: the newest stay, so a burst of imports cannot fill the screen. */
export const MAX_NOTICES = 3;

export interface NoticesSlice {
  /** Messages to read once (a corrupt file set aside, an import refused); cleared on navigation. */
  readonly notices: readonly string[];
  addNotices(notices: readonly string[]): void;
  dismissNotice(index: number): void;
}

export const createNoticesSlice: StateCreator<AppState, [], [], NoticesSlice> = (set) => ({
  notices: [],
  addNotices: (added) =>
    set((state) => {
      // The same message twice says nothing new: it moves to the end instead of piling up.
      const fresh = [...new Set(added)];
      const kept = state.notices.filter((notice) => !fresh.includes(notice));
      return { notices: [...kept, ...fresh].slice(-MAX_NOTICES) };
    }),
  dismissNotice: (index) =>
    set((state) => ({ notices: state.notices.filter((_, i) => i !== index) })),
});
