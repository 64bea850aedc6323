import { create } from 'zustand';
import type { CanaryReport } from '../../../sim-engine/index';
import type { ScenarioRef } from '../store/librarySlice';
import type { AskedProbe } from './interviewProbes';

/**
 * The mock interview's UI state. It lives beside the app's store, not in it, while the app's
 * slices are still being written by others; it holds only what the interview adds (the plan
 * draft stays in the app's store so the plan editors work unchanged). The countdown itself is
 * not here: it ticks in `mockSession` and only the countdown re-renders.
 */

export type MockPhase = 'setup' | 'live' | 'scoring' | 'done' | 'failed';

export interface MockResult {
  readonly report: CanaryReport;
  /** What the auto-commit did with a draft that did not validate. */
  readonly committedNote: string;
  readonly endedBy: 'time' | 'learner';
}

export interface MockState {
  readonly phase: MockPhase;
  readonly ref: ScenarioRef | null;
  readonly strict: boolean;
  readonly paused: boolean;
  readonly limitSeconds: number;
  readonly probes: readonly AskedProbe[];
  readonly answer: string;
  /** The latest warning, shown beside the clock and announced politely. */
  readonly warning: string;
  readonly result: MockResult | null;
  readonly error: string;
}

const INITIAL: MockState = {
  phase: 'setup',
  ref: null,
  strict: true,
  paused: false,
  limitSeconds: 600,
  probes: [],
  answer: '',
  warning: '',
  result: null,
  error: '',
};

export const useMockStore = create<MockState>()(() => INITIAL);

export function resetMockStore(): void {
  useMockStore.setState(INITIAL, true);
}
