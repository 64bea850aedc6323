import { useAppStore } from '../store/appStore';
import type { MockState } from '../store/mockSlice';

/**
 * The mock interview's state lives in the app's one store (`store/mockSlice.ts`); this is the
 * narrow read the interview's components use, so each re-renders only on what it selects.
 */
export type { MockPhase, MockResult, MockState } from '../store/mockSlice';

export function useMockStore<T>(selector: (mock: MockState) => T): T {
  return useAppStore((state) => selector(state.mock));
}
