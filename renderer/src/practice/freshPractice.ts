import { create } from 'zustand';
import type { ChangeKind, GeneratorLevel } from '../../../sim-engine/index';
import { openScenario } from '../store/actions';
import type { PracticeChoice } from './nextPractice';
import { drawPracticeSet, newSetSeed } from './practiceSet';

// "Practise next" on a scenario nobody has seen: the generator is asked for the due kind of
// change, the draw is calibrated FAIR in the engine worker (with progress), and it opens as a
// practice set of one, so its attempt reopens after a reload like any practice set's.

export type FreshStatus =
  | { readonly kind: 'idle' }
  | { readonly kind: 'generating'; readonly step: string; readonly fraction: number }
  | { readonly kind: 'failed'; readonly message: string };

export const useFreshPracticeStore = create<{ status: FreshStatus }>(() => ({
  status: { kind: 'idle' },
}));

/**
 * The level of a fresh scenario from the card's last share, read as the scheduler grades it:
 * missed (under 50 %) or never practised ⇒ introductory, to learn the point; up to 90 % ⇒
 * standard; mastered ⇒ hard, so an easy pass is not practised again.
 */
export function freshLevel(choice: PracticeChoice): GeneratorLevel {
  const last = choice.card?.lastScore;
  if (last === undefined || last < 50) return 'introductory';
  return last < 90 ? 'standard' : 'hard';
}

const setStatus = (status: FreshStatus) => useFreshPracticeStore.setState({ status });

/** Generates one fresh, calibrated scenario of `changeKind` at `level` and opens its brief. */
export async function practiseFreshScenario(
  changeKind: ChangeKind,
  level: GeneratorLevel,
  seed: number = newSetSeed(),
): Promise<boolean> {
  if (useFreshPracticeStore.getState().status.kind === 'generating') return false;
  try {
    setStatus({ kind: 'generating', step: 'Drawing the scenario', fraction: 0 });
    const pack = await drawPracticeSet({ seed, level, count: 1, changeKind }, (step, fraction) =>
      setStatus({ kind: 'generating', step, fraction }),
    );
    setStatus({ kind: 'idle' });
    const [scenario] = pack.scenarios;
    return scenario ? openScenario({ packId: pack.id, scenarioId: scenario.id }) : false;
  } catch (error) {
    setStatus({ kind: 'failed', message: error instanceof Error ? error.message : String(error) });
    return false;
  }
}
