import { useEffect, useRef, useState } from 'react';
import { ROLES } from '../../../sim-engine/index';
import type {
  InconclusiveChoice,
  Plan,
  Role,
  Scenario,
  ValidationIssue,
} from '../../../sim-engine/index';
import { GlossaryTerm } from '../components/GlossaryTerm';
import { METRIC_LABELS, ROLE_LABELS } from '../text/labels';
import { useDraft } from './draftBinding';
import { FieldIssues, invalidProps } from './FieldIssues';
import { addStage, type StageDraft } from './planDraft';
import { PowerHelper } from './PowerHelper';
import { RampChips, stagePercentId } from './RampChips';

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
          <option value="time">For a set time</option>
          <option value="metric">Until metrics are stable</option>
        </select>
      </label>
      <label>
        {stage.holdType === 'time' ? `Stage ${n} hold minutes` : `Stage ${n} stable minutes`}
        <input
          inputMode="numeric"
          className="short"
          value={stage.minutes}
          onChange={(e) => edit({ minutes: e.target.value })}
          {...invalidProps(issues, `${path}.hold`, path)}
        />
      </label>
      {stage.holdType === 'metric' ? (
        <>
          <label>
            Stage {n} give up after minutes
            <input
              inputMode="numeric"
              className="short"
              value={stage.maxMinutes}
              onChange={(e) => edit({ maxMinutes: e.target.value })}
            />
          </label>
          <label>
            Stage {n} if still unclear then
            <select
              value={stage.onInconclusive ?? 'rollback'}
              onChange={(e) => edit({ onInconclusive: e.target.value as InconclusiveChoice })}
            >
              <option value="rollback">Roll back (the safe default)</option>
              <option value="advance">Advance to the next stage</option>
            </select>
          </label>
        </>
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
  onRemove,
  children,
}: {
  readonly stage: StageDraft;
  readonly index: number;
  /** The last stage at 100 %: the plan gives it no hold and no sign-off. */
  readonly fullRollout: boolean;
  readonly issues: readonly ValidationIssue[];
  readonly onRemove: () => void;
  readonly children: React.ReactNode;
}) {
  const updateDraft = useDraft().update;
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
            id={stagePercentId(stage)}
            inputMode="decimal"
            className="short"
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
        <button type="button" className="remove quiet" onClick={onRemove}>
          Remove stage {n}
        </button>
      </div>
      <FieldIssues issues={issues} path={path} />
      {fullRollout ? null : children}
    </li>
  );
}

/**
 * Where focus goes after the stages change: the stage named by key (its percent field), or
 * the Add button when no stage is left. Set before the change, applied after the render.
 */
function useFocusAfterChange(stages: readonly StageDraft[], addId: string) {
  // undefined: nothing pending; null: the Add button.
  const pending = useRef<string | null | undefined>(undefined);
  useEffect(() => {
    const target = pending.current;
    if (target === undefined) return;
    pending.current = undefined;
    const stage = stages.find((s) => s.key === target);
    document.getElementById(stage ? stagePercentId(stage) : addId)?.focus();
  }, [stages, addId]);
  return (key: string | null) => {
    pending.current = key;
  };
}

const NONE: readonly StageDraft[] = [];

/** The ramp: chips for the shape, then each stage's share, hold and sign-off with its power. */
export function StagesEditor({ scenario, plan, issues, locked }: Props) {
  const { draft, update: updateDraft, idOf } = useDraft();
  const stages = draft?.stages ?? NONE;
  const thresholds = draft?.thresholds ?? [];
  const addId = idOf('add-stage');
  const [powerMetric, setPowerMetric] = useState(0);
  const [effectText, setEffectText] = useState('');
  const focusAfter = useFocusAfterChange(stages, addId);
  const effectValue = Number(effectText);
  const effect = effectText.trim() !== '' && Number.isFinite(effectValue) ? effectValue : undefined;
  const remove = (index: number) => {
    // The stage that takes the removed one's place, else the one before it.
    focusAfter(stages[index + 1]?.key ?? stages[index - 1]?.key ?? null);
    updateDraft((d) => ({ ...d, stages: d.stages.filter((_, i) => i !== index) }));
  };
  const add = () => {
    const next = addStage(stages);
    focusAfter(next.added);
    updateDraft((d) => ({ ...d, stages: next.stages }));
  };
  return (
    <fieldset className="plan-section" disabled={locked}>
      <legend>Ramp and holds</legend>
      <p className="section-help">
        Each stage puts a share of traffic on the new version and holds it — for a set time or{' '}
        <GlossaryTerm entry="metricHold">until the metrics are stable</GlossaryTerm> — before a{' '}
        <GlossaryTerm entry="signOff">sign-off</GlossaryTerm> lets it move on.
      </p>
      <RampChips
        stages={stages}
        onEdit={(stage) => document.getElementById(stagePercentId(stage))?.focus()}
      />
      <FieldIssues issues={issues.filter((i) => i.path === '$.stages')} path="$.stages" />
      {thresholds.length > 0 ? (
        <div className="power-controls">
          <p className="section-help">
            Under each stage: its <GlossaryTerm entry="power">chance to catch</GlossaryTerm> a
            regression.
          </p>
          <label>
            Chance to catch, for
            <select value={powerMetric} onChange={(e) => setPowerMetric(Number(e.target.value))}>
              {thresholds.map((t, i) => (
                <option key={t.key} value={i}>
                  {METRIC_LABELS[t.metric]}
                </option>
              ))}
            </select>
          </label>
          <label>
            Size of the regression to catch (empty: twice the limit)
            <input
              inputMode="decimal"
              className="short"
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
            onRemove={() => remove(index)}
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
      <button type="button" id={addId} onClick={add}>
        Add a stage
      </button>
    </fieldset>
  );
}
