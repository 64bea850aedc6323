import { ENGINE_VERSION } from '../../../sim-engine/index';
import type { LoadedPack } from '../../../sim-engine/index';
import type { PracticeSetRequest } from '../../../contract/types';
import { useAppStore } from '../store/appStore';
import type { FairForApp } from './generateInEngine';

// Generated scenarios join the library as packs of their own for the session, so every screen
// (brief, plan, run, score, replay) finds them as it finds any scenario. The library is
// reloaded when a pack is imported; the generated packs are put back after it.

const kept = new Map<string, LoadedPack>();
/** The request behind each practice set kept, by pack id: saved with its attempts. */
const setRequests = new Map<string, PracticeSetRequest>();
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

/**
 * Puts a generated pack in the library (replacing one of the same id) for the session, with the
 * practice-set request it was drawn from when it is a practice set.
 */
export function keepGeneratedPack(pack: LoadedPack, request?: PracticeSetRequest): void {
  kept.set(pack.id, pack);
  if (request) setRequests.set(pack.id, request);
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

/** The request a kept practice set was drawn from; undefined for any other pack. */
export function practiceSetRequestOf(packId: string): PracticeSetRequest | undefined {
  return setRequests.get(packId);
}

/** What a reload does to generated packs: they are gone (used by tests of the reload). */
export function forgetGeneratedPacks(): void {
  kept.clear();
  setRequests.clear();
}
