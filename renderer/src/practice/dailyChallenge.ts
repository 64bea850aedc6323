import { create } from 'zustand';
import { dailyChallengeRequest } from '../../../sim-engine/index';
import type { LoadedPack } from '../../../sim-engine/index';
import { openScenario } from '../store/actions';
import { services } from '../store/services';
import { dailyPackId } from './dailyPack';
import { generatedPack, keepGeneratedPack } from './generatedPacks';

// Today's challenge: the scenario the generator draws from the local date (the same for
// everyone that day, offline), calibrated in the engine worker until FAIR, then opened at its
// brief like any scenario. The run's seed comes from the date too, so the same plan gets the
// same result for everyone that day.

export type DailyStatus =
  | { readonly kind: 'idle' }
  | { readonly kind: 'preparing'; readonly step: string; readonly fraction: number }
  | { readonly kind: 'failed'; readonly message: string };

interface DailyState {
  readonly status: DailyStatus;
  /** Prepared challenges by date, for the session (a second start is instant). */
  readonly packs: Readonly<Record<string, LoadedPack>>;
}

export const useDailyStore = create<DailyState>(() => ({ status: { kind: 'idle' }, packs: {} }));

/** The seed of the day's run: from the date's generator seed, in the app's seed range. */
export function dailyRunSeed(date: string): number {
  return (dailyChallengeRequest(date).seed % 999_999) + 1;
}

async function prepare(date: string): Promise<LoadedPack> {
  const request = dailyChallengeRequest(date);
  const fair = await services().engine.generateFair(request, (step, fraction) =>
    useDailyStore.setState({ status: { kind: 'preparing', step, fraction } }),
  );
  return generatedPack(fair, {
    id: dailyPackId(date),
    title: `Daily challenge ${date}`,
    description: `The ${request.level} challenge of ${date}, generated and checked fair (${fair.draws} draw${fair.draws === 1 ? '' : 's'}).`,
  });
}

/** Prepares the challenge of `date` (when not yet prepared) and opens its brief. */
export async function startDailyChallenge(date: string): Promise<boolean> {
  const { status, packs } = useDailyStore.getState();
  if (status.kind === 'preparing') return false;
  try {
    let pack = packs[date];
    if (!pack) {
      useDailyStore.setState({
        status: { kind: 'preparing', step: 'Drawing the scenario', fraction: 0 },
      });
      pack = await prepare(date);
      useDailyStore.setState((state) => ({ packs: { ...state.packs, [date]: pack! } }));
    }
    useDailyStore.setState({ status: { kind: 'idle' } });
    keepGeneratedPack(pack);
    const [scenario] = pack.scenarios;
    return scenario
      ? openScenario({ packId: pack.id, scenarioId: scenario.id }, dailyRunSeed(date))
      : false;
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    useDailyStore.setState({ status: { kind: 'failed', message } });
    return false;
  }
}

/**
 * Draws the challenge of `date` again and keeps it in the library, without opening it: a reload
 * forgets generated packs, and a saved daily attempt is replayed on the scenario it was scored on
 * (the same date gives the same scenario on the same engine). False, with the reason in the
 * store's status, when it cannot be drawn.
 */
export async function restoreDailyChallenge(date: string): Promise<boolean> {
  try {
    const pack = useDailyStore.getState().packs[date] ?? (await prepare(date));
    useDailyStore.setState((state) => ({
      status: { kind: 'idle' },
      packs: { ...state.packs, [date]: pack },
    }));
    keepGeneratedPack(pack);
    return true;
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    useDailyStore.setState({ status: { kind: 'failed', message } });
    return false;
  }
}
