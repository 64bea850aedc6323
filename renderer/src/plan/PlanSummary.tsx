import { useEffect, useRef } from 'react';
import { describeHold, describeThreshold, formatMinutes } from '../../../sim-engine/index';
import type { Plan, Scenario, Stage } from '../../../sim-engine/index';
import { ROLE_LABELS } from '../text/labels';
import { planToDraft } from './planDraft';
import { PlanWarnings } from './PlanWarnings';
import { RampChips } from './RampChips';

const MECHANISMS: Readonly<Record<Plan['rollback']['mechanism'], string>> = {
  routing: 'a routing or config change',
  flag: 'a feature-flag flip',
  redeploy: 'redeploying the old code',
};

function stageSentence(stage: Stage, n: number): string {
  if (stage.hold === undefined) return `Stage ${n}, ${stage.percent} %: full rollout.`;
  const hold = describeHold(stage.hold);
  const unclear =
    stage.hold.type === 'metric'
      ? stage.hold.onInconclusive === 'advance'
        ? '; if still unclear, advance'
        : '; if still unclear, roll back'
      : '';
  const signOff = stage.signOff ? `; then ${ROLE_LABELS[stage.signOff]} signs off` : '';
  return `Stage ${n}, ${stage.percent} %: ${hold.charAt(0).toLowerCase()}${hold.slice(1)}${unclear}${signOff}.`;
}

function joinWords(words: readonly string[]): string {
  if (words.length <= 1) return words.join('');
  return `${words.slice(0, -1).join(', ')} and ${words.at(-1) ?? ''}`;
}

/** The committed plan, read-only: what was decided, in sentences, with the ramp drawn. */
export function PlanSummary({
  plan,
  scenario,
  focusHeading = false,
}: {
  readonly plan: Plan;
  readonly scenario: Scenario;
  /** Move focus to the heading when shown (the plan was committed a moment ago). */
  readonly focusHeading?: boolean;
}) {
  const heading = useRef<HTMLHeadingElement>(null);
  useEffect(() => {
    if (focusHeading) heading.current?.focus();
  }, [focusHeading]);
  const name = (id: string) => scenario.segments.find((s) => s.id === id)?.name ?? id;
  const total = plan.stages.reduce(
    (sum, s) =>
      sum +
      (s.hold === undefined ? 0 : s.hold.type === 'time' ? s.hold.minutes : s.hold.stableMinutes),
    0,
  );
  return (
    <section className="plan-summary" aria-labelledby="plan-summary-heading">
      <h2 id="plan-summary-heading" ref={heading} tabIndex={-1}>
        Your committed plan
      </h2>
      <div className="summary-grid">
        <section className="card summary-ramp" aria-labelledby="summary-ramp">
          <h3 id="summary-ramp">Ramp and holds</h3>
          <RampChips stages={planToDraft(plan, scenario).stages} />
          <ul className="summary-sentences">
            {plan.stages.map((stage, i) => (
              <li key={i}>{stageSentence(stage, i + 1)}</li>
            ))}
          </ul>
          <p className="muted">At least {formatMinutes(total)} of holds before full rollout.</p>
        </section>
        <section className="card" aria-labelledby="summary-cohorts">
          <h3 id="summary-cohorts">Who goes first</h3>
          {plan.cohorts === 'random' ? (
            <p>A random slice of all traffic.</p>
          ) : (
            <ol className="summary-cohorts">
              {plan.cohorts.map((id) => (
                <li key={id}>{name(id)}</li>
              ))}
            </ol>
          )}
        </section>
        <section className="card" aria-labelledby="summary-thresholds">
          <h3 id="summary-thresholds">Rollback thresholds</h3>
          <ul className="summary-sentences">
            {plan.thresholds.map((t, i) => (
              <li key={i}>{describeThreshold(t)}.</li>
            ))}
          </ul>
          <p>
            {plan.significance === null
              ? 'Acted on raw numbers, without a confidence level.'
              : `Checked with ${Math.round(plan.significance.confidence * 100)} % confidence.`}
          </p>
        </section>
        <section className="card" aria-labelledby="summary-rollback">
          <h3 id="summary-rollback">Rollback and follow-up</h3>
          <p>
            {joinWords(plan.rollback.authorizers.map((r) => ROLE_LABELS[r]))} may call a rollback,{' '}
            {plan.rollback.coverage === '24x7' ? 'around the clock' : 'in business hours only'}, by{' '}
            {MECHANISMS[plan.rollback.mechanism]}.
          </p>
          <p>
            {plan.followUp.abTest
              ? 'A randomized A/B test follows the canary.'
              : 'No A/B test follows the canary.'}
          </p>
        </section>
      </div>
      <PlanWarnings plan={plan} scenario={scenario} level={3} />
    </section>
  );
}
