import { useEffect, useState } from 'react';
import { useShallow } from 'zustand/react/shallow';
import { ScreenHeading } from '../components/ScreenHeading';
import { useAppStore } from '../store/appStore';
import { clearCohort, exportCohort, loadKeptCohort } from './cohortActions';
import { CohortImport, IMPORT_BUTTON_ID } from './CohortImport';
import { CohortTable } from './CohortTable';
import { cohortScenarios, scoredDimensions, visibleEntries } from './cohortRows';
import { DimensionCharts } from './DimensionCharts';
import { RefusedFiles } from './RefusedFiles';

function CohortActions({ shown }: { readonly shown: number }) {
  const [status, setStatus] = useState('');
  const exportCsv = async () => {
    const done = await exportCohort();
    setStatus(done ? 'The cohort was exported as CSV.' : 'The CSV was not saved.');
  };
  const clear = async () => {
    await clearCohort();
    // The table and this button are gone: focus goes to the way to start again.
    document.getElementById(IMPORT_BUTTON_ID)?.focus();
  };
  return (
    <div className="actions">
      <button type="button" onClick={() => void exportCsv()}>
        Export CSV ({shown === 1 ? '1 report' : `${shown} reports`})
      </button>
      <button type="button" onClick={() => void clear()}>
        Clear the cohort
      </button>
      <p role="status">{status}</p>
    </div>
  );
}

/** Shows one scenario's reports or all of them; the table, charts and CSV follow it. */
function ScenarioFilter() {
  const { cohort, filter, setFilter } = useAppStore(
    useShallow((s) => ({
      cohort: s.cohort,
      filter: s.cohortFilter,
      setFilter: s.setCohortFilter,
    })),
  );
  const scenarios = cohortScenarios(cohort);
  return (
    <div className="cohort-filter field">
      <label htmlFor="cohort-scenario">Scenario</label>
      <select
        id="cohort-scenario"
        value={filter}
        onChange={(event) => setFilter(event.currentTarget.value)}
      >
        <option value="all">All scenarios ({cohort.length})</option>
        {scenarios.map((s) => (
          <option key={s.id} value={s.id}>
            {s.title} ({s.count})
          </option>
        ))}
      </select>
    </div>
  );
}

/** The instructor's view: many learners' exported reports side by side, charted, exportable. */
export function CohortScreen() {
  const { cohort, refused, filter } = useAppStore(
    useShallow((s) => ({ cohort: s.cohort, refused: s.cohortRefused, filter: s.cohortFilter })),
  );
  useEffect(() => void loadKeptCohort(), []);
  const shown = visibleEntries(cohort, filter);
  const dimensions = scoredDimensions(shown);
  return (
    <div className="screen cohort">
      <ScreenHeading>Cohort results</ScreenHeading>
      <p className="lead">
        For instructors: import the JSON reports your learners exported (History → JSON, or{' '}
        <code>canary-coach run --json</code>) to compare them by dimension. The cohort is kept on
        this computer until you clear it; nothing is sent anywhere.
      </p>
      <CohortImport />
      <RefusedFiles files={refused} />
      {cohort.length === 0 ? (
        <p>No reports yet.</p>
      ) : (
        <>
          <ScenarioFilter />
          <CohortTable entries={shown} dimensions={dimensions} />
          <CohortActions shown={shown.length} />
          <DimensionCharts entries={shown} dimensions={dimensions} />
        </>
      )}
    </div>
  );
}
