import { useEffect, useState } from 'react';
import { simulate } from '../../../sim-engine/index';
import type { RunResult, Scenario, ThresholdOverride } from '../../../sim-engine/index';

/** The overrides a run applied, read back from its events (each applies at its event's minute). */
function overridesOf(run: RunResult): ThresholdOverride[] {
  return run.events.flatMap((e) =>
    e.type === 'override'
      ? [{ atMinute: e.minute, thresholdIndex: e.thresholdIndex, limit: e.limit }]
      : [],
  );
}

/**
 * The same run with the new version's readings kept after full rollout, so its lines go on.
 * The engine skips those draws by default (nothing is compared then); the run is played again
 * after the first paint — deterministic, so it is the same run — and used only if its outcome
 * matches (a saved attempt from an older engine would not: then the recorded run stays).
 */
export function useRecordedRun(run: RunResult, scenario: Scenario | null): RunResult {
  const [extended, setExtended] = useState<{ from: RunResult; run: RunResult } | null>(null);
  const needed = run.outcome.reachedFullRollout && scenario !== null;
  useEffect(() => {
    if (!needed || !scenario) return;
    const timer = setTimeout(() => {
      const again = simulate(scenario, run.plan, {
        seed: run.seed,
        overrides: overridesOf(run),
        recordAfterFullRollout: true,
      });
      if (JSON.stringify(again.outcome) === JSON.stringify(run.outcome)) {
        setExtended({ from: run, run: again });
        performance.mark('run-lines-extended');
      }
    }, 0);
    return () => clearTimeout(timer);
  }, [needed, scenario, run]);
  return extended?.from === run ? extended.run : run;
}
