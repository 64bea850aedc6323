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

/**
 * The kinds the plan itself names, in its order. Kinds it leaves out follow in the file's order
 * when the engine runs: that order is an accident, so it earns nothing.
 */
function namedKinds(plan: Plan, scenario: Scenario): SegmentKind[] {
  const listed = cohortKinds(plan, scenario);
  return listed.filter((kind, i) => listed.indexOf(kind) === i);
}

function scenarioKinds(scenario: Scenario): SegmentKind[] {
  const kinds = scenario.segments.map((s) => s.kind);
  return kinds.filter((kind, i) => kinds.indexOf(kind) === i);
}

function lastCriterion(kinds: readonly SegmentKind[], scenario: Scenario): Criterion {
  const present = new Set(scenario.segments.map((s) => s.kind));
  const late: SegmentKind[] = ['new-customer', 'high-value'];
  const guarded = late.filter((kind) => present.has(kind));
  const unnamed = guarded.filter((kind) => !kinds.includes(kind));
  const early = guarded.filter((kind) =>
    kinds.slice(kinds.indexOf(kind) + 1).some((other) => rank(other) < rank('new-customer')),
  );
  if (guarded.length === 0)
    return { share: 0.3, credit: 1, text: 'No new or high-value customers in this scenario' };
  if (unnamed.length > 0) {
    return {
      share: 0.3,
      credit: 1 - unnamed.length / guarded.length,
      text: `${unnamed.map((k) => `"${k}"`).join(' and ')} not placed by the plan: left to the file's order`,
    };
  }
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
  const kinds = namedKinds(plan, scenario);
  const everyKind = scenarioKinds(scenario);
  const safest = [...everyKind].sort((a, b) => rank(a) - rank(b))[0];
  const first = kinds[0];
  const named = everyKind.length === 0 ? 1 : kinds.length / everyKind.length;
  // Agreement counts only among the kinds the plan placed, scaled by how many it placed.
  const order = concordance(kinds) * named;
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
        text:
          named < 1
            ? `Cohort order ${quoteCohorts(plan)} places ${kinds.length} of the scenario's ${everyKind.length} kinds of user; the rest follow in file order`
            : `Cohort order ${quoteCohorts(plan)} agrees with safest-first on ${Math.round(order * 100)} % of pairs`,
      },
    ],
    strongCounterpart: STRONG_SEGMENTS,
  };
}
