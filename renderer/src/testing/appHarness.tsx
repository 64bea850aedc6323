import { cleanup, render } from '@testing-library/react';
import { gradeAnswer } from '../../../sim-engine/grader';
import { createEngineClient } from '../engine/engineClient';
import { App } from '../App';
import { createBrowserPlatform } from '../platform/browserPlatform';
import { commitDraft, initApp, openScenario, runAttempt } from '../store/actions';
import { resetAppStore, useAppStore } from '../store/appStore';
import { configureServices } from '../store/services';

/**
 * The whole app over jsdom's local storage and the in-thread engine (jsdom has no Worker); the
 * grader, which the app keeps in its own worker, grades in the thread here.
 */
export async function renderApp() {
  const platform = createBrowserPlatform(window.localStorage, () => '2026-01-01T00:00:00.000Z');
  configureServices({ platform, engine: createEngineClient({ gradeInThread: gradeAnswer }) });
  await initApp();
  return { platform, ...render(<App />) };
}

/** The first built-in scenario, opened on a fixed seed. */
export function openFirstScenario(seed = 7) {
  const pack = useAppStore.getState().packs[0];
  const scenario = pack?.scenarios[0];
  if (!pack || !scenario) throw new Error('The library is empty.');
  openScenario({ packId: pack.id, scenarioId: scenario.id }, seed);
  return scenario;
}

/** Opens a scenario by id in the built-in library. */
export function openScenarioById(id: string, seed = 7) {
  const pack = useAppStore.getState().packs.find((p) => p.scenarios.some((s) => s.id === id));
  if (!pack) throw new Error(`No built-in scenario ${id}.`);
  openScenario({ packId: pack.id, scenarioId: id }, seed);
}

/** Commits the opening draft as it stands and runs it on the in-thread engine. */
export async function runOpeningDraft(scenarioId = 'storage-migration-under-load') {
  openScenarioById(scenarioId);
  if (!commitDraft()) throw new Error('The opening draft does not validate.');
  useAppStore.getState().go('run');
  await runAttempt([]);
  const { attempt } = useAppStore.getState();
  if (!attempt) throw new Error(`The run failed: ${useAppStore.getState().runError}`);
  return attempt;
}

/**
 * A reload: the window's React tree and store go, the saved data (local storage) and the
 * address stay, and the app starts again at `address`.
 */
export async function reloadApp(address: string) {
  cleanup();
  resetAppStore();
  window.history.replaceState(null, '', `/${address}`);
  return renderApp();
}
