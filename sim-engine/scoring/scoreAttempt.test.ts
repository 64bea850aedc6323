import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { Plan } from '../domain/plan';
import type { Scenario } from '../domain/scenario';
import { loadPackText } from '../pack/loadPack';
import { fixtureScenario, regression } from '../testing/fixtures';
import { formatIssue } from '../validation/issues';
import { BAND_CUTOFFS } from './bands';
import { strongPlanFor, WEAK_REFERENCE_PLAN } from './referencePlans';
import { simulate } from '../run/simulate';
import { replayEdited, scoreAttempt, scoreRun } from './scoreAttempt';
import { dimensionMaxima } from './weights';

function completePack() {
  const text = readFileSync(
    new URL('../../scenarios/examples/complete-pack.json', import.meta.url),
    'utf8',
  );
  const pack = loadPackText(text);
  if (!pack.ok) throw new Error(pack.issues.map(formatIssue).join('\n'));
  return pack.value;
}

const pack = completePack();
const withRegression = fixtureScenario({ id: 'fixture-errors', regressions: [regression()] });
const total = (scenario: Scenario, plan: Plan, seed = 1) =>
  scoreAttempt({ scenario, plan, seed }).score.total;

describe('scoreAttempt bands', () => {
  for (const scenario of [...pack.scenarios, withRegression]) {
    it(`scores the seed's strong answer in the strong band on ${scenario.id}`, () => {
      const { score } = scoreAttempt({ scenario, plan: strongPlanFor(scenario), seed: 1 });
      expect(score.band).toBe('strong');
    });

    it(`scores the seed's weak answer in the weak band on ${scenario.id}`, () => {
      expect(scoreAttempt({ scenario, plan: WEAK_REFERENCE_PLAN, seed: 1 }).score.band).toBe(
        'weak',
      );
    });
  }

  for (const scenario of pack.scenarios) {
    it(`scores the pack's own strong plan in the strong band on ${scenario.id}`, () => {
      const strong = pack.referencePlans[scenario.id]?.strong;
      expect(strong).toBeDefined();
      if (strong)
        expect(scoreAttempt({ scenario, plan: strong, seed: 1 }).score.band).toBe('strong');
    });
  }
});

describe('scoreAttempt with one good habit dropped', () => {
  const model = withRegression;
  const infrastructure = fixtureScenario({
    id: 'fixture-infra',
    changeKind: 'infrastructure',
    regressions: [regression()],
  });
  const variants: [string, Scenario, (plan: Plan) => Plan][] = [
    ['random cohorts', model, (plan) => ({ ...plan, cohorts: 'random' })],
    ['no thresholds', model, (plan) => ({ ...plan, thresholds: [] })],
    [
      'no sign-off',
      model,
      (plan) => ({ ...plan, stages: plan.stages.map(({ signOff: _, ...stage }) => stage) }),
    ],
    [
      'a redeploy rollback with business-hours coverage',
      model,
      (plan) => ({
        ...plan,
        rollback: { authorizers: ['eng-lead'], coverage: 'business-hours', mechanism: 'redeploy' },
      }),
    ],
    ['no A/B follow-up', model, (plan) => ({ ...plan, followUp: { abTest: false } })],
    [
      'time holds only on an infrastructure change',
      infrastructure,
      (plan) => ({
        ...plan,
        stages: plan.stages.map((stage) =>
          stage.hold?.type === 'metric'
            ? { ...stage, hold: { type: 'time', minutes: stage.hold.stableMinutes } }
            : stage,
        ),
      }),
    ],
    [
      'no model metrics on a model change',
      model,
      (plan) => ({
        ...plan,
        thresholds: plan.thresholds.filter(
          (t) => t.metric === 'error_rate' || t.metric === 'latency_p95',
        ),
      }),
    ],
  ];
  for (const [habit, scenario, drop] of variants) {
    it(`scores a plan with ${habit} strictly between the weak and strong answers`, () => {
      const strong = strongPlanFor(scenario);
      const score = total(scenario, drop(strong));
      expect(score).toBeLessThan(total(scenario, strong));
      expect(score).toBeGreaterThan(total(scenario, WEAK_REFERENCE_PLAN));
    });
  }
});

describe('scoreAttempt evidence and penalties', () => {
  it('points every deduction with a run cause at an event that exists at that minute', () => {
    for (const plan of [
      WEAK_REFERENCE_PLAN,
      strongPlanFor(withRegression),
      { ...strongPlanFor(withRegression), thresholds: [] },
    ]) {
      const { score, run } = scoreAttempt({ scenario: withRegression, plan, seed: 3 });
      for (const fact of score.dimensions.flatMap((d) => d.evidence)) {
        if (fact.eventIndex === undefined) continue;
        expect(run.events[fact.eventIndex]?.minute).toBe(fact.minute);
      }
    }
  });

  it('quotes the learner’s own plan in the evidence', () => {
    const plan: Plan = { ...strongPlanFor(withRegression), cohorts: ['general', 'internal'] };
    const texts = scoreAttempt({
      scenario: withRegression,
      plan,
      seed: 1,
    }).score.dimensions.flatMap((d) => d.evidence.map((e) => e.text));
    expect(texts).toContain('Cohort order starts with "general", not "internal"');
    const guarded: Plan = {
      ...WEAK_REFERENCE_PLAN,
      thresholds: [{ metric: 'error_rate', limit: 0.5, unit: 'pp', compare: 'control' }],
    };
    const weak = scoreAttempt({ scenario: withRegression, plan: guarded, seed: 1 }).score;
    expect(weak.dimensions.flatMap((d) => d.evidence.map((e) => e.text))).toContain(
      'Rollback by redeploy takes 40 min',
    );
  });

  it('charges each override and each hint in the penalties', () => {
    const plan = strongPlanFor(withRegression);
    const clean = scoreAttempt({ scenario: withRegression, plan, seed: 1 }).score;
    const overrides = [{ atMinute: 0, thresholdIndex: 0, limit: 5 }];
    const costly = scoreAttempt({
      scenario: withRegression,
      plan,
      seed: 1,
      overrides,
      hintsUsed: 2,
    }).score;
    const charged = costly.penalties.filter((p) => !p.reason.startsWith('Capped'));
    expect(charged.map((p) => p.points)).toEqual([3, 4]);
    expect(costly.total).toBeLessThan(clean.total);
  });

  it('counts communication only when the written answer was graded', () => {
    const plan = strongPlanFor(withRegression);
    const without = scoreAttempt({ scenario: withRegression, plan, seed: 1 }).score;
    const graded = scoreAttempt({
      scenario: withRegression,
      plan,
      seed: 1,
      communication: { score: 40, covered: ['segments'], missed: ['ab-test'] },
    }).score;
    expect(without.dimensions.map((d) => d.id)).not.toContain('communication');
    expect(graded.dimensions.find((d) => d.id === 'communication')?.verdict).toBe('partial');
  });

  it('reads weights from the scenario: 0 leaves a dimension out, 2 doubles it', () => {
    const maxima = dimensionMaxima(
      fixtureScenario({ rubricWeights: { segments: 0, outcome: 2 } }),
      false,
    );
    expect(maxima.has('segments')).toBe(false);
    expect([...maxima.values()].reduce((a, b) => a + b, 0)).toBeCloseTo(100);
    expect(maxima.get('outcome')).toBeCloseTo(2 * (maxima.get('ramp') ?? 0));
    expect(
      dimensionMaxima(fixtureScenario({ changeKind: 'surface' }), false).has('model-guard'),
    ).toBe(false);
  });

  it('documents band cut-offs that order strong above adequate', () => {
    expect(BAND_CUTOFFS.strong).toBeGreaterThan(BAND_CUTOFFS.adequate);
  });
});

describe('scoreAttempt counterfactuals', () => {
  it('plays yours, the strong and the weak plan on the same seed', () => {
    const attempt = scoreAttempt({ scenario: withRegression, plan: WEAK_REFERENCE_PLAN, seed: 5 });
    expect(attempt.counterfactuals.map((c) => c.label)).toEqual(['yours', 'strong', 'weak']);
    expect(attempt.counterfactuals[2]?.outcome).toEqual(attempt.run.outcome);
    expect(attempt.counterfactuals[1]?.outcome.caught).toBe(true);
  });

  it('prefers a pack’s own reference plans when given', () => {
    const strong = { ...strongPlanFor(withRegression), followUp: { abTest: false } };
    const attempt = scoreAttempt({
      scenario: withRegression,
      plan: strongPlanFor(withRegression),
      seed: 1,
      referencePlans: { strong },
    });
    expect(attempt.counterfactuals[1]?.plan).toBe(strong);
  });

  it('replayEdited plays an edited plan on the attempt’s seed', () => {
    const attempt = scoreAttempt({ scenario: withRegression, plan: WEAK_REFERENCE_PLAN, seed: 5 });
    const edited = replayEdited(attempt, withRegression, strongPlanFor(withRegression));
    expect(edited.label).toBe('edited');
    expect(edited.outcome).toEqual(attempt.counterfactuals[1]?.outcome);
  });

  it('scores a run alike whether its trials were remembered or worked out afresh', () => {
    const plan = strongPlanFor(withRegression);
    const run = simulate(withRegression, plan, { seed: 3 });
    const input = { scenario: withRegression, plan, seed: 3 };
    const first = scoreRun(input, run);
    const otherReference = { strong: WEAK_REFERENCE_PLAN };
    const withOther = scoreRun({ ...input, referencePlans: otherReference }, run);
    const fresh = {
      scenario: structuredClone(withRegression),
      plan: structuredClone(plan),
      seed: 3,
    };
    expect(withOther).toEqual(scoreRun({ ...fresh, referencePlans: otherReference }, run));
    expect(scoreRun(input, run)).toEqual(first);
    expect(first).toEqual(scoreRun(fresh, run));
  });

  it('gives the same score for the same scenario, plan and seed', () => {
    const plan = strongPlanFor(withRegression);
    expect(scoreAttempt({ scenario: withRegression, plan, seed: 9 }).score).toEqual(
      scoreAttempt({ scenario: withRegression, plan, seed: 9 }).score,
    );
  });
});
