import type { StateCreator } from 'zustand';
import { DEFAULT_SETTINGS, type Settings } from '../platform/platform';
import type { AppState } from './appStore';

/** The learner's settings as stored by the Platform; every change is saved (`actions.ts`). */
export interface SettingsSlice {
  readonly settings: Settings;
  setSettings(settings: Partial<Settings>): void;
  /** The one playback speed (simulated minutes per second), kept across restarts. */
  setSpeed(speed: number): void;
}

export const createSettingsSlice: StateCreator<AppState, [], [], SettingsSlice> = (set) => ({
  settings: DEFAULT_SETTINGS,
  setSettings: (settings) => set((state) => ({ settings: { ...state.settings, ...settings } })),
  setSpeed: (playbackSpeed) => set((state) => ({ settings: { ...state.settings, playbackSpeed } })),
});
