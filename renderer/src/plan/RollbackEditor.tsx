import { COVERAGES, ROLES, ROLLBACK_MECHANISMS } from '../../../sim-engine/index';
import type { Coverage, RollbackMechanism, ValidationIssue } from '../../../sim-engine/index';
import { GlossaryTerm } from '../components/GlossaryTerm';
import { ROLE_LABELS } from '../text/labels';
import { useDraft } from './draftBinding';
import { FieldIssues, invalidProps } from './FieldIssues';

const MECHANISM_LABELS: Readonly<Record<RollbackMechanism, string>> = {
  routing: 'Routing or config change (minutes)',
  flag: 'Feature-flag flip (about a minute, if the flag is sound)',
  redeploy: 'Redeploy the old code (tens of minutes)',
};

/** Significance, who may roll back and when, how fast, and the A/B follow-up. */
export function RollbackEditor({
  issues,
  locked,
}: {
  readonly issues: readonly ValidationIssue[];
  readonly locked: boolean;
}) {
  const { draft, update: updateDraft } = useDraft();
  if (!draft) return null;
  return (
    <fieldset className="plan-section" disabled={locked}>
      <legend>Statistics, rollback and follow-up</legend>
      <p className="section-help">
        With a <GlossaryTerm entry="confidence">confidence</GlossaryTerm> level, every threshold is
        read by an <GlossaryTerm entry="sequentialGuard">always-valid check</GlossaryTerm>; without
        one, the raw numbers decide and noise can cause a{' '}
        <GlossaryTerm entry="falseAlarm">false alarm</GlossaryTerm>.
      </p>
      <label>
        Confidence for the always-valid check (empty: act on raw numbers)
        <input
          inputMode="decimal"
          value={draft.confidence}
          placeholder="e.g. 0.95"
          onChange={(e) => updateDraft((d) => ({ ...d, confidence: e.target.value }))}
          {...invalidProps(issues, '$.significance')}
        />
      </label>
      <FieldIssues issues={issues} path="$.significance" />
      <fieldset className="checkbox-group">
        <legend>Who may call a rollback</legend>
        {ROLES.map((role) => (
          <label key={role} className="inline">
            <input
              type="checkbox"
              checked={draft.authorizers.includes(role)}
              onChange={(e) =>
                updateDraft((d) => ({
                  ...d,
                  authorizers: e.target.checked
                    ? [...d.authorizers, role]
                    : d.authorizers.filter((r) => r !== role),
                }))
              }
            />
            {ROLE_LABELS[role]}
          </label>
        ))}
      </fieldset>
      <FieldIssues issues={issues} path="$.rollback.authorizers" />
      <label>
        When they can be reached
        <select
          value={draft.coverage}
          onChange={(e) => updateDraft((d) => ({ ...d, coverage: e.target.value as Coverage }))}
        >
          {COVERAGES.map((c) => (
            <option key={c} value={c}>
              {c === '24x7' ? 'Around the clock (24×7 on-call)' : 'Business hours only'}
            </option>
          ))}
        </select>
      </label>
      <label>
        Rollback mechanism
        <select
          value={draft.mechanism}
          onChange={(e) =>
            updateDraft((d) => ({ ...d, mechanism: e.target.value as RollbackMechanism }))
          }
        >
          {ROLLBACK_MECHANISMS.map((m) => (
            <option key={m} value={m}>
              {MECHANISM_LABELS[m]}
            </option>
          ))}
        </select>
      </label>
      <label className="inline">
        <input
          type="checkbox"
          checked={draft.abTest}
          onChange={(e) => updateDraft((d) => ({ ...d, abTest: e.target.checked }))}
        />
        Follow the canary with a randomized A/B test
      </label>
      <p className="section-help">
        A canary says whether the release is safe; an{' '}
        <GlossaryTerm entry="abTest">A/B test</GlossaryTerm> says whether it is better.
      </p>
    </fieldset>
  );
}
