import { useShallow } from 'zustand/react/shallow';
import { CourseExportButton } from '../practice/CourseExportButton';
import { openScenario } from '../store/actions';
import { useAppStore } from '../store/appStore';
import { bestScores } from '../store/selectors';
import { CHANGE_KIND_LABELS, DIFFICULTY_LABELS } from '../text/labels';

/** Every scenario passing the filters, grouped by pack, each with the learner's best score. */
export function ScenarioList() {
  const { packs, builtIn, filters, attempts } = useAppStore(
    useShallow((s) => ({
      packs: s.packs,
      builtIn: s.builtInPackIds,
      filters: s.filters,
      attempts: s.attempts,
    })),
  );
  const best = bestScores(attempts);
  return (
    <>
      {packs.map((pack) => {
        const scenarios = pack.scenarios.filter(
          (s) =>
            (filters.changeKind === 'all' || s.changeKind === filters.changeKind) &&
            (filters.difficulty === 'all' || s.difficulty === filters.difficulty),
        );
        return (
          <section key={pack.id} className="pack" aria-label={pack.title}>
            <div className="section-head">
              <h3>
                {pack.title}
                <span className="tag">{builtIn.includes(pack.id) ? 'Built in' : 'Imported'}</span>
              </h3>
              <CourseExportButton pack={pack} />
            </div>
            {scenarios.length === 0 ? (
              <p className="muted">No scenario in this pack matches the filters.</p>
            ) : (
              <ul className="scenario-grid">
                {scenarios.map((scenario) => {
                  const score = best.get(scenario.id);
                  return (
                    <li key={scenario.id} className="card scenario-card">
                      <h4>{scenario.title}</h4>
                      <p className="meta">
                        <span className="tag">{CHANGE_KIND_LABELS[scenario.changeKind]}</span>
                        <span className="tag">{DIFFICULTY_LABELS[scenario.difficulty]}</span>
                      </p>
                      <p className="best">
                        {score === undefined ? 'Not attempted yet' : `Best score: ${score} / 100`}
                      </p>
                      <button
                        type="button"
                        onClick={() => openScenario({ packId: pack.id, scenarioId: scenario.id })}
                        aria-label={`Practise ${scenario.title}`}
                      >
                        Practise
                      </button>
                    </li>
                  );
                })}
              </ul>
            )}
          </section>
        );
      })}
    </>
  );
}
