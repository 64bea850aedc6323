import { useEffect, useState } from 'react';
import { useShallow } from 'zustand/react/shallow';
import type { MockSessionSnapshot } from '../platform/platform';
import { useAppStore } from '../store/appStore';
import { readSnapshot } from './autosave';
import { formatClock } from './interviewClock';
import { discardSaved, resumeMock, startMock } from './mockSession';

function useSavedSession() {
  const [saved, setSaved] = useState<MockSessionSnapshot | null>(null);
  useEffect(() => {
    let open = true;
    void readSnapshot().then((snapshot) => open && setSaved(snapshot));
    return () => {
      open = false;
    };
  }, []);
  return [saved, setSaved] as const;
}

function scenarioTitle(packs: ReturnType<typeof useAppStore.getState>['packs'], id: string) {
  return packs.flatMap((p) => p.scenarios).find((s) => s.id === id)?.title ?? id;
}

/** Choose a scenario and the mode, or resume the interview a crash interrupted. */
export function MockSetup() {
  const { packs, selected } = useAppStore(
    useShallow((s) => ({ packs: s.packs, selected: s.selected })),
  );
  const [saved, setSaved] = useSavedSession();
  const [practice, setPractice] = useState(false);
  const options = packs.flatMap((pack) =>
    pack.scenarios.map((s) => ({ value: `${pack.id}\u0000${s.id}`, label: s.title, pack, s })),
  );
  const initial = selected ? `${selected.packId}\u0000${selected.scenarioId}` : options[0]?.value;
  const [choice, setChoice] = useState(initial ?? '');
  const chosen = options.find((o) => o.value === choice) ?? options[0];
  const failed = useAppStore((s) => s.addNotices);
  return (
    <>
      {saved ? (
        <section className="card mock-resume" aria-labelledby="mock-resume-heading">
          <h2 id="mock-resume-heading">Resume your interview?</h2>
          <p>
            “{scenarioTitle(packs, saved.scenarioId)}” stopped with{' '}
            {formatClock(saved.remainingSeconds)} left. Your plan draft and answer were saved; the
            clock only counts while the interview is open.
          </p>
          <div className="actions">
            <button
              type="button"
              className="primary"
              onClick={() => {
                if (!resumeMock(saved, !practice)) {
                  failed(['The saved interview could not be resumed and was discarded.']);
                  void discardSaved();
                  setSaved(null);
                }
              }}
            >
              Resume the interview
            </button>
            <button type="button" onClick={() => void discardSaved().then(() => setSaved(null))}>
              Discard it
            </button>
          </div>
        </section>
      ) : null}
      <section className="card mock-setup" aria-labelledby="mock-setup-heading">
        <h2 id="mock-setup-heading">{saved ? 'Or start a new interview' : 'Start an interview'}</h2>
        <label>
          Scenario
          <select value={chosen?.value ?? ''} onChange={(e) => setChoice(e.target.value)}>
            {options.map((o) => (
              <option key={o.value} value={o.value}>
                {o.label}
              </option>
            ))}
          </select>
        </label>
        <label className="inline">
          <input
            type="checkbox"
            checked={practice}
            onChange={(e) => setPractice(e.target.checked)}
          />
          Practice variant: allow pausing the clock
        </label>
        <div className="actions">
          <button
            type="button"
            className="primary"
            disabled={!chosen}
            onClick={() =>
              chosen && startMock({ packId: chosen.pack.id, scenarioId: chosen.s.id }, !practice)
            }
          >
            Start the interview
          </button>
        </div>
      </section>
    </>
  );
}
