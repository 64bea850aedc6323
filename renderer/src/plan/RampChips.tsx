import { formatMinutes } from '../../../sim-engine/index';
import { ROLE_LABELS } from '../text/labels';
import type { StageDraft } from './planDraft';

/** The id of a stage's percent field: where a chip, an added stage or a removal sends focus. */
export function stagePercentId(stage: StageDraft): string {
  return `${stage.key}-percent`;
}

function minutesText(text: string): string | null {
  const value = Number(text.trim());
  return text.trim() !== '' && Number.isInteger(value) && value > 0 ? formatMinutes(value) : null;
}

/** What one chip says, from the draft as typed (a half-typed value shows as a question). */
export function chipText(stage: StageDraft, last: boolean) {
  const percent = stage.percent.trim() === '' ? '?' : `${stage.percent.trim()} %`;
  if (last && stage.percent.trim() === '100') {
    return { percent, hold: 'Full rollout', signOff: '' };
  }
  const minutes = minutesText(stage.minutes) ?? '?';
  const hold = stage.holdType === 'time' ? `Hold ${minutes}` : `Until stable ${minutes}`;
  const signOff = stage.signOff === '' ? '' : `${ROLE_LABELS[stage.signOff]} signs off`;
  return { percent, hold, signOff };
}

/** A bar whose height grows with the share, so the ramp reads as a staircase at a glance. */
function StepBar({ percent }: { readonly percent: string }) {
  const value = Math.min(100, Math.max(0, Number(percent)));
  // A square-root scale: 1 % is still visible beside 100 %.
  const height = Number.isFinite(value) ? 4 + 28 * Math.sqrt(value / 100) : 4;
  return (
    <svg
      className="step-bar"
      width="100%"
      height={32}
      viewBox="0 0 40 32"
      preserveAspectRatio="none"
      aria-hidden="true"
    >
      <rect x={0} y={32 - height} width={40} height={height} rx={2} />
    </svg>
  );
}

/**
 * The ramp as chips, 1 → 5 → 25 → 50 → 100, each with its hold and sign-off. A chip is a
 * button: it takes the keyboard (or a click) to that stage's fields below.
 */
export function RampChips({
  stages,
  onEdit,
}: {
  readonly stages: readonly StageDraft[];
  readonly onEdit?: (stage: StageDraft) => void;
}) {
  return (
    <ol className="ramp" aria-label="The ramp at a glance">
      {stages.map((stage, index) => {
        const text = chipText(stage, index === stages.length - 1);
        const label = [`Stage ${index + 1}: ${text.percent}`, text.hold, text.signOff]
          .filter(Boolean)
          .join(', ');
        const body = (
          <>
            <StepBar percent={stage.percent} />
            <span className="chip-percent">{text.percent}</span>
            <span className="chip-hold">{text.hold}</span>
            {text.signOff ? <span className="chip-signoff">{text.signOff}</span> : null}
          </>
        );
        return (
          <li key={stage.key} className="ramp-step">
            {onEdit ? (
              <button
                type="button"
                className="ramp-chip"
                aria-label={`${label}. Edit stage ${index + 1}`}
                onClick={() => onEdit(stage)}
              >
                {body}
              </button>
            ) : (
              <div className="ramp-chip">{body}</div>
            )}
          </li>
        );
      })}
    </ol>
  );
}
