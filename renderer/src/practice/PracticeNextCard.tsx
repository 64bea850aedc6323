import type { ReactNode } from 'react';
import { useShallow } from 'zustand/react/shallow';
import type { ChangeKind, GeneratorLevel } from '../../../sim-engine/index';
import { useAppStore } from '../store/appStore';
import { openScenario } from '../store/actions';
import { CHANGE_KIND_LABELS } from '../text/labels';
import { freshLevel, practiseFreshScenario, useFreshPracticeStore } from './freshPractice';
import { nextPractice } from './nextPractice';
import { practiceWhy } from './practiceText';
import { scenarioForKind, type KindScenario } from './practiceScenario';
import './practice.css';

const kindWords = (kind: ChangeKind) => CHANGE_KIND_LABELS[kind].toLowerCase();

/**
 * Why a fresh scenario is offered first: once every library scenario of the kind has been
 * played, practising one again rehearses a remembered answer, not the skill.
 */
function libraryNote(kind: ChangeKind, scenario: KindScenario | null): string | null {
  if (!scenario)
    return `Your library has no ${kindWords(kind)}: practise on a fresh one, checked fair first.`;
  if (scenario.played)
    return `You have played every ${kindWords(kind)} in your library: a fresh one tests the skill, not your memory of its answer.`;
  return null;
}

/** The fresh scenario's button, its progress and its failure, in the card. */
function FreshAction({
  kind,
  level,
  primary,
}: {
  kind: ChangeKind;
  level: GeneratorLevel;
  primary: boolean;
}) {
  const status = useFreshPracticeStore(useShallow((s) => s.status));
  const busy = status.kind === 'generating';
  return (
    <>
      <button
        type="button"
        className={primary ? 'primary' : undefined}
        disabled={busy}
        onClick={() => void practiseFreshScenario(kind, level)}
      >
        Practise a fresh {kindWords(kind)} ({level})
      </button>
      {busy ? (
        <div className="daily-progress" role="status">
          <label htmlFor="practice-next-progress">{status.step}</label>
          <progress id="practice-next-progress" max={1} value={status.fraction} />
        </div>
      ) : null}
      {status.kind === 'failed' ? (
        <p role="alert">A fresh scenario could not be generated: {status.message}</p>
      ) : null}
    </>
  );
}

/**
 * Home's "Practise next" from spaced practice: what the scheduler picked, why (due since
 * when, last score), a library scenario of that kind, and always a freshly generated one —
 * first once the library's scenarios of that kind have all been played. Before any attempt it
 * shows `fallback` (the library's first suggestion).
 */
export function PracticeNextCard({ fallback, now }: { fallback: ReactNode; now?: Date }) {
  const { packs, attempts } = useAppStore(
    useShallow((s) => ({ packs: s.packs, attempts: s.attempts })),
  );
  const busy = useFreshPracticeStore((s) => s.status.kind === 'generating');
  const today = now ?? new Date();
  const choice = nextPractice(attempts, packs, today);
  if (!choice) return <>{fallback}</>;
  const { headline, why } = practiceWhy(choice, today);
  const scenario = scenarioForKind(choice.changeKind, packs, attempts);
  const freshFirst = !scenario || scenario.played;
  const note = libraryNote(choice.changeKind, scenario);
  const fresh = (
    <FreshAction kind={choice.changeKind} level={freshLevel(choice)} primary={freshFirst} />
  );
  const library = scenario ? (
    <button
      type="button"
      className={freshFirst ? undefined : 'primary'}
      onClick={() => openScenario({ packId: scenario.packId, scenarioId: scenario.scenarioId })}
    >
      Practise “{scenario.title}”
    </button>
  ) : null;
  return (
    <section
      className="card practise-next practice-next"
      aria-labelledby="practice-next-heading"
      aria-busy={busy}
    >
      <h2 id="practice-next-heading">Practise next</h2>
      <p className="practice-focus">{headline}</p>
      <p>{why}</p>
      {note ? <p className="muted">{note}</p> : null}
      <div className="practice-next-actions">
        {freshFirst ? fresh : library}
        {freshFirst ? library : fresh}
      </div>
    </section>
  );
}
