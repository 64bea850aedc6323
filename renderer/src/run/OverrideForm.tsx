import { useState } from 'react';
import type { Plan } from '../../../sim-engine/index';
import { recordOverride } from '../store/actions';
import { useAppStore } from '../store/appStore';
import { METRIC_LABELS, UNIT_LABELS } from '../text/labels';

/** A recorded mid-run change of one limit; the run is replayed on the same seed and it costs points. */
export function OverrideForm({
  plan,
  onRecorded,
}: {
  readonly plan: Plan;
  /** Told what was recorded once the run has been replayed with it. */
  readonly onRecorded?: (text: string) => void;
}) {
  const [index, setIndex] = useState(0);
  const [limit, setLimit] = useState('');
  const threshold = plan.thresholds[index];
  const value = Number(limit);
  const valid = limit.trim() !== '' && Number.isFinite(value) && value >= 0;
  return (
    <details className="card override">
      <summary>Override a threshold (recorded, costs points)</summary>
      <p className="muted">
        A limit chosen while watching the dashboard is a guess. It is recorded at the current
        minute, the run is replayed on the same seed, and the score takes points off.
      </p>
      <form
        onSubmit={(e) => {
          e.preventDefault();
          if (!valid || !threshold) return;
          const minute = Math.round(useAppStore.getState().playbackMinute);
          void recordOverride(index, value).then(() => {
            // A failed replay shows its own alert; there is nothing recorded to announce.
            if (useAppStore.getState().runStatus === 'failed') return;
            onRecorded?.(
              `Override recorded: the ${METRIC_LABELS[threshold.metric].toLowerCase()} limit is ${value} ${UNIT_LABELS[threshold.unit]} from minute ${minute}. The run was replayed on the same seed with it, and it costs points.`,
            );
          });
        }}
      >
        <label>
          Threshold
          <select value={index} onChange={(e) => setIndex(Number(e.target.value))}>
            {plan.thresholds.map((t, i) => (
              <option key={`${t.metric}-${i}`} value={i}>
                {METRIC_LABELS[t.metric]} (now {t.limit} {UNIT_LABELS[t.unit]})
              </option>
            ))}
          </select>
        </label>
        <label>
          New limit{threshold ? ` in ${UNIT_LABELS[threshold.unit]}` : ''}
          <input inputMode="decimal" value={limit} onChange={(e) => setLimit(e.target.value)} />
        </label>
        <button type="submit" aria-disabled={!valid}>
          Record the override
        </button>
      </form>
    </details>
  );
}
