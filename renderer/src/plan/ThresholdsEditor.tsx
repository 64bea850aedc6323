import { COMPARISONS, describeThreshold, THRESHOLD_UNITS } from '../../../sim-engine/index';
import type {
  Comparison,
  GuardedMetric,
  Scenario,
  ThresholdUnit,
  ValidationIssue,
} from '../../../sim-engine/index';
import { useEffect, useRef } from 'react';
import { GlossaryTerm } from '../components/GlossaryTerm';
import { METRIC_LABELS, UNIT_LABELS } from '../text/labels';
import { useDraft } from './draftBinding';
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
  onRemove,
}: {
  readonly threshold: ThresholdDraft;
  readonly index: number;
  readonly scenario: Scenario;
  readonly issues: readonly ValidationIssue[];
  readonly onRemove: () => void;
}) {
  const updateDraft = useDraft().update;
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
            id={`${threshold.key}-metric`}
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
        <button type="button" className="remove quiet" onClick={onRemove}>
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
  const { draft, update: updateDraft, idOf } = useDraft();
  const thresholds = draft?.thresholds;
  const addId = idOf('add-threshold');
  // Focus after a removal: the row that takes its place, else the one before, else Add.
  const pendingFocus = useRef<string | null>(null);
  useEffect(() => {
    const target = pendingFocus.current;
    if (target === null) return;
    pendingFocus.current = null;
    document.getElementById(target)?.focus();
  }, [thresholds]);
  const remove = (index: number) => {
    const list = thresholds ?? [];
    const next = list[index + 1] ?? list[index - 1];
    pendingFocus.current = next ? `${next.key}-metric` : addId;
    updateDraft((d) => ({ ...d, thresholds: d.thresholds.filter((_, i) => i !== index) }));
  };
  const unused =
    scenario.observableMetrics.find((m) => !thresholds?.some((t) => t.metric === m)) ??
    'error_rate';
  return (
    <fieldset className="plan-section" disabled={locked}>
      <legend>Rollback thresholds</legend>
      <p className="section-help">
        How far each metric may move the wrong way before the canary rolls back: in{' '}
        <GlossaryTerm entry="percentagePoints">percentage points</GlossaryTerm>, a{' '}
        <GlossaryTerm entry="relative">relative %</GlossaryTerm> or milliseconds (e.g.{' '}
        <GlossaryTerm entry="p99">p99 latency</GlossaryTerm>), compared with{' '}
        <GlossaryTerm entry="control">control</GlossaryTerm> or with{' '}
        <GlossaryTerm entry="baseline">the same segments’ baseline</GlossaryTerm>.
      </p>
      <ol className="threshold-list">
        {(thresholds ?? []).map((threshold, index) => (
          <ThresholdRow
            key={threshold.key}
            threshold={threshold}
            index={index}
            scenario={scenario}
            issues={issues}
            onRemove={() => remove(index)}
          />
        ))}
      </ol>
      <button
        type="button"
        id={addId}
        onClick={() => {
          const added = thresholdDraft(unused);
          pendingFocus.current = `${added.key}-metric`;
          updateDraft((d) => ({ ...d, thresholds: [...d.thresholds, added] }));
        }}
      >
        Add a threshold
      </button>
    </fieldset>
  );
}
