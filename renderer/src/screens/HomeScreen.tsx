import { CHANGE_KINDS, DIFFICULTIES } from '../../../sim-engine/index';
import { useShallow } from 'zustand/react/shallow';
import { ChoiceSelect, choicesOf } from '../components/ChoiceSelect';
import { ScreenHeading } from '../components/ScreenHeading';
import { MockEntry } from '../mock/MockEntry';
import { PackDropZone } from '../packs/PackDropZone';
import { PackImportPanel } from '../packs/PackImportPanel';
import { openScenario } from '../store/actions';
import { importPack } from '../store/packImport';
import { useAppStore } from '../store/appStore';
import { CHANGE_KIND_LABELS, DIFFICULTY_LABELS } from '../text/labels';
import { DailyChallengeCard } from '../practice/DailyChallengeCard';
import { PracticeNextCard } from '../practice/PracticeNextCard';
import { PracticeSetCard } from '../practice/PracticeSetCard';
import { practiseNext } from './practiseNext';
import { ScenarioList } from './ScenarioList';

function Filters() {
  const { filters, setFilter } = useAppStore(
    useShallow((s) => ({ filters: s.filters, setFilter: s.setFilter })),
  );
  return (
    <div className="filters" role="group" aria-label="Filter scenarios">
      <ChoiceSelect
        label="Change kind"
        value={filters.changeKind}
        choices={[
          { value: 'all', label: 'All kinds' },
          ...choicesOf(CHANGE_KINDS, CHANGE_KIND_LABELS),
        ]}
        onChange={(changeKind) => setFilter({ changeKind })}
      />
      <ChoiceSelect
        label="Difficulty"
        value={filters.difficulty}
        choices={[
          { value: 'all', label: 'All levels' },
          ...choicesOf(DIFFICULTIES, DIFFICULTY_LABELS),
        ]}
        onChange={(difficulty) => setFilter({ difficulty })}
      />
    </div>
  );
}

function PractiseNext() {
  const { packs, attempts } = useAppStore(
    useShallow((s) => ({ packs: s.packs, attempts: s.attempts })),
  );
  const suggestion = practiseNext(packs, attempts);
  if (!suggestion) return null;
  return (
    <section className="card practise-next" aria-labelledby="practise-next-heading">
      <h2 id="practise-next-heading">Practise next</h2>
      <p>{suggestion.reason}</p>
      <button type="button" className="primary" onClick={() => openScenario(suggestion.ref)}>
        Practise “{suggestion.title}”
      </button>
    </section>
  );
}

/** The scenario library: filters, a suggestion, every scenario with its best score. */
export function HomeScreen() {
  return (
    <div className="screen home">
      <ScreenHeading>Canary Coach</ScreenHeading>
      <p className="lead">
        Plan a canary release before any traffic moves, watch it run against a simulated production,
        and see what your plan caught — and what it missed.
      </p>
      <div className="home-start">
        <DailyChallengeCard />
        <PracticeNextCard fallback={<PractiseNext />} />
        <PracticeSetCard />
        <section className="card mock-card" aria-labelledby="mock-card-heading">
          <h2 id="mock-card-heading">Mock interview</h2>
          <p>
            A timed interview on a scenario you choose: read the brief, then plan against the clock
            while the interviewer asks follow-ups. Your written answer is graded too.
          </p>
          <MockEntry />
        </section>
      </div>
      <PackImportPanel />
      <PackDropZone>
        <section aria-labelledby="library-heading">
          <div className="section-head">
            <h2 id="library-heading">Scenario library</h2>
            <button type="button" onClick={() => void importPack()}>
              Import a pack…
            </button>
          </div>
          <p className="drop-hint">Or drop a pack’s .json file on the library to import it.</p>
          <Filters />
          <ScenarioList />
        </section>
      </PackDropZone>
    </div>
  );
}
