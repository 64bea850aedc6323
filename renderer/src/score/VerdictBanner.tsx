import type { Scenario } from '../../../sim-engine/index';
import type { ScoredAttempt } from '../engine/scoringApi';
import { mostValuableFix, verdictLine } from './verdict';

/**
 * The verdict first: one line on what happened, then the fix worth the most points, linked to
 * the moment of the replay it is about.
 */
export function VerdictBanner({
  attempt,
  scenario,
  clockLabel,
  onSeeMoment,
}: {
  readonly attempt: ScoredAttempt;
  readonly scenario: Pick<Scenario, 'regressions'>;
  readonly clockLabel: (minute: number) => string;
  readonly onSeeMoment: (minute: number) => void;
}) {
  const { run, score } = attempt;
  const verdict = verdictLine(run.outcome, run.plan, scenario);
  const fix = mostValuableFix(score);
  // A fix that points at no moment links to where the story turns: the breach or the onset.
  const moment = fix?.minute ?? run.outcome.detectionMinute ?? run.outcome.onsetMinute ?? null;
  const momentLabel =
    moment === null
      ? ''
      : fix?.minute !== null && fix?.minute !== undefined
        ? `See ${clockLabel(moment)} in the replay`
        : moment === run.outcome.detectionMinute
          ? `See the rollback call (${clockLabel(moment)}) in the replay`
          : `See where the regression began (${clockLabel(moment)}) in the replay`;
  const sentence = (text: string) => (/[.!?]$/.test(text.trim()) ? text : `${text}.`);
  return (
    <section className={`card verdict-banner tone-${verdict.tone}`} aria-label="Verdict">
      <p className="verdict-line">{verdict.text}</p>
      {fix ? (
        <div className="top-fix">
          <p>
            <strong>
              Most valuable fix (−{Math.round(fix.cost * 10) / 10} points, {fix.dimension}):
            </strong>{' '}
            {sentence(fix.text)}
            {fix.counterpart ? <> {fix.counterpart}</> : null}
          </p>
          {moment !== null ? (
            <button type="button" className="link" onClick={() => onSeeMoment(moment)}>
              {momentLabel}
            </button>
          ) : null}
        </div>
      ) : (
        <p className="top-fix muted">Nothing cost you points: no fix to suggest.</p>
      )}
    </section>
  );
}
