import type { StateCreator } from 'zustand';
import { DEFAULT_SETTINGS, type Settings } from '../platform/platform';
import type { AppState } from './appStore';

export type Screen =
  'home' | 'brief' | 'plan' | 'run' | 'score' | 'replay' | 'history' | 'mock' | 'cohort';

export interface SettingsSlice {
  readonly settings: Settings;
  readonly screen: Screen;
  setSettings(settings: Partial<Settings>): void;
  go(screen: Screen): void;
}

export const createSettingsSlice: StateCreator<AppState, [], [], SettingsSlice> = (set) => ({
  settings: DEFAULT_SETTINGS,
  screen: 'home',
  setSettings: (settings) => set((state) => ({ settings: { ...state.settings, ...settings } })),
  go: (screen) => set({ screen }),
});
