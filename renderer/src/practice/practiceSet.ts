import { create } from 'zustand';
import { GENERATOR_CALIBRATION_SEEDS } from '../../../sim-engine/index';
import type { ChangeKind, GeneratorLevel, LoadedPack } from '../../../sim-engine/index';
import { MAX_PRACTICE_SET_SIZE, type PracticeSetRequest } from '../../../contract/types';
import { services } from '../store/services';
import type { FairForApp } from './generateInEngine';
import { generatedPack, keepGeneratedPack } from './generatedPacks';

// A practice set from the generator: `count` scenarios of one level (and, when asked, one kind
// of change), each calibrated FAIR in the engine worker, joined to the library as one pack.
// Scenario i is drawn from seed + i, as `canary-coach generate` does, so an instructor can write
// the same set with the CLI, and the app can draw it again from its request after a reload.

export const MAX_SET_SIZE = MAX_PRACTICE_SET_SIZE;

export type PracticeSetStatus =
  | { readonly kind: 'idle' }
  | { readonly kind: 'generating'; readonly step: string; readonly fraction: number }
  | { readonly kind: 'ready'; readonly pack: LoadedPack; readonly seed: number }
  | { readonly kind: 'failed'; readonly message: string };

export const usePracticeSetStore = create<{ status: PracticeSetStatus }>(() => ({
  status: { kind: 'idle' },
}));

/** A fresh seed for a new set: any set is as good as another, so it need not be reproducible. */
export function newSetSeed(): number {
  const [value = 1] = crypto.getRandomValues(new Uint32Array(1));
  return value % 1_000_000;
}

/** The pack id of a set: the id `canary-coach generate` gives the same level, kind and seed. */
export function practiceSetPackId(request: PracticeSetRequest): string {
  const kind = request.changeKind ? `${request.changeKind}-` : '';
  return `generated-${request.level}-${kind}${request.seed}`;
}

const kindWords = (kind: ChangeKind | undefined) => (kind ? `, ${kind} changes` : '');

/**
 * Generates and calibrates the set of `request`, one scenario after another, and keeps it in the
 * library with its request. `onProgress` hears "Scenario i of n: …" and the whole set's fraction.
 */
export async function drawPracticeSet(
  request: PracticeSetRequest,
  onProgress: (step: string, fraction: number) => void,
): Promise<LoadedPack> {
  const { seed, level, count, changeKind } = request;
  const fair: FairForApp[] = [];
  // "Scenario 2 of 3: checking it is fair…"; a set of one needs no count.
  const stepOf = (i: number, step: string) =>
    count === 1 ? step : `Scenario ${i + 1} of ${count}: ${step.toLowerCase()}`;
  for (let i = 0; i < count; i++) {
    onProgress(count === 1 ? 'Drawing the scenario' : `Scenario ${i + 1} of ${count}`, i / count);
    const one = { seed: seed + i, level, ...(changeKind ? { changeKind } : {}) };
    fair.push(
      await services().engine.generateFair(one, (step, fraction) =>
        onProgress(stepOf(i, step), (i + fraction) / count),
      ),
    );
  }
  const [first] = fair;
  if (!first) throw new RangeError('a practice set needs at least one scenario');
  const pack: LoadedPack = {
    ...generatedPack(first, {
      id: practiceSetPackId(request),
      title: `Generated practice set: ${level}${kindWords(changeKind)}, seed ${seed}`,
      description: `${count} generated ${level}${changeKind ? ` ${changeKind}` : ''} scenarios from seed ${seed}, each calibrated FAIR on ${GENERATOR_CALIBRATION_SEEDS} seeds per reference plan.`,
    }),
    scenarios: fair.map((one) => one.scenario),
    referencePlans: Object.fromEntries(fair.map((one) => [one.scenario.id, one.referencePlans])),
  };
  keepGeneratedPack(pack, request);
  return pack;
}

const setStatus = (status: PracticeSetStatus) => usePracticeSetStore.setState({ status });
const messageOf = (error: unknown) => (error instanceof Error ? error.message : String(error));

/** Home's "Generate a practice set": a new set of `count` (1 to the maximum) at `level`. */
export async function generatePracticeSet(asked: {
  readonly level: GeneratorLevel;
  readonly count: number;
  readonly seed?: number;
  readonly changeKind?: ChangeKind;
}): Promise<LoadedPack | null> {
  if (usePracticeSetStore.getState().status.kind === 'generating') return null;
  const request: PracticeSetRequest = {
    seed: asked.seed ?? newSetSeed(),
    level: asked.level,
    count: Math.max(1, Math.min(MAX_SET_SIZE, Math.round(asked.count))),
    ...(asked.changeKind ? { changeKind: asked.changeKind } : {}),
  };
  try {
    const pack = await drawPracticeSet(request, (step, fraction) =>
      setStatus({ kind: 'generating', step, fraction }),
    );
    setStatus({ kind: 'ready', pack, seed: request.seed });
    return pack;
  } catch (error) {
    setStatus({ kind: 'failed', message: messageOf(error) });
    return null;
  }
}

/**
 * Draws a saved attempt's practice set again and keeps it in the library, without opening it:
 * a reload forgets generated packs, and the attempt is replayed on the scenario it was scored on
 * (the same request gives the same set on the same engine). False, with the reason in the
 * store's status, when it cannot be drawn.
 */
export async function restorePracticeSet(request: PracticeSetRequest): Promise<boolean> {
  try {
    await drawPracticeSet(request, (step, fraction) =>
      setStatus({ kind: 'generating', step: `Drawing your practice set again. ${step}`, fraction }),
    );
    setStatus({ kind: 'idle' });
    return true;
  } catch (error) {
    setStatus({ kind: 'failed', message: messageOf(error) });
    return false;
  }
}
