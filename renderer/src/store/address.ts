import { useAppStore, type AppState } from './appStore';
import { reopenAttempt, type AttemptView } from './attempts';
import type { Screen } from './navigationSlice';

/**
 * The address of what the learner sees, kept in the URL's hash (`#/attempt/<id>/score`), so a
 * reload or a bookmark lands on the same screen and Back and Forward move between screens.
 * A saved attempt's Score and Replay have an address of their own; an attempt still being
 * planned or run has its scenario's address, and reopening that starts again from the brief
 * (an unsaved draft is not kept).
 */

export type Address =
  | { readonly kind: 'screen'; readonly screen: 'home' | 'history' | 'cohort' | 'mock' }
  | { readonly kind: 'attempt'; readonly id: string; readonly view: AttemptView }
  /** History with two saved attempts side by side. */
  | { readonly kind: 'compare'; readonly first: string; readonly second: string }
  | {
      readonly kind: 'scenario';
      readonly packId: string;
      readonly scenarioId: string;
      readonly screen: 'brief' | 'plan' | 'run' | 'score' | 'replay';
    };

const PLAIN_SCREENS = ['home', 'history', 'cohort', 'mock'] as const;
const SCENARIO_SCREENS = ['brief', 'plan', 'run', 'score', 'replay'] as const;

function isOneOf<T extends string>(values: readonly T[], value: string | undefined): value is T {
  return values.includes(value as T);
}

const HOME: Address = { kind: 'screen', screen: 'home' };

/** Reads a hash such as `#/attempt/abc/replay`; anything unknown is the library. */
export function parseAddress(hash: string): Address {
  const parts = hash
    .replace(/^#\/?/, '')
    .split('/')
    .filter((part) => part !== '')
    .map((part) => {
      try {
        return decodeURIComponent(part);
      } catch {
        return '';
      }
    });
  const [first, second, third, fourth] = parts;
  if (parts.length === 0) return HOME;
  if (parts.length === 1 && isOneOf(PLAIN_SCREENS, first)) return { kind: 'screen', screen: first };
  if (
    first === 'attempt' &&
    second &&
    parts.length === 3 &&
    (third === 'score' || third === 'replay')
  )
    return { kind: 'attempt', id: second, view: third };
  if (first === 'compare' && second && third && parts.length === 3 && second !== third)
    return { kind: 'compare', first: second, second: third };
  if (first === 'scenario' && second && third && isOneOf(SCENARIO_SCREENS, fourth))
    return { kind: 'scenario', packId: second, scenarioId: third, screen: fourth };
  return HOME;
}

export function formatAddress(address: Address): string {
  const path = (parts: readonly string[]) => `#/${parts.map(encodeURIComponent).join('/')}`;
  switch (address.kind) {
    case 'screen':
      return address.screen === 'home' ? '#/' : path([address.screen]);
    case 'attempt':
      return path(['attempt', address.id, address.view]);
    case 'compare':
      return path(['compare', address.first, address.second]);
    case 'scenario':
      return path(['scenario', address.packId, address.scenarioId, address.screen]);
  }
}

/** The address of the store's current place. */
export function addressOf(
  state: Pick<AppState, 'screen' | 'selected' | 'attemptId' | 'comparing'>,
): Address {
  const { screen, selected, attemptId, comparing } = state;
  const [first, second] = comparing;
  if (screen === 'history' && first && second) return { kind: 'compare', first, second };
  if (isOneOf(PLAIN_SCREENS, screen)) return { kind: 'screen', screen };
  if ((screen === 'score' || screen === 'replay') && attemptId)
    return { kind: 'attempt', id: attemptId, view: screen };
  if (!selected) return HOME;
  return {
    kind: 'scenario',
    ...selected,
    screen: screen as Exclude<Screen, (typeof PLAIN_SCREENS)[number]>,
  };
}

/**
 * Goes to an address. A saved attempt is re-simulated; a scenario address for the scenario
 * already open keeps its draft and run, and any other opens its brief (`openScenario`).
 */
export async function goToAddress(
  address: Address,
  openScenario: (ref: { packId: string; scenarioId: string }) => boolean,
): Promise<void> {
  const state = useAppStore.getState();
  switch (address.kind) {
    case 'screen':
      // Back from a comparison lands on History with nothing ticked.
      if (address.screen === 'history') state.compare([]);
      state.go(address.screen);
      return;
    case 'compare': {
      const saved = [address.first, address.second].filter((id) =>
        state.attempts.some((a) => a.id === id),
      );
      state.go('history');
      state.compare(saved.length === 2 ? saved : []);
      // After go(), which clears the notices of the screen left behind.
      if (saved.length < 2)
        state.addNotices(['One of the attempts to compare is no longer in your history.']);
      return;
    }
    case 'attempt':
      if (state.attemptId === address.id && state.attempt && state.opening === null) {
        state.go(address.view);
        return;
      }
      await reopenAttempt(address.id, address.view);
      return;
    case 'scenario': {
      const { selected } = state;
      const same =
        selected?.packId === address.packId && selected.scenarioId === address.scenarioId;
      const reachable = address.screen === 'brief' || address.screen === 'plan' || state.attempt;
      const ref = { packId: address.packId, scenarioId: address.scenarioId };
      if (same && state.draft && reachable) state.go(address.screen);
      else if (!openScenario(ref)) state.go('home');
      return;
    }
  }
}

/**
 * Mirrors the store into the address bar (a new history entry per place, so Back works) and
 * follows Back and Forward. Returns the function that stops both.
 */
export function syncAddress(
  openScenario: (ref: { packId: string; scenarioId: string }) => boolean,
): () => void {
  const unsubscribe = useAppStore.subscribe((state, previous) => {
    const next = formatAddress(addressOf(state));
    if (next === formatAddress(addressOf(previous)) || next === window.location.hash) return;
    // While an attempt is being reopened its address is already the one in the bar.
    if (state.opening !== null) return;
    window.history.pushState(null, '', next);
  });
  const onPop = () => void goToAddress(parseAddress(window.location.hash), openScenario);
  window.addEventListener('popstate', onPop);
  return () => {
    unsubscribe();
    window.removeEventListener('popstate', onPop);
  };
}
