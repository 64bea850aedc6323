import { create } from 'zustand';
import { GENERATOR_CALIBRATION_SEEDS } from '../../../sim-engine/index';
import type { GeneratorLevel, LoadedPack } from '../../../sim-engine/index';
import { services } from '../store/services';
import type { FairForApp } from './generateInEngine';
import { generatedPack, keepGeneratedPack } from './generatedPacks';

// A practice set from the generator: `count` scenarios of one level, each calibrated FAIR in
// the engine worker, joined to the library as one pack. Scenario i is drawn from seed + i, as
// `canary-coach generate` does, so an instructor can write the same set with the CLI.

export const MAX_SET_SIZE = 10;

export type PracticeSetStatus =
  | { readonly kind: 'idle' }
  | { readonly kind: 'generating'; readonly step: string; readonly fraction: number }
  | { readonly kind: 'ready'; readonly pack: LoadedPack; readonly seed: number }
  | { readonly kind: 'failed'; readonly message: string };

export const usePracticeSetStore = create<{ status: PracticeSetStatus }>(() => ({
  status: { kind: 'idle' },
}));

function newSetSeed(): number {
  const [value = 1] = crypto.getRandomValues(new Uint32Array(1));
  return value % 1_000_000;
}

/** Generates and calibrates the set, one scenario after another, then puts it in the library. */
export async function generatePracticeSet(
  level: GeneratorLevel,
  count: number,
  seed: number = newSetSeed(),
): Promise<LoadedPack | null> {
  const set = (status: PracticeSetStatus) => usePracticeSetStore.setState({ status });
  if (usePracticeSetStore.getState().status.kind === 'generating') return null;
  const size = Math.max(1, Math.min(MAX_SET_SIZE, Math.round(count)));
  try {
    const fair: FairForApp[] = [];
    for (let i = 0; i < size; i++) {
      set({ kind: 'generating', step: `Scenario ${i + 1} of ${size}`, fraction: i / size });
      fair.push(
        await services().engine.generateFair({ seed: seed + i, level }, (step, fraction) =>
          set({
            kind: 'generating',
            step: `Scenario ${i + 1} of ${size}: ${step.toLowerCase()}`,
            fraction: (i + fraction) / size,
          }),
        ),
      );
    }
    const [first] = fair;
    if (!first) return null;
    const pack: LoadedPack = {
      ...generatedPack(first, {
        id: `generated-${level}-${seed}`,
        title: `Generated practice set: ${level}, seed ${seed}`,
        description: `${size} generated ${level} scenarios from seed ${seed}, each calibrated FAIR on ${GENERATOR_CALIBRATION_SEEDS} seeds per reference plan.`,
      }),
      scenarios: fair.map((one) => one.scenario),
      referencePlans: Object.fromEntries(fair.map((one) => [one.scenario.id, one.referencePlans])),
    };
    keepGeneratedPack(pack);
    set({ kind: 'ready', pack, seed });
    return pack;
  } catch (error) {
    set({ kind: 'failed', message: error instanceof Error ? error.message : String(error) });
    return null;
  }
}
