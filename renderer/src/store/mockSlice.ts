import type { StateCreator } from 'zustand';
import type { CanaryReport } from '../../../sim-engine/index';
import type { AskedProbe } from '../mock/interviewProbes';
import type { AppState } from './appStore';
import type { ScenarioRef } from './navigationSlice';

/**
 * The mock interview's state: only what the interview adds (the plan draft stays in the plan
 * slice, so the plan editors work unchanged). The countdown itself is not here: it ticks in
 * `mock/mockSession.ts` and only the countdown re-renders each second.
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

export const INITIAL_MOCK: MockState = {
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

export interface MockSlice {
  readonly mock: MockState;
  setMock(change: Partial<MockState>): void;
}

export const createMockSlice: StateCreator<AppState, [], [], MockSlice> = (set) => ({
  mock: INITIAL_MOCK,
  setMock: (change) => set((state) => ({ mock: { ...state.mock, ...change } })),
});
