import { ENGINE_VERSION } from '../../../sim-engine/index';
import type { LoadedPack } from '../../../sim-engine/index';
import { useAppStore } from '../store/appStore';
import type { FairForApp } from './generateInEngine';

// Generated scenarios join the library as packs of their own for the session, so every screen
// (brief, plan, run, score, replay) finds them as it finds any scenario. The library is
// reloaded when a pack is imported; the generated packs are put back after it.

const kept = new Map<string, LoadedPack>();
let watching = false;

/** A pack around a fair generated scenario, with its reference plans. */
export function generatedPack(
  fair: FairForApp,
  meta: { readonly id: string; readonly title: string; readonly description: string },
): LoadedPack {
  return {
    ...meta,
    author: 'Canary Coach scenario generator',
    // The same request gives the same scenario only on the same engine.
    version: `engine-${ENGINE_VERSION}`,
    licence: 'Generated for practice',
    scenarios: [fair.scenario],
    referencePlans: { [fair.scenario.id]: fair.referencePlans },
  };
}

function withKept(packs: readonly LoadedPack[]): readonly LoadedPack[] | null {
  const missing = [...kept.values()].filter((pack) => !packs.some((p) => p.id === pack.id));
  return missing.length > 0 ? [...packs, ...missing] : null;
}

/** Puts a generated pack in the library (replacing one of the same id) for the session. */
export function keepGeneratedPack(pack: LoadedPack): void {
  kept.set(pack.id, pack);
  useAppStore.setState((state) => ({
    packs: [...state.packs.filter((p) => p.id !== pack.id), pack],
  }));
  if (watching) return;
  watching = true;
  useAppStore.subscribe((state, previous) => {
    if (state.packs === previous.packs) return;
    const packs = withKept(state.packs);
    if (packs) useAppStore.setState({ packs });
  });
}

/** What a reload does to generated packs: they are gone (used by tests of the reload). */
export function forgetGeneratedPacks(): void {
  kept.clear();
}
