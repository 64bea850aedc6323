import { COMPARISONS, describeThreshold, THRESHOLD_UNITS } from '../../../sim-engine/index';
import type {
  Comparison,
  GuardedMetric,
  Scenario,
  ThresholdUnit,
  ValidationIssue,
} from '../../../sim-engine/index';
import { useShallow } from 'zustand/react/shallow';
import { useAppStore } from '../store/appStore';
import { METRIC_LABELS, UNIT_LABELS } from '../text/labels';
import { FieldIssues, invalidProps } from './FieldIssues';
import { thresholdDraft, type ThresholdDraft } from './planDraft';

interface Props {
  readonly scenario: Scenario;
  readonly issues: readonly ValidationIssue[];
  readonly locked: boolean;
}

function ThresholdRow({
  threshold,
  index,
  scenario,
  issues,
}: {
  readonly threshold: ThresholdDraft;
  readonly index: number;
  readonly scenario: Scenario;
  readonly issues: readonly ValidationIssue[];
}) {
  const updateDraft = useAppStore((s) => s.updateDraft);
  const path = `$.thresholds[${index}]`;
  const edit = (change: Partial<ThresholdDraft>) =>
    updateDraft((d) => ({
      ...d,
      thresholds: d.thresholds.map((t, i) => (i === index ? { ...t, ...change } : t)),
    }));
  const n = index + 1;
  // Read back as typed, even while another part of the plan is still invalid.
  const limit = threshold.limit.trim() === '' ? Number.NaN : Number(threshold.limit);
  const readable = Number.isFinite(limit) && limit >= 0;
  return (
    <li className="threshold-row">
      <div className="row-fields">
        <label>
          Threshold {n} metric
          <select
            value={threshold.metric}
            onChange={(e) => edit({ metric: e.target.value as GuardedMetric })}
            {...invalidProps(issues, `${path}.metric`, path)}
          >
            {scenario.observableMetrics.map((metric) => (
              <option key={metric} value={metric}>
                {METRIC_LABELS[metric]}
              </option>
            ))}
          </select>
        </label>
        <label>
          Threshold {n} limit
          <input
            inputMode="decimal"
            value={threshold.limit}
            onChange={(e) => edit({ limit: e.target.value })}
            {...invalidProps(issues, `${path}.limit`, path)}
          />
        </label>
        <label>
          Threshold {n} unit
          <select
            value={threshold.unit}
            onChange={(e) => edit({ unit: e.target.value as ThresholdUnit })}
          >
            {THRESHOLD_UNITS.map((unit) => (
              <option key={unit} value={unit}>
                {UNIT_LABELS[unit]}
              </option>
            ))}
          </select>
        </label>
        <label>
          Threshold {n} compared with
          <select
            value={threshold.compare}
            onChange={(e) => edit({ compare: e.target.value as Comparison })}
          >
            {COMPARISONS.map((c) => (
              <option key={c} value={c}>
                {c === 'control' ? 'All control traffic' : 'The same segments’ baseline'}
              </option>
            ))}
          </select>
        </label>
        <button
          type="button"
          className="remove"
          onClick={() =>
            updateDraft((d) => ({ ...d, thresholds: d.thresholds.filter((_, i) => i !== index) }))
          }
        >
          Remove threshold {n}
        </button>
      </div>
      <FieldIssues issues={issues} path={path} />
      <p className="explanation">
        {readable
          ? describeThreshold({
              metric: threshold.metric,
              limit,
              unit: threshold.unit,
              compare: threshold.compare,
            })
          : 'Give a limit of zero or more to read this threshold as a sentence.'}
      </p>
    </li>
  );
}

/** The pre-committed rollback thresholds, each read back as a plain sentence. */
export function ThresholdsEditor({ scenario, issues, locked }: Props) {
  const { thresholds, updateDraft } = useAppStore(
    useShallow((s) => ({ thresholds: s.draft?.thresholds, updateDraft: s.updateDraft })),
  );
  const unused =
    scenario.observableMetrics.find((m) => !thresholds?.some((t) => t.metric === m)) ??
    'error_rate';
  return (
    <fieldset className="plan-section" disabled={locked}>
      <legend>Rollback thresholds</legend>
      <ol className="threshold-list">
        {(thresholds ?? []).map((threshold, index) => (
          <ThresholdRow
            key={threshold.key}
            threshold={threshold}
            index={index}
            scenario={scenario}
            issues={issues}
          />
        ))}
      </ol>
      <button
        type="button"
        onClick={() =>
          updateDraft((d) => ({ ...d, thresholds: [...d.thresholds, thresholdDraft(unused)] }))
        }
      >
        Add a threshold
      </button>
    </fieldset>
  );
}
