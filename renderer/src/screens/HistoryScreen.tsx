import { useState } from 'react';
import { useShallow } from 'zustand/react/shallow';
import { ProgressChartView } from '../charts/ProgressChartView';
import { ScreenHeading } from '../components/ScreenHeading';
import { AttemptsTable, compareBoxId } from '../history/AttemptsTable';
import { CompareAttempts } from '../history/CompareAttempts';
import type { ExportFormat } from '../platform/platform';
import { exportAttempt } from '../store/actions';
import { useAppStore } from '../store/appStore';
import { services } from '../store/services';
import { LearnerNameField } from './LearnerNameField';
import { DailyStreakSummary } from '../practice/DailyStreakSummary';
import { LearningRecordsExport } from '../practice/LearningRecordsExport';

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
      <LearningRecordsExport onDone={setMessage} />
      <p role="status">{message}</p>
    </div>
  );
}

/** Up to two attempts picked for comparison (kept in the store, so the address names them). */
function useComparison() {
  const { picked, pick, compare } = useAppStore(
    useShallow((s) => ({ picked: s.comparing, pick: s.pickForComparison, compare: s.compare })),
  );
  const close = () => {
    const [first] = picked;
    compare([]);
    // The comparison goes away with the button that closed it: focus returns to the row.
    if (first) document.getElementById(compareBoxId(first))?.focus();
  };
  return { picked, pick, close };
}

/** Saved attempts (each reopens its Score and Replay), progress per dimension, exports, comparison. */
export function HistoryScreen() {
  const { attempts, shownId } = useAppStore(
    useShallow((s) => ({ attempts: s.attempts, shownId: s.attemptId })),
  );
  const [status, setStatus] = useState('');
  const { picked, pick, close } = useComparison();
  const sorted = [...attempts].sort((a, b) => a.savedAt.localeCompare(b.savedAt));
  const compared = sorted.filter((a) => picked.includes(a.id));
  // A browser has no PDF writer and CSV is for many reports; the desktop offers every format.
  const formats: readonly ExportFormat[] =
    services().platform.kind === 'desktop' ? ['json', 'html', 'csv', 'pdf'] : ['json', 'html'];
  const exportAs = async (id: string, format: ExportFormat) => {
    const done = await exportAttempt(id, format);
    setStatus(
      done ? `Report downloaded as ${format.toUpperCase()}.` : 'The report could not be exported.',
    );
  };
  const [first, second] = compared;
  return (
    <div className="screen history">
      <ScreenHeading>History and progress</ScreenHeading>
      <LearnerNameField />
      <DailyStreakSummary />
      {sorted.length === 0 ? (
        <p>No attempts yet. Practise a scenario from the library and it will be saved here.</p>
      ) : (
        <>
          <ProgressChartView attempts={sorted} />
          <section aria-labelledby="attempts-heading">
            <h2 id="attempts-heading">Attempts</h2>
            <p className="muted">
              Open an attempt’s score or replay, or tick two attempts to compare them.
            </p>
            <p role="status">
              {status}
              {picked.length === 1 ? ' Tick one more attempt to compare.' : ''}
            </p>
            <div className="attempts-scroll">
              <AttemptsTable
                attempts={sorted}
                latestId={shownId}
                formats={formats}
                comparing={picked}
                onExport={(id, format) => void exportAs(id, format)}
                onCompare={pick}
              />
            </div>
          </section>
          {first && second ? (
            <CompareAttempts first={first} second={second} onClose={close} />
          ) : null}
        </>
      )}
      <HistoryFiles />
    </div>
  );
}
