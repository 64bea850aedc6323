import { buildReport, loadPackText } from '../../../sim-engine/index';
import type { LoadedPack, Plan } from '../../../sim-engine/index';
import { loadBuiltInLibrary } from '../engine/library';
import type { ExportFormat, Settings } from '../platform/platform';
import { initialDraft } from '../plan/planDraft';
import { markAttemptOpened, practiceFields } from '../practice/attemptFields';
import { validateDraft } from '../plan/validateDraft';
import { useAppStore } from './appStore';
import { addressOf, formatAddress, goToAddress, parseAddress } from './address';
import type { ScenarioRef } from './navigationSlice';
import { findPack, selectReferencePlans, selectScenario } from './selectors';
import { services } from './services';

/** The app's actions that reach the engine or the Platform; plain functions over the store. */

const get = useAppStore.getState;

function newSeed(): number {
  const [value = 1] = crypto.getRandomValues(new Uint32Array(1));
  return (value % 999_999) + 1;
}

function newId(): string {
  return crypto.randomUUID();
}

async function importedPacks(): Promise<{ packs: LoadedPack[]; notices: string[] }> {
  const stored = await services().platform.listPacks();
  const packs: LoadedPack[] = [];
  const notices: string[] = [];
  for (const pack of stored) {
    const loaded = loadPackText(pack.text);
    if (loaded.ok) packs.push(loaded.value);
    else notices.push(`The imported pack "${pack.title}" no longer validates and was not loaded.`);
  }
  return { packs, notices };
}

let stopSavingSettings: (() => void) | null = null;
let settingsSaved: Promise<void> = Promise.resolve();

/** Every change of the settings (theme, playback speed, name) is saved through the Platform. */
function saveSettingsOnChange(): void {
  stopSavingSettings?.();
  stopSavingSettings = useAppStore.subscribe((state, previous) => {
    if (state.settings === previous.settings) return;
    const { settings } = state;
    settingsSaved = settingsSaved
      .then(() => services().platform.saveSettings(settings))
      // A failed save must not stop the app; the next change tries again.
      .catch(() => get().addNotices(['Your settings could not be saved.']));
  });
}

/**
 * Loads the library, saved packs, history and settings, then opens the address the app was
 * started on (`startAddress`, read before anything renders: a saved attempt's Score or Replay
 * survives a reload).
 */
export async function initApp(startAddress = window.location.hash): Promise<void> {
  const { platform } = services();
  const [imported, attempts, settings, startup] = await Promise.all([
    importedPacks(),
    platform.listAttempts(),
    platform.loadSettings(),
    platform.startupNotices(),
  ]);
  const state = get();
  state.setPacks([loadBuiltInLibrary()], imported.packs);
  state.setAttempts(attempts);
  state.setSettings(settings);
  saveSettingsOnChange();
  const start = parseAddress(startAddress);
  // An interview is never live after a start: the library offers to resume a saved one.
  const mock = start.kind === 'screen' && start.screen === 'mock';
  await goToAddress(mock ? { kind: 'screen', screen: 'home' } : start, openScenario);
  // The bar now names where the app actually opened (an unknown address became the library).
  window.history.replaceState(null, '', formatAddress(addressOf(get())));
  get().addNotices([...startup, ...imported.notices]);
}

/** Starts a new attempt on a scenario at its brief; false when the library has no such scenario. */
export function openScenario(ref: ScenarioRef, seed: number = newSeed()): boolean {
  const state = get();
  const scenario = selectScenario({ packs: state.packs, selected: ref });
  if (!scenario) return false;
  state.selectScenario(ref);
  markAttemptOpened();
  state.clearHints();
  state.clearRun();
  state.showAttempt(null);
  const draft = initialDraft(scenario);
  state.startDraft(draft, seed);
  state.go('brief');
  const { plan } = validateDraft(draft, scenario);
  if (plan) services().engine.warmUp({ scenario, plan, seed });
  return true;
}

/** Locks the plan when it is valid; returns whether it was. */
export function commitDraft(): boolean {
  const state = get();
  const scenario = selectScenario(state);
  if (!state.draft || !scenario) return false;
  const { plan } = validateDraft(state.draft, scenario);
  if (!plan) return false;
  state.commitPlan(plan);
  return true;
}

async function saveAttempt(id: string): Promise<void> {
  const state = get();
  const scenario = selectScenario(state);
  const pack = findPack(state);
  if (!state.attempt || !scenario || !pack) return;
  const savedAt = new Date().toISOString();
  const learner = state.settings.learnerName.trim();
  const report = buildReport(state.attempt, scenario, {
    packId: pack.id,
    packVersion: pack.version,
    mode: 'practice',
    createdAt: savedAt,
    ...(learner ? { learner } : {}),
  });
  const record = { id, savedAt, report, ...practiceFields(scenario, pack) };
  await services().platform.saveAttempt(record);
  get().putAttempt(record);
  get().showAttempt(id);
}

/** Simulates and scores the committed plan off the UI thread, then saves the attempt. */
export async function runAttempt(
  overrides = get().overrides,
  attemptId: string = newId(),
): Promise<void> {
  const state = get();
  const scenario = selectScenario(state);
  const plan = state.committedPlan;
  if (!scenario || !plan) return;
  performance.mark('run-start');
  state.runStarted('Simulating the rollout and scoring it');
  try {
    const attempt = await services().engine.score(
      {
        scenario,
        plan,
        seed: state.seed,
        referencePlans: selectReferencePlans(state),
        overrides,
        // A reopened attempt keeps the hints it was scored with (its plan is already committed).
        hintsUsed: Math.max(state.hintsShown.length, state.attempt?.hintsUsed ?? 0),
      },
      (step) => get().runStarted(step),
    );
    performance.mark('run-scored');
    get().runFinished(attempt, overrides);
    await saveAttempt(attemptId);
  } catch (error) {
    get().runFailed(error instanceof Error ? error.message : String(error));
  }
}

/**
 * The attempt an override re-scores into. It is scored as practice, so it may replace the
 * practice attempt it revises, but never a mock interview's report (its Communication score
 * and transcript would be lost): after a mock it starts a new attempt.
 */
function overrideAttemptId(state: ReturnType<typeof get>): string {
  const last = state.attempts.find((a) => a.id === state.attemptId);
  return last?.report.mode === 'practice' ? last.id : newId();
}

/** A recorded mid-run change of one limit: the same seed is replayed with it, and it costs points. */
export async function recordOverride(thresholdIndex: number, limit: number): Promise<void> {
  const state = get();
  const atMinute = Math.round(state.playbackMinute);
  const overrides = [...state.overrides, { atMinute, thresholdIndex, limit }];
  await runAttempt(overrides, overrideAttemptId(state));
  get().setPlaybackMinute(atMinute);
}

export async function tryEditedPlan(plan: Plan): Promise<void> {
  const state = get();
  const scenario = selectScenario(state);
  if (!state.attempt || !scenario) return;
  get().setEdited(await services().engine.replayEdited(state.attempt, scenario, plan));
}

/**
 * Exports a saved attempt's report; false when the platform could not (PDF in a browser). A
 * report saved before the learner gave their name is exported with it, so an instructor's
 * cohort shows who it is.
 */
export async function exportAttempt(id: string, format: ExportFormat): Promise<boolean> {
  const record = get().attempts.find((a) => a.id === id);
  if (!record) return false;
  const name = get().settings.learnerName.trim();
  const report =
    record.report.learner || !name ? record.report : { ...record.report, learner: name };
  return services().platform.exportReport(report, format);
}

/** Reads the imported packs again, after one was stored or replaced. */
export async function reloadPacks(): Promise<void> {
  const imported = await importedPacks();
  get().setPacks([loadBuiltInLibrary()], imported.packs);
}

/** Changes settings; resolves once they are saved. */
export async function changeSettings(change: Partial<Settings>): Promise<void> {
  get().setSettings(change);
  await settingsSaved;
}
