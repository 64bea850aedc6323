import { useState } from 'react';
import { formatIssue, parsePlanText } from '../../../sim-engine/index';
import type { Plan } from '../../../sim-engine/index';
import { tryEditedPlan } from '../store/actions';

/** Edit the plan as JSON and play it on the same seed; the result is drawn beside yours below. */
export function EditedPlanTry({
  plan,
  seed,
  onRan,
}: {
  readonly plan: Plan;
  readonly seed: number;
  /** Called once an edited plan has been played, so the screen can move focus to its result. */
  readonly onRan?: () => void;
}) {
  const [text, setText] = useState(() => JSON.stringify(plan, null, 2));
  const [issues, setIssues] = useState<readonly string[]>([]);
  const [busy, setBusy] = useState(false);
  const submit = async () => {
    const parsed = parsePlanText(text);
    if (!parsed.ok) {
      setIssues(parsed.issues.map(formatIssue));
      return;
    }
    setIssues([]);
    setBusy(true);
    await tryEditedPlan(parsed.value);
    setBusy(false);
    onRan?.();
  };
  return (
    <details className="card edited-plan">
      <summary>Try an edited plan on the same seed ({seed})</summary>
      <label htmlFor="edited-plan-text">Plan (canary-plan/1 JSON)</label>
      <textarea
        id="edited-plan-text"
        rows={14}
        spellCheck={false}
        value={text}
        aria-invalid={issues.length > 0}
        aria-describedby={issues.length > 0 ? 'edited-plan-issues' : undefined}
        onChange={(e) => setText(e.target.value)}
      />
      {issues.length > 0 ? (
        <ul id="edited-plan-issues" className="field-issues">
          {issues.map((issue) => (
            <li key={issue}>{issue}</li>
          ))}
        </ul>
      ) : null}
      <button type="button" disabled={busy} onClick={() => void submit()}>
        {busy ? 'Running…' : 'Run the edited plan'}
      </button>
    </details>
  );
}
