import type { RunResult } from '../../../sim-engine/index';
import { checkIndexAt } from '../charts/metricChart';
import { useAppStore } from '../store/appStore';
import { directionLabel, formatChange, worseDirection } from '../charts/metricDirection';
import { formatPercent, METRIC_LABELS } from '../text/labels';

/** The readings under the cursor, as text: the charts' values at the scrubbed minute. */
export function CursorReadout({ run }: { readonly run: RunResult }) {
  const minute = useAppStore((s) => s.replayMinute);
  const length = run.series.canaryShare.length;
  const interval = run.series.intervalMinutes;
  const i = Math.min(length - 1, Math.floor(minute / interval));
  // Gate readings belong to the end of their interval: the latest one at or before the cursor.
  const check = Math.min(length - 1, checkIndexAt(minute, interval));
  const share = run.series.canaryShare[i] ?? 0;
  return (
    <dl className="readout card" aria-label="Readings at the cursor">
      <div>
        <dt>On the new version</dt>
        <dd>{formatPercent(share)}</dd>
      </div>
      {run.plan.thresholds.map((t, k) => {
        const value = run.series.thresholds[k]?.estimate[check] ?? Number.NaN;
        return (
          <div key={`${t.metric}-${k}`}>
            <dt>
              {METRIC_LABELS[t.metric]} ({directionLabel(t.metric)})
            </dt>
            <dd>
              {Number.isFinite(value)
                ? formatChange(worseDirection(t.metric) * value, t.unit)
                : 'no reading'}
            </dd>
          </div>
        );
      })}
    </dl>
  );
}
