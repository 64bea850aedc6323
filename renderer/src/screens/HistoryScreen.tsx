import { useState } from 'react';
import { useShallow } from 'zustand/react/shallow';
import { ProgressChartView } from '../charts/ProgressChartView';
import type { ExportFormat } from '../platform/platform';
import { LearnerNameField } from './LearnerNameField';
import { ScreenHeading } from '../components/ScreenHeading';
import { exportAttempt } from '../store/actions';
import { useAppStore } from '../store/appStore';
import { services } from '../store/services';

function HistoryFiles() {
  const [message, setMessage] = useState('');
  const importHistory = async () => {
    const result = await services().platform.importHistory();
    if (result.status === 'ok') {
      useAppStore.getState().setAttempts(await services().platform.listAttempts());
      setMessage(`${result.value} new attempts imported from ${result.fileName}.`);
    } else if (result.status === 'invalid') {
      setMessage(`${result.fileName}: ${result.issues[0]?.message ?? 'not a history file'}`);
    }
  };
  return (
    <div className="actions">
      <button type="button" onClick={() => void services().platform.exportHistory()}>
        Export the whole history
      </button>
      <button type="button" onClick={() => void importHistory()}>
        Import a history file…
      </button>
      <p role="status">{message}</p>
    </div>
  );
}

/** Saved attempts, progress per dimension, and each attempt's report for export. */
export function HistoryScreen() {
  const { attempts, lastSavedId } = useAppStore(
    useShallow((s) => ({ attempts: s.attempts, lastSavedId: s.lastSavedId })),
  );
  const [status, setStatus] = useState('');
  const sorted = [...attempts].sort((a, b) => a.savedAt.localeCompare(b.savedAt));
  // A browser has no PDF writer and CSV is for many reports; the desktop offers every format.
  const formats: readonly ExportFormat[] =
    services().platform.kind === 'desktop' ? ['json', 'html', 'csv', 'pdf'] : ['json', 'html'];
  const exportAs = async (id: string, format: ExportFormat) => {
    const done = await exportAttempt(id, format);
    setStatus(
      done ? `Report downloaded as ${format.toUpperCase()}.` : 'The report could not be exported.',
    );
  };
  return (
    <div className="screen history">
      <ScreenHeading>History and progress</ScreenHeading>
      <LearnerNameField />
      {sorted.length === 0 ? (
        <p>No attempts yet. Practise a scenario from the library and it will be saved here.</p>
      ) : (
        <>
          <ProgressChartView attempts={sorted} />
          <section aria-labelledby="attempts-heading">
            <h2 id="attempts-heading">Attempts</h2>
            <p role="status">{status}</p>
            <table className="data-table">
              <thead>
                <tr>
                  <th scope="col">Saved</th>
                  <th scope="col">Scenario</th>
                  <th scope="col">Score</th>
                  <th scope="col">Band</th>
                  <th scope="col">Report</th>
                </tr>
              </thead>
              <tbody>
                {sorted.map((a) => (
                  <tr key={a.id} className={a.id === lastSavedId ? 'latest' : undefined}>
                    <td>{a.savedAt.slice(0, 16).replace('T', ' ')}</td>
                    <th scope="row">{a.report.scenarioTitle}</th>
                    <td>{a.report.score.total}</td>
                    <td>{a.report.score.band}</td>
                    <td className="row-actions">
                      {formats.map((format) => (
                        <button
                          key={format}
                          type="button"
                          aria-label={`${format.toUpperCase()} report of ${a.report.scenarioTitle}, ${a.savedAt}`}
                          onClick={() => void exportAs(a.id, format)}
                        >
                          {format.toUpperCase()}
                        </button>
                      ))}
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          </section>
        </>
      )}
      <HistoryFiles />
    </div>
  );
}
