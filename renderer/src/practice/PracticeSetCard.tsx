import { useState } from 'react';
import { CHANGE_KINDS, GENERATOR_LEVELS } from '../../../sim-engine/index';
import type { ChangeKind, GeneratorLevel } from '../../../sim-engine/index';
import { ChoiceSelect, choicesOf } from '../components/ChoiceSelect';
import { openScenario } from '../store/actions';
import { CHANGE_KIND_LABELS, GENERATOR_LEVEL_LABELS } from '../text/labels';
import { generatePracticeSet, MAX_SET_SIZE, usePracticeSetStore } from './practiceSet';
import './practice.css';

const setSize = (n: number) => `${n} scenario${n === 1 ? '' : 's'}`;

/** Home's generator: a set of fresh scenarios of one level, checked fair, added as a pack. */
export function PracticeSetCard() {
  const status = usePracticeSetStore((s) => s.status);
  const [level, setLevel] = useState<GeneratorLevel>('standard');
  const [changeKind, setChangeKind] = useState<ChangeKind | 'any'>('any');
  // The field's text as typed; read as a size (1 to the maximum) only when asked for.
  const [count, setCount] = useState('3');
  const busy = status.kind === 'generating';
  const first = status.kind === 'ready' ? status.pack.scenarios[0] : undefined;
  return (
    <section className="card practice-set" aria-labelledby="practice-set-heading" aria-busy={busy}>
      <h2 id="practice-set-heading">Fresh scenarios</h2>
      <p>Generate a practice set nobody has seen: each scenario is checked fair first.</p>
      <div className="practice-set-fields">
        <ChoiceSelect
          label="Level"
          value={level}
          disabled={busy}
          choices={choicesOf(GENERATOR_LEVELS, GENERATOR_LEVEL_LABELS)}
          onChange={setLevel}
        />
        <ChoiceSelect
          label="Kind of change"
          value={changeKind}
          disabled={busy}
          choices={[
            { value: 'any', label: 'Any kind' },
            ...choicesOf(CHANGE_KINDS, CHANGE_KIND_LABELS),
          ]}
          onChange={setChangeKind}
        />
        <label>
          Scenarios
          <input
            type="number"
            min={1}
            max={MAX_SET_SIZE}
            value={count}
            disabled={busy}
            onChange={(e) => setCount(e.target.value)}
          />
        </label>
      </div>
      {busy ? (
        <div className="daily-progress" role="status">
          <label htmlFor="practice-set-progress">{status.step}</label>
          <progress id="practice-set-progress" max={1} value={status.fraction} />
        </div>
      ) : null}
      {status.kind === 'ready' ? (
        <p role="status">
          “{status.pack.title}” is in your library below ({setSize(status.pack.scenarios.length)}).
        </p>
      ) : null}
      {status.kind === 'failed' ? (
        <p role="alert">The set could not be generated: {status.message}</p>
      ) : null}
      <div className="practice-set-actions">
        <button
          type="button"
          disabled={busy}
          onClick={() =>
            void generatePracticeSet({
              level,
              count: Number(count) || 1,
              ...(changeKind === 'any' ? {} : { changeKind }),
            })
          }
        >
          Generate a practice set
        </button>
        {first && status.kind === 'ready' ? (
          <button
            type="button"
            onClick={() => openScenario({ packId: status.pack.id, scenarioId: first.id })}
          >
            Start its first scenario
          </button>
        ) : null}
      </div>
    </section>
  );
}
