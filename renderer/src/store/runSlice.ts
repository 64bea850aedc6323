import type { StateCreator } from 'zustand';
import type { Counterfactual, ThresholdOverride } from '../../../sim-engine/index';
import type { ScoredAttempt } from '../engine/scoringApi';
import type { AppState } from './appStore';

export type RunStatus = 'idle' | 'running' | 'ready' | 'failed';

export interface RunSlice {
  readonly runStatus: RunStatus;
  readonly runStep: string;
  readonly runError: string;
  readonly attempt: ScoredAttempt | null;
  readonly overrides: readonly ThresholdOverride[];
  /** Playback: the minute last committed to React (the loop itself ticks in a ref). */
  readonly playing: boolean;
  readonly playbackMinute: number;
  /** Replay: where the timeline cursor stands. */
  readonly replayMinute: number;
  readonly edited: Counterfactual | null;
  runStarted(step: string): void;
  runFinished(attempt: ScoredAttempt, overrides: readonly ThresholdOverride[]): void;
  runFailed(message: string): void;
  setPlaying(playing: boolean): void;
  setPlaybackMinute(minute: number): void;
  setReplayMinute(minute: number): void;
  setEdited(counterfactual: Counterfactual | null): void;
  /** Back to no attempt: a new scenario starts clean. */
  clearRun(): void;
}

export const createRunSlice: StateCreator<AppState, [], [], RunSlice> = (set) => ({
  runStatus: 'idle',
  runStep: '',
  runError: '',
  attempt: null,
  overrides: [],
  playing: false,
  playbackMinute: 0,
  replayMinute: 0,
  edited: null,
  runStarted: (runStep) => set({ runStatus: 'running', runStep, runError: '' }),
  runFinished: (attempt, overrides) =>
    set({
      runStatus: 'ready',
      runStep: '',
      attempt,
      overrides,
      // A new run starts without an edited copy: the copy is made from the plan it ran.
      edited: null,
      editedDraft: null,
      playing: false,
      playbackMinute: 0,
      replayMinute: 0,
    }),
  runFailed: (runError) => set({ runStatus: 'failed', runError }),
  setPlaying: (playing) => set({ playing }),
  setPlaybackMinute: (playbackMinute) => set({ playbackMinute }),
  setReplayMinute: (replayMinute) => set({ replayMinute }),
  setEdited: (edited) => set({ edited }),
  clearRun: () =>
    set({
      runStatus: 'idle',
      runStep: '',
      runError: '',
      attempt: null,
      overrides: [],
      playing: false,
      playbackMinute: 0,
      replayMinute: 0,
      edited: null,
      editedDraft: null,
    }),
});
