import type { AttemptRecord, ExportFormat } from '../platform/platform';
import { reopenAttempt } from '../store/attempts';
import { attemptName, modeLabel, savedLabel } from './attemptLabels';

/** The id of an attempt's compare checkbox, so focus can return to it. */
export function compareBoxId(attemptId: string): string {
  return `compare-${attemptId}`;
}

/** One row per saved attempt: reopen its Score or Replay, export its report, pick it to compare. */
export function AttemptsTable({
  attempts,
  latestId,
  formats,
  comparing,
  onExport,
  onCompare,
}: {
  readonly attempts: readonly AttemptRecord[];
  readonly latestId: string | null;
  readonly formats: readonly ExportFormat[];
  readonly comparing: readonly string[];
  readonly onExport: (id: string, format: ExportFormat) => void;
  readonly onCompare: (id: string, chosen: boolean) => void;
}) {
  return (
    <table className="data-table attempts-table" aria-labelledby="attempts-heading">
      <thead>
        <tr>
          <th scope="col">Saved</th>
          <th scope="col">Scenario</th>
          <th scope="col">Score</th>
          <th scope="col">Band</th>
          <th scope="col">Open</th>
          <th scope="col">Report</th>
          <th scope="col">Compare</th>
        </tr>
      </thead>
      <tbody>
        {attempts.map((a) => {
          const name = attemptName(a);
          const mock = a.report.mode === 'mock';
          return (
            <tr key={a.id} className={a.id === latestId ? 'latest' : undefined}>
              <td data-label="Saved">{savedLabel(a)}</td>
              <th scope="row" data-label="Scenario">
                {a.report.scenarioTitle}{' '}
                <span className={`mode-badge ${mock ? 'mock' : 'practice'}`}>{modeLabel(a)}</span>
              </th>
              <td data-label="Score" className="number">
                {a.report.score.total}
              </td>
              <td data-label="Band">{a.report.score.band}</td>
              <td data-label="Open">
                <div className="row-actions">
                  <button
                    type="button"
                    aria-label={`Score of ${name}`}
                    onClick={() => void reopenAttempt(a.id, 'score')}
                  >
                    Score
                  </button>
                  <button
                    type="button"
                    aria-label={`Replay of ${name}`}
                    onClick={() => void reopenAttempt(a.id, 'replay')}
                  >
                    Replay
                  </button>
                </div>
              </td>
              <td data-label="Report">
                <div className="row-actions">
                  {formats.map((format) => (
                    <button
                      key={format}
                      type="button"
                      aria-label={`${format.toUpperCase()} report of ${name}`}
                      onClick={() => onExport(a.id, format)}
                    >
                      {format.toUpperCase()}
                    </button>
                  ))}
                </div>
              </td>
              <td data-label="Compare">
                <label className="compare-pick">
                  <input
                    id={compareBoxId(a.id)}
                    type="checkbox"
                    checked={comparing.includes(a.id)}
                    onChange={(event) => onCompare(a.id, event.currentTarget.checked)}
                    aria-label={`Compare ${name}`}
                  />
                </label>
              </td>
            </tr>
          );
        })}
      </tbody>
    </table>
  );
}
