import type { Plan } from '../domain/plan';
import type { Criterion, Judgement } from './criteria';

const STRONG_CANARY_VS_AB =
  'The canary only says the release is safe, within hours. Whether it is better needs a randomized ' +
  'A/B test over days; the canary cohort was chosen, not randomized, so its lift proves nothing.';

/** Canary vs A/B: a randomized test follows, and no lift is read from a hand-picked cohort. */
export function judgeCanaryVsAb(plan: Plan): Judgement {
  const conversion = plan.thresholds.filter((threshold) => threshold.metric === 'conversion');
  const againstControl = conversion.some((threshold) => threshold.compare === 'control');
  const byCohort = conversion.some((threshold) => threshold.compare === 'cohort');
  const followUp: Criterion = plan.followUp.abTest
    ? { share: 0.75, credit: 1, text: 'A randomized A/B test follows the canary' }
    : {
        share: 0.75,
        credit: 0,
        text: 'No A/B test follows: nothing will show whether the release is better',
      };
  // With no A/B test, only a within-cohort comparison shows the learner knows the cohort is biased.
  const artifact: Criterion = againstControl
    ? {
        share: 0.25,
        credit: 0,
        text: 'Conversion in the chosen cohort is read against all control: a segment artifact',
      }
    : byCohort || plan.followUp.abTest
      ? { share: 0.25, credit: 1, text: 'No lift is read from the canary cohort' }
      : { share: 0.25, credit: 0, text: 'Nothing separates safety from improvement' };
  return {
    id: 'canary-vs-ab',
    title: 'Canary vs A/B',
    criteria: [followUp, artifact],
    strongCounterpart: STRONG_CANARY_VS_AB,
  };
}
