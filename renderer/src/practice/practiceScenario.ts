import type { ChangeKind, LoadedPack } from '../../../sim-engine/index';
import type { AttemptRecord } from '../platform/platform';
import { bestScores } from '../store/selectors';
import type { ScenarioRef } from '../store/librarySlice';
import { dailyDateOfPack } from './dailyPack';

/** A library scenario to practise on, and whether the learner has played it already. */
export type KindScenario = ScenarioRef & { readonly title: string; readonly played: boolean };

/**
 * The library scenario to practise a change kind on: one never played first, else the one with
 * the lowest best score, first in library order on a tie. Daily challenges are left out: their
 * day has passed. Null when the library has none of that kind.
 */
export function scenarioForKind(
  kind: ChangeKind,
  packs: readonly LoadedPack[],
  attempts: readonly AttemptRecord[],
): KindScenario | null {
  const best = bestScores(attempts);
  const candidates = packs
    .filter((pack) => dailyDateOfPack(pack.id) === null)
    .flatMap((pack) =>
      pack.scenarios
        .filter((scenario) => scenario.changeKind === kind)
        .map((scenario) => ({ pack, scenario })),
    );
  const [pick] = [...candidates].sort(
    (a, b) => (best.get(a.scenario.id) ?? -1) - (best.get(b.scenario.id) ?? -1),
  );
  return pick
    ? {
        packId: pick.pack.id,
        scenarioId: pick.scenario.id,
        title: pick.scenario.title,
        played: best.has(pick.scenario.id),
      }
    : null;
}
