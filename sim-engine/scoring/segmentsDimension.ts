import type { Plan, SegmentKind } from '../domain/plan';
import type { Scenario } from '../domain/scenario';
import type { Criterion, Judgement } from './criteria';
import { STRONG_COHORT_ORDER } from './referencePlans';
import { cohortKinds, quoteCohorts } from './wording';

const STRONG_SEGMENTS =
  'Expose your own staff first, then opted-in early-access users and power users who report bugs ' +
  'well, then low-risk traffic; new and high-value customers only once the release has proven itself.';

const rank = (kind: SegmentKind) => STRONG_COHORT_ORDER.indexOf(kind);

/** Share of pairs of kinds that the plan orders the way the strong answer does. */
function concordance(kinds: readonly SegmentKind[]): number {
  let pairs = 0;
  let agreeing = 0;
  for (let i = 0; i < kinds.length; i++) {
    for (let j = i + 1; j < kinds.length; j++) {
      if (rank(kinds[i]!) === rank(kinds[j]!)) continue;
      pairs++;
      if (rank(kinds[i]!) < rank(kinds[j]!)) agreeing++;
    }
  }
  return pairs === 0 ? 1 : agreeing / pairs;
}

/** Kinds in the scenario the plan leaves out come last, as the engine exposes them. */
function exposureKinds(plan: Plan, scenario: Scenario): SegmentKind[] {
  const listed = cohortKinds(plan, scenario);
  const rest = scenario.segments.map((s) => s.kind).filter((kind) => !listed.includes(kind));
  return [...listed, ...rest.filter((kind, i) => rest.indexOf(kind) === i)];
}

function lastCriterion(kinds: readonly SegmentKind[], scenario: Scenario): Criterion {
  const present = new Set(scenario.segments.map((s) => s.kind));
  const late: SegmentKind[] = ['new-customer', 'high-value'];
  const guarded = late.filter((kind) => present.has(kind));
  const early = guarded.filter((kind) =>
    kinds.slice(kinds.indexOf(kind) + 1).some((other) => rank(other) < rank('new-customer')),
  );
  if (guarded.length === 0)
    return { share: 0.3, credit: 1, text: 'No new or high-value customers in this scenario' };
  return early.length === 0
    ? { share: 0.3, credit: 1, text: `${guarded.map((k) => `"${k}"`).join(' and ')} exposed last` }
    : {
        share: 0.3,
        credit: 1 - early.length / guarded.length,
        text: `${early.map((k) => `"${k}"`).join(' and ')} exposed before lower-risk segments`,
      };
}

/** Segments: a deliberate order from the safest cohort to the most valuable one. */
export function judgeSegments(plan: Plan, scenario: Scenario): Judgement {
  const title = 'Segments';
  if (plan.cohorts === 'random') {
    return {
      id: 'segments',
      title,
      criteria: [
        {
          share: 0.9,
          credit: 0,
          text: 'Cohort order is "random": every kind of user meets the release at once',
        },
        { share: 0.1, credit: 1, text: 'Exposure starts small' },
      ],
      strongCounterpart: STRONG_SEGMENTS,
    };
  }
  const kinds = exposureKinds(plan, scenario);
  const safest = [...kinds].sort((a, b) => rank(a) - rank(b))[0];
  const first = kinds[0];
  const order = concordance(kinds);
  return {
    id: 'segments',
    title,
    criteria: [
      first === safest
        ? { share: 0.3, credit: 1, text: `Cohort order starts with "${first}"` }
        : { share: 0.3, credit: 0, text: `Cohort order starts with "${first}", not "${safest}"` },
      lastCriterion(kinds, scenario),
      {
        share: 0.4,
        credit: order,
        text: `Cohort order ${quoteCohorts(plan)} agrees with safest-first on ${Math.round(order * 100)} % of pairs`,
      },
    ],
    strongCounterpart: STRONG_SEGMENTS,
  };
}
