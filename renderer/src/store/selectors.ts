import type { LoadedPack, Scenario } from '../../../sim-engine/index';
import type { ReferencePlanSet } from '../engine/scoringApi';
import type { AttemptRecord } from '../platform/platform';
import type { AppState } from './appStore';

/** Derived data: computed from the store on demand, never stored beside what it derives from. */

export function findPack(state: Pick<AppState, 'packs' | 'selected'>): LoadedPack | null {
  const { selected } = state;
  return selected ? (state.packs.find((pack) => pack.id === selected.packId) ?? null) : null;
}

export function selectScenario(state: Pick<AppState, 'packs' | 'selected'>): Scenario | null {
  const pack = findPack(state);
  const id = state.selected?.scenarioId;
  return pack?.scenarios.find((scenario) => scenario.id === id) ?? null;
}

export function selectReferencePlans(
  state: Pick<AppState, 'packs' | 'selected'>,
): ReferencePlanSet {
  const pack = findPack(state);
  const id = state.selected?.scenarioId;
  return (id !== undefined && pack?.referencePlans[id]) || {};
}

/** Best total per scenario id, over every saved attempt. */
export function bestScores(attempts: readonly AttemptRecord[]): ReadonlyMap<string, number> {
  const best = new Map<string, number>();
  for (const { report } of attempts) {
    const previous = best.get(report.scenarioId) ?? -1;
    if (report.score.total > previous) best.set(report.scenarioId, report.score.total);
  }
  return best;
}

/** The rubric dimension with the lowest mean share of its points, and that share. */
export function weakestDimension(
  attempts: readonly AttemptRecord[],
): { readonly id: string; readonly title: string; readonly share: number } | null {
  const totals = new Map<string, { title: string; points: number; max: number }>();
  for (const { report } of attempts) {
    for (const d of report.score.dimensions) {
      const entry = totals.get(d.id) ?? { title: d.title, points: 0, max: 0 };
      totals.set(d.id, { title: d.title, points: entry.points + d.points, max: entry.max + d.max });
    }
  }
  let weakest: { id: string; title: string; share: number } | null = null;
  for (const [id, { title, points, max }] of totals) {
    const share = max > 0 ? points / max : 1;
    if (!weakest || share < weakest.share) weakest = { id, title, share };
  }
  return weakest;
}
