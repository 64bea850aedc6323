import type { CanaryReport, ThresholdOverride } from '../../../sim-engine/index';
import type { ScoredAttempt } from '../engine/scoringApi';
import { restoreGeneratedPack } from '../practice/restoreGenerated';
import { useAppStore } from './appStore';
import { selectScenario } from './selectors';
import { services } from './services';

/**
 * Saved attempts reopened from History or from their address. A saved report keeps the score,
 * the debrief and the comparison strip, but not the run's per-interval series (they would make
 * every history entry megabytes): the run is simulated again from the scenario, plan, seed and
 * overrides — the engine is deterministic, so it is the run that was scored.
 */

const get = useAppStore.getState;

export type AttemptView = 'score' | 'replay';

/** The overrides of a run, read back from its events (each is applied at the minute it says). */
export function overridesOf(report: CanaryReport): ThresholdOverride[] {
  return report.events.flatMap((event) =>
    event.type === 'override'
      ? [{ atMinute: event.minute, thresholdIndex: event.thresholdIndex, limit: event.limit }]
      : [],
  );
}

/** A scored attempt from a saved report and its run simulated again. */
export function attemptFromReport(report: CanaryReport, run: ScoredAttempt['run']): ScoredAttempt {
  return {
    run,
    score: report.score,
    counterfactuals: [...report.counterfactuals],
    narrative: [...report.narrative],
    hintsUsed: report.hintsUsed,
  };
}

/** True when today's engine tells the same story as the one that saved the report. */
export function sameOutcome(report: CanaryReport, run: ScoredAttempt['run']): boolean {
  return JSON.stringify(report.outcome) === JSON.stringify(run.outcome);
}

function fail(message: string): false {
  const state = get();
  state.setOpening(null);
  state.go('history');
  state.addNotices([message]);
  return false;
}

/**
 * Opens a saved attempt's Score or Replay: selects its scenario, re-simulates its run, and puts
 * it where a fresh run would be. False (with a notice, on History) when it cannot.
 */
export async function reopenAttempt(id: string, view: AttemptView): Promise<boolean> {
  const record = get().attempts.find((a) => a.id === id);
  if (!record)
    return fail('That attempt is not in your history (it may have been saved elsewhere).');
  const { report } = record;
  const state = get();
  state.setOpening(id);
  state.selectScenario({ packId: report.packId, scenarioId: report.scenarioId });
  // Generated packs live only for the session: after a reload the daily challenge is drawn again
  // from its date, a practice set from its request.
  if (!selectScenario(get()) && (await restoreGeneratedPack(record))) {
    get().selectScenario({ packId: report.packId, scenarioId: report.scenarioId });
  }
  const scenario = selectScenario(get());
  if (!scenario) {
    return fail(
      `“${report.scenarioTitle}” is no longer in your library (pack ${report.packId}), so this attempt cannot be replayed. Its report can still be exported.`,
    );
  }
  try {
    const run = await services().engine.rerun({
      scenario,
      plan: report.plan,
      seed: report.seed,
      overrides: overridesOf(report),
    });
    // Another attempt was opened meanwhile: that one wins.
    if (get().opening !== id) return false;
    const now = get();
    now.clearRun();
    now.clearHints();
    now.startDraft(null, report.seed);
    now.commitPlan(report.plan);
    now.runFinished(attemptFromReport(report, run), overridesOf(report));
    now.showAttempt(id);
    now.setOpening(null);
    now.go(view);
    if (!sameOutcome(report, run)) {
      now.addNotices([
        `This attempt was saved by engine ${report.engineVersion}; its replay is simulated by today’s engine and differs from the saved outcome. The score shown is the one saved.`,
      ]);
    }
    return true;
  } catch (error) {
    return fail(
      `The attempt could not be replayed: ${error instanceof Error ? error.message : String(error)}`,
    );
  }
}
