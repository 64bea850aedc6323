import type { LoadedPack } from '../../../sim-engine/index';
import type { AttemptRecord } from '../platform/platform';
import { bestScores, weakestDimension } from '../store/selectors';
import type { ScenarioRef } from '../store/librarySlice';

export interface Suggestion {
  readonly ref: ScenarioRef;
  readonly title: string;
  readonly reason: string;
}

/**
 * What to practise next: the weakest rubric dimension in history picks the kind of scenario
 * that exercises it; among those, the one with the lowest best score (unplayed counts as 0).
 */
export function practiseNext(
  packs: readonly LoadedPack[],
  attempts: readonly AttemptRecord[],
): Suggestion | null {
  const all = packs.flatMap((pack) => pack.scenarios.map((scenario) => ({ pack, scenario })));
  if (all.length === 0) return null;
  const weakest = weakestDimension(attempts);
  const best = bestScores(attempts);
  const modelFocus = weakest?.id === 'model-guard';
  const pool = all.filter(
    ({ scenario }) =>
      !modelFocus || scenario.changeKind === 'model' || scenario.changeKind === 'prompt',
  );
  const candidates = pool.length > 0 ? pool : all;
  const pick = [...candidates].sort(
    (a, b) => (best.get(a.scenario.id) ?? 0) - (best.get(b.scenario.id) ?? 0),
  )[0];
  if (!pick) return null;
  const reason = weakest
    ? `Your weakest dimension so far is ${weakest.title} (${Math.round(weakest.share * 100)} % of its points).`
    : 'You have no saved attempts yet: start with this one.';
  return {
    ref: { packId: pick.pack.id, scenarioId: pick.scenario.id },
    title: pick.scenario.title,
    reason,
  };
}
