import type { RunResult } from '../../../sim-engine/index';
import { useAppStore } from '../store/appStore';
import { formatInUnit, formatPercent, METRIC_LABELS } from '../text/labels';

/** The readings under the cursor, as text: the charts' values at the scrubbed minute. */
export function CursorReadout({ run }: { readonly run: RunResult }) {
  const minute = useAppStore((s) => s.replayMinute);
  const i = Math.min(
    run.series.canaryShare.length - 1,
    Math.floor(minute / run.series.intervalMinutes),
  );
  const share = run.series.canaryShare[i] ?? 0;
  return (
    <dl className="readout card" aria-label="Readings at the cursor">
      <div>
        <dt>On the new version</dt>
        <dd>{formatPercent(share)}</dd>
      </div>
      {run.plan.thresholds.map((t, k) => {
        const value = run.series.thresholds[k]?.estimate[i] ?? Number.NaN;
        return (
          <div key={`${t.metric}-${k}`}>
            <dt>{METRIC_LABELS[t.metric]}</dt>
            <dd>{Number.isFinite(value) ? formatInUnit(value, t.unit) : 'no reading'}</dd>
          </div>
        );
      })}
    </dl>
  );
}
