import type { ReactNode } from 'react';
import { useShallow } from 'zustand/react/shallow';
import { useAppStore } from '../store/appStore';
import { openScenario } from '../store/actions';
import { nextPractice } from './nextPractice';
import { practiceWhy } from './practiceText';
import { scenarioForKind } from './practiceScenario';
import './practice.css';

/**
 * Home's "Practise next" from spaced practice: what the scheduler picked, why (due since
 * when, last score), and a scenario of that kind to practise it on. Before any attempt it
 * shows `fallback` (the library's first suggestion).
 */
export function PracticeNextCard({ fallback, now }: { fallback: ReactNode; now?: Date }) {
  const { packs, attempts } = useAppStore(
    useShallow((s) => ({ packs: s.packs, attempts: s.attempts })),
  );
  const today = now ?? new Date();
  const choice = nextPractice(attempts, packs, today);
  if (!choice) return <>{fallback}</>;
  const { headline, why } = practiceWhy(choice, today);
  const scenario = scenarioForKind(choice.changeKind, packs, attempts);
  return (
    <section className="card practise-next practice-next" aria-labelledby="practice-next-heading">
      <h2 id="practice-next-heading">Practise next</h2>
      <p className="practice-focus">{headline}</p>
      <p>{why}</p>
      {scenario ? (
        <button
          type="button"
          className="primary"
          onClick={() => openScenario({ packId: scenario.packId, scenarioId: scenario.scenarioId })}
        >
          Practise “{scenario.title}”
        </button>
      ) : (
        <p className="muted">Your library has no scenario of this kind; import a pack that does.</p>
      )}
    </section>
  );
}
