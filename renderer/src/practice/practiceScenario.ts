import type { ChangeKind, LoadedPack } from '../../../sim-engine/index';
import type { AttemptRecord } from '../platform/platform';
import { bestScores } from '../store/selectors';
import type { ScenarioRef } from '../store/librarySlice';
import { dailyDateOfPack } from './dailyPack';

/**
 * The library scenario to practise a change kind on: the one with the lowest best score
 * (never played counts as 0), first in library order on a tie. Daily challenges are left
 * out: their day has passed. Null when the library has none of that kind.
 */
export function scenarioForKind(
  kind: ChangeKind,
  packs: readonly LoadedPack[],
  attempts: readonly AttemptRecord[],
): (ScenarioRef & { readonly title: string }) | null {
  const best = bestScores(attempts);
  const candidates = packs
    .filter((pack) => dailyDateOfPack(pack.id) === null)
    .flatMap((pack) =>
      pack.scenarios
        .filter((scenario) => scenario.changeKind === kind)
        .map((scenario) => ({ pack, scenario })),
    );
  const [pick] = [...candidates].sort(
    (a, b) => (best.get(a.scenario.id) ?? 0) - (best.get(b.scenario.id) ?? 0),
  );
  return pick
    ? { packId: pick.pack.id, scenarioId: pick.scenario.id, title: pick.scenario.title }
    : null;
}
