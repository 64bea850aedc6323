import type { Scenario } from '../../../sim-engine/index';
import type { MockSessionSnapshot } from '../platform/platform';
import { openScenario } from '../store/actions';
import { useAppStore } from '../store/appStore';
import type { MockState } from '../store/mockSlice';
import type { ScenarioRef } from '../store/navigationSlice';
import { selectScenario } from '../store/selectors';
import { services } from '../store/services';
import { debounced, writeSnapshot } from './autosave';
import { commitAsItStands, describeFilled } from './commitAsItStands';
import * as clockFns from './interviewClock';
import { askedFromIds, probesDue, type AskedProbe } from './interviewProbes';
import { draftLacks } from './probeTriggers';
import { scoreMock } from './scoreMock';
import { sessionSeconds } from './sessionLength';
import { parseSnapshotDraft } from './snapshotDraft';

/**
 * The running interview: its clock, the 1 Hz tick that gives warnings and asks probes, the
 * autosave, and the end (auto-commit at zero). It lives outside React so only the countdown
 * re-renders each second. Time is read from `Date.now`, which tests replace with fake timers.
 */

const TICK_MS = 1000;
const AUTOSAVE_MS = 5000;
const CHANGE_SAVE_MS = 800;

interface Live {
  readonly ref: ScenarioRef;
  readonly scenario: Scenario;
  clock: clockFns.ClockState;
  readonly warnings: readonly clockFns.ClockWarning[];
  lastRemaining: number;
  evaluatedThrough: number;
  readonly timers: ReturnType<typeof setInterval>[];
  readonly stop: (() => void)[];
}

let live: Live | null = null;
let remainingNow = 0;
const tickListeners = new Set<() => void>();
const saveSoon = debounced(() => void saveNow(), CHANGE_SAVE_MS);

/** For the countdown (`useSyncExternalStore`): seconds left, changing at most once a second. */
export function subscribeCountdown(listener: () => void): () => void {
  tickListeners.add(listener);
  return () => tickListeners.delete(listener);
}
export const remainingSecondsNow = (): number => remainingNow;

function setMock(change: Partial<MockState>): void {
  useAppStore.getState().setMock(change);
}

function snapshotOf(session: Live): MockSessionSnapshot | null {
  const app = useAppStore.getState();
  if (app.selected?.scenarioId !== session.ref.scenarioId || !app.draft) return null;
  const mock = useAppStore.getState().mock;
  return {
    scenarioId: session.ref.scenarioId,
    packId: session.ref.packId,
    planDraft: app.draft,
    answer: mock.answer,
    remainingSeconds: clockFns.remainingSeconds(session.clock, Date.now()),
    probesShown: mock.probes.map((p) => p.id),
    savedAt: new Date().toISOString(),
  };
}

/** Saves the interview now; if another scenario was opened over it, suspends it instead. */
export function saveNow(): Promise<void> {
  if (!live) return Promise.resolve();
  const snapshot = snapshotOf(live);
  if (!snapshot) {
    suspendMock();
    return Promise.resolve();
  }
  return writeSnapshot(snapshot);
}

function askProbes(session: Live, used: number): void {
  const app = useAppStore.getState();
  const mock = useAppStore.getState().mock;
  const draft = app.draft;
  const asked = probesDue(session.scenario.probes, {
    limitSeconds: mock.limitSeconds,
    mockMinutes: session.scenario.mockMinutes,
    afterSecond: session.evaluatedThrough,
    throughSecond: used,
    askedIds: mock.probes.map((p) => p.id),
    lacks: (trigger) => draft !== null && draftLacks(trigger, draft, session.scenario),
  });
  session.evaluatedThrough = Math.max(session.evaluatedThrough, used);
  if (asked.length === 0) return;
  setMock({ probes: [...mock.probes, ...asked] });
  saveSoon.schedule();
}

function tick(): void {
  const session = live;
  if (!session) return;
  const now = Date.now();
  const remaining = clockFns.remainingSeconds(session.clock, now);
  const crossed = clockFns.warningsCrossed(session.warnings, session.lastRemaining, remaining);
  session.lastRemaining = remaining;
  const last = crossed.at(-1);
  if (last && remaining > 0) setMock({ warning: last.text });
  askProbes(session, clockFns.usedSeconds(session.clock, now));
  remainingNow = remaining;
  tickListeners.forEach((listener) => listener());
  if (remaining <= 0) void finishMock('time');
}

function begin(ref: ScenarioRef, scenario: Scenario, used: number, probes: AskedProbe[]): void {
  const { limitSeconds, strict } = useAppStore.getState().mock;
  // The grader's worker reads its language model now, so the answer is graded without a wait.
  services().engine.prepareGrading();
  const clock = clockFns.startClock(clockFns.createClock(limitSeconds, used, strict), Date.now());
  const remaining = clockFns.remainingSeconds(clock, Date.now());
  const session: Live = {
    ref,
    scenario,
    clock,
    warnings: clockFns.warningsFor(limitSeconds),
    lastRemaining: remaining,
    evaluatedThrough: used - 1,
    timers: [setInterval(tick, TICK_MS), setInterval(() => void saveNow(), AUTOSAVE_MS)],
    stop: [],
  };
  live = session;
  remainingNow = remaining;
  const onHide = () => void saveNow();
  window.addEventListener('pagehide', onHide);
  session.stop.push(() => window.removeEventListener('pagehide', onHide));
  session.stop.push(
    useAppStore.subscribe((s, prev) => s.draft !== prev.draft && saveSoon.schedule()),
  );
  setMock({ phase: 'live', ref, probes, paused: false, warning: '', result: null });
  tick();
  void saveNow();
}

function teardown(): Live | null {
  const session = live;
  if (!session) return null;
  session.timers.forEach((timer) => clearInterval(timer));
  session.stop.forEach((stop) => stop());
  saveSoon.cancel();
  session.clock = clockFns.stopClock(session.clock, Date.now());
  live = null;
  return session;
}

/** Starts a fresh interview on a scenario, with the app's opening draft. */
export function startMock(ref: ScenarioRef, strict: boolean): void {
  teardown();
  if (!openScenario(ref)) return;
  const scenario = selectScenario(useAppStore.getState());
  if (!scenario) return;
  const limitSeconds = sessionSeconds(scenario.mockMinutes);
  setMock({ strict, limitSeconds, answer: '', error: '' });
  useAppStore.getState().go('mock');
  begin(ref, scenario, 0, []);
}

/** Resumes a saved interview with its draft, answer and remaining time; false if it cannot. */
export function resumeMock(snapshot: MockSessionSnapshot, strict: boolean): boolean {
  teardown();
  const ref = { packId: snapshot.packId, scenarioId: snapshot.scenarioId };
  openScenario(ref);
  const app = useAppStore.getState();
  const scenario = selectScenario(app);
  const draft = parseSnapshotDraft(snapshot.planDraft);
  if (!scenario || !draft) return false;
  app.startDraft(draft, app.seed);
  const limitSeconds = sessionSeconds(scenario.mockMinutes);
  const used = Math.max(0, limitSeconds - snapshot.remainingSeconds);
  const probes = askedFromIds(
    snapshot.probesShown,
    scenario.probes,
    limitSeconds,
    scenario.mockMinutes,
  );
  setMock({ strict, limitSeconds, answer: snapshot.answer, error: '' });
  app.go('mock');
  begin(ref, scenario, used, probes);
  return true;
}

export function setAnswer(answer: string): void {
  setMock({ answer });
  if (live) saveSoon.schedule();
}

/** Pauses (practice variant only: strict mode cannot pause) or continues the clock. */
export function setPaused(paused: boolean): void {
  const session = live;
  if (!session) return;
  const now = Date.now();
  session.clock = paused
    ? clockFns.pauseClock(session.clock, now)
    : clockFns.startClock(session.clock, now);
  setMock({ paused: !clockFns.isRunning(session.clock) });
  void saveNow();
}

/** Closes the interview without ending it (another scenario was opened): it stays resumable. */
export function suspendMock(): void {
  if (teardown()) setMock({ phase: 'setup' });
}

/** Ends the interview: commits the plan as it stands, grades, runs and scores it. */
export async function finishMock(endedBy: 'time' | 'learner'): Promise<void> {
  const mock = useAppStore.getState().mock;
  const session = teardown();
  if (!session) return;
  const used = clockFns.usedSeconds(session.clock, Date.now());
  const draft = useAppStore.getState().draft;
  if (!draft) return;
  const committed = commitAsItStands(draft, session.scenario);
  setMock({ phase: 'scoring', warning: endedBy === 'time' ? 'Time is up.' : '' });
  await writeSnapshot(null);
  const transcript = {
    limitMinutes: mock.limitSeconds / 60,
    usedSeconds: used,
    probes: mock.probes.map(({ atSecond, text }) => ({ atSecond, text })),
    answer: mock.answer,
  };
  try {
    const report = await scoreMock(session.scenario, committed.plan, transcript);
    const committedNote = describeFilled(committed);
    setMock({ phase: 'done', result: { report, committedNote, endedBy } });
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    setMock({ phase: 'failed', error: message });
  }
}

/** Drops a saved interview the learner chose not to resume. */
export function discardSaved(): Promise<void> {
  return writeSnapshot(null);
}

/** Tests: stop any interview left running, without saving. */
export function stopForTests(): void {
  teardown();
  remainingNow = 0;
}
