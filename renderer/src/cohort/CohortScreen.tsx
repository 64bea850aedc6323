import { useState } from 'react';
import { useShallow } from 'zustand/react/shallow';
import { ScreenHeading } from '../components/ScreenHeading';
import { useAppStore } from '../store/appStore';
import { exportCohort } from './cohortActions';
import { CohortImport } from './CohortImport';
import { CohortTable } from './CohortTable';
import { scoredDimensions } from './cohortRows';
import { DimensionCharts } from './DimensionCharts';
import { RefusedFiles } from './RefusedFiles';

function CohortActions() {
  const clear = useAppStore((s) => s.clearCohort);
  const [status, setStatus] = useState('');
  const exportCsv = async () => {
    const done = await exportCohort();
    setStatus(done ? 'The cohort was exported as CSV.' : 'The CSV was not saved.');
  };
  return (
    <div className="actions">
      <button type="button" onClick={() => void exportCsv()}>
        Export CSV
      </button>
      <button type="button" onClick={clear}>
        Clear the cohort
      </button>
      <p role="status">{status}</p>
    </div>
  );
}

/** The instructor's view: many learners' exported reports side by side, charted, exportable. */
export function CohortScreen() {
  const { cohort, refused } = useAppStore(
    useShallow((s) => ({ cohort: s.cohort, refused: s.cohortRefused })),
  );
  const dimensions = scoredDimensions(cohort);
  return (
    <div className="screen cohort">
      <ScreenHeading>Cohort results</ScreenHeading>
      <p className="lead">
        For instructors: import the JSON reports your learners exported (History → JSON, or{' '}
        <code>canary-coach run --json</code>) to compare them by dimension. Reports stay in this
        window; nothing is saved or sent anywhere.
      </p>
      <CohortImport />
      <RefusedFiles files={refused} />
      {cohort.length === 0 ? (
        <p>No reports yet.</p>
      ) : (
        <>
          <CohortTable entries={cohort} dimensions={dimensions} />
          <CohortActions />
          <DimensionCharts entries={cohort} dimensions={dimensions} />
        </>
      )}
    </div>
  );
}
