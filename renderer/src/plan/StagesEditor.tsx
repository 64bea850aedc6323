import { useState } from 'react';
import { ROLES } from '../../../sim-engine/index';
import type { Plan, Role, Scenario, ValidationIssue } from '../../../sim-engine/index';
import { useShallow } from 'zustand/react/shallow';
import { useAppStore } from '../store/appStore';
import { METRIC_LABELS, ROLE_LABELS } from '../text/labels';
import { FieldIssues, invalidProps } from './FieldIssues';
import { stageDraft, type StageDraft } from './planDraft';
import { PowerHelper } from './PowerHelper';

interface Props {
  readonly scenario: Scenario;
  readonly plan: Plan | null;
  readonly issues: readonly ValidationIssue[];
  readonly locked: boolean;
}

/** A stage's hold and sign-off: everything but its percent. */
function GateFields({
  stage,
  n,
  path,
  issues,
  edit,
}: {
  readonly stage: StageDraft;
  readonly n: number;
  readonly path: string;
  readonly issues: readonly ValidationIssue[];
  readonly edit: (change: Partial<StageDraft>) => void;
}) {
  return (
    <>
      <label>
        Stage {n} hold
        <select
          value={stage.holdType}
          onChange={(e) => edit({ holdType: e.target.value as StageDraft['holdType'] })}
        >
          <option value="time">Time</option>
          <option value="metric">Until metrics are stable</option>
        </select>
      </label>
      <label>
        {stage.holdType === 'time' ? `Stage ${n} hold minutes` : `Stage ${n} stable minutes`}
        <input
          inputMode="numeric"
          value={stage.minutes}
          onChange={(e) => edit({ minutes: e.target.value })}
          {...invalidProps(issues, `${path}.hold`, path)}
        />
      </label>
      {stage.holdType === 'metric' ? (
        <label>
          Stage {n} give up after minutes
          <input
            inputMode="numeric"
            value={stage.maxMinutes}
            onChange={(e) => edit({ maxMinutes: e.target.value })}
          />
        </label>
      ) : null}
      <label>
        Stage {n} sign-off
        <select
          value={stage.signOff}
          onChange={(e) => edit({ signOff: e.target.value as Role | '' })}
        >
          <option value="">No sign-off</option>
          {ROLES.map((role) => (
            <option key={role} value={role}>
              {ROLE_LABELS[role]}
            </option>
          ))}
        </select>
      </label>
    </>
  );
}

function StageRow({
  stage,
  index,
  fullRollout,
  issues,
  children,
}: {
  readonly stage: StageDraft;
  readonly index: number;
  /** The last stage at 100 %: the plan gives it no hold and no sign-off. */
  readonly fullRollout: boolean;
  readonly issues: readonly ValidationIssue[];
  readonly children: React.ReactNode;
}) {
  const updateDraft = useAppStore((s) => s.updateDraft);
  const path = `$.stages[${index}]`;
  const edit = (change: Partial<StageDraft>) =>
    updateDraft((d) => ({
      ...d,
      stages: d.stages.map((s, i) => (i === index ? { ...s, ...change } : s)),
    }));
  const n = index + 1;
  return (
    <li className="stage-row">
      <div className="row-fields">
        <label>
          Stage {n} percent
          <input
            inputMode="decimal"
            value={stage.percent}
            onChange={(e) => edit({ percent: e.target.value })}
            {...invalidProps(issues, `${path}.percent`, path)}
          />
        </label>
        {fullRollout ? (
          <p className="full-rollout">Full rollout: no hold, no gate to sign.</p>
        ) : (
          <GateFields stage={stage} n={n} path={path} issues={issues} edit={edit} />
        )}
        <button
          type="button"
          className="remove"
          onClick={() =>
            updateDraft((d) => ({ ...d, stages: d.stages.filter((_, i) => i !== index) }))
          }
        >
          Remove stage {n}
        </button>
      </div>
      <FieldIssues issues={issues} path={path} />
      {fullRollout ? null : children}
    </li>
  );
}

/** The ramp: each stage's share, hold and sign-off, with the power helper beside it. */
export function StagesEditor({ scenario, plan, issues, locked }: Props) {
  const { stages, thresholds, updateDraft } = useAppStore(
    useShallow((s) => ({
      stages: s.draft?.stages ?? [],
      thresholds: s.draft?.thresholds ?? [],
      updateDraft: s.updateDraft,
    })),
  );
  const [powerMetric, setPowerMetric] = useState(0);
  const [effectText, setEffectText] = useState('');
  const effectValue = Number(effectText);
  const effect = effectText.trim() !== '' && Number.isFinite(effectValue) ? effectValue : undefined;
  return (
    <fieldset className="plan-section" disabled={locked}>
      <legend>Ramp and holds</legend>
      <FieldIssues issues={issues.filter((i) => i.path === '$.stages')} path="$.stages" />
      {thresholds.length > 0 ? (
        <div className="power-controls">
          <label className="inline">
            Power helper for
            <select value={powerMetric} onChange={(e) => setPowerMetric(Number(e.target.value))}>
              {thresholds.map((t, i) => (
                <option key={t.key} value={i}>
                  {METRIC_LABELS[t.metric]}
                </option>
              ))}
            </select>
          </label>
          <label className="inline">
            True move to catch (empty: twice the limit)
            <input
              inputMode="decimal"
              value={effectText}
              onChange={(e) => setEffectText(e.target.value)}
            />
          </label>
        </div>
      ) : null}
      <ol className="stage-list">
        {stages.map((stage, index) => (
          <StageRow
            key={stage.key}
            stage={stage}
            index={index}
            fullRollout={index === stages.length - 1 && stage.percent.trim() === '100'}
            issues={issues}
          >
            <PowerHelper
              scenario={scenario}
              plan={plan}
              stageIndex={index}
              thresholdIndex={Math.min(powerMetric, thresholds.length - 1)}
              effect={effect}
            />
          </StageRow>
        ))}
      </ol>
      <button
        type="button"
        onClick={() => updateDraft((d) => ({ ...d, stages: [...d.stages, stageDraft(100, 0)] }))}
      >
        Add a stage
      </button>
    </fieldset>
  );
}
