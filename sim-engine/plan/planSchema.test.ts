import { describe, expect, it } from 'vitest';
import { parseWithSchema } from '../validation/fromZod';
import { formatIssue } from '../validation/issues';
import { EXAMPLE_PLAN_JSON } from './examplePlan';
import { PLAN_BOUNDS, planSchema, planSchemaMatchesPlan } from './planSchema';

// The example as loose JSON, so each test can break it the way a person editing the file would.
type Json = Record<string, any>; // eslint-disable-line @typescript-eslint/no-explicit-any

function example(): Json {
  return JSON.parse(EXAMPLE_PLAN_JSON) as Json;
}

function problemsAfter(change: (plan: Json) => void): string[] {
  const plan = example();
  change(plan);
  const parsed = parseWithSchema(planSchema, plan);
  return parsed.ok ? [] : parsed.issues.map(formatIssue);
}

describe('planSchema', () => {
  it('accepts the DESIGN §6 example plan unchanged', () => {
    expect(parseWithSchema(planSchema, example())).toEqual({ ok: true, value: example() });
  });

  it('is proven at compile time to produce exactly the domain Plan', () => {
    expect(planSchemaMatchesPlan).toBe(true);
  });

  it('accepts "random" cohorts, no significance guard, no thresholds and no sign-offs', () => {
    const problems = problemsAfter((plan) => {
      plan.cohorts = 'random';
      plan.significance = null;
      plan.thresholds = [];
      for (const stage of plan.stages) delete stage.signOff;
    });
    expect(problems).toEqual([]);
  });

  it('accepts a single stage straight to 100 %', () => {
    expect(problemsAfter((plan) => (plan.stages = [{ percent: 100 }]))).toEqual([]);
  });

  it('requires the format to be exactly canary-plan/1', () => {
    expect(problemsAfter((plan) => (plan.format = 'canary-plan/1 '))).toEqual([
      '$.format: must be "canary-plan/1"',
    ]);
  });

  it('rejects unknown fields everywhere, at the unknown field itself', () => {
    const problems = problemsAfter((plan) => {
      plan.notes = 'hi';
      plan.stages[0].colour = 'red';
      plan.stages[1].hold.unit = 'minutes';
      plan.thresholds[0].direction = 'up';
      plan.significance.alpha = 0.05;
      plan.rollback.who = 'me';
      plan.followUp.weeks = 2;
    });
    expect(problems).toEqual([
      '$.stages[0].colour: is not a known field',
      '$.stages[1].hold.unit: is not a known field',
      '$.thresholds[0].direction: is not a known field',
      '$.significance.alpha: is not a known field',
      '$.rollback.who: is not a known field',
      '$.followUp.weeks: is not a known field',
      '$.notes: is not a known field',
    ]);
  });

  it('names wrong types with what was found', () => {
    const problems = problemsAfter((plan) => {
      plan.stages[0].percent = '1';
      plan.thresholds[0].limit = null;
      plan.followUp.abTest = 'yes';
    });
    expect(problems).toEqual([
      '$.stages[0].percent: must be a number, not text ("1")',
      '$.thresholds[0].limit: must be a number, not null',
      '$.followUp.abTest: must be true or false, not text ("yes")',
    ]);
  });

  describe('stages', () => {
    it('must increase strictly, naming the previous percent', () => {
      expect(problemsAfter((plan) => (plan.stages[2].percent = 5))).toEqual([
        "$.stages[2].percent: must be larger than the previous stage's 5",
      ]);
      expect(problemsAfter((plan) => (plan.stages[2].percent = 4))).toEqual([
        "$.stages[2].percent: must be larger than the previous stage's 5",
      ]);
    });

    it('must end at 100', () => {
      expect(problemsAfter((plan) => (plan.stages[4].percent = 90))).toEqual([
        '$.stages[4].percent: must be 100: the last stage puts everyone on the new version',
      ]);
    });

    it('keep percents in (0, 100]', () => {
      const problems = problemsAfter((plan) => {
        plan.stages[0].percent = 0;
        plan.stages[4].percent = 100.5;
      });
      expect(problems).toEqual([
        '$.stages[0].percent: must be greater than 0 and at most 100',
        '$.stages[4].percent: must be greater than 0 and at most 100',
      ]);
    });

    it('need a hold before every gate, and none after the last', () => {
      const problems = problemsAfter((plan) => {
        delete plan.stages[1].hold;
        plan.stages[4].hold = { type: 'time', minutes: 60 };
        plan.stages[4].signOff = 'exec';
      });
      expect(problems).toEqual([
        '$.stages[1].hold: is missing; every stage before the last needs one',
        '$.stages[4].hold: is not allowed on the last stage: the rollout is complete there',
        '$.stages[4].signOff: is not allowed on the last stage: no gate follows it',
      ]);
    });

    it('must not be empty or more than the bound', () => {
      expect(problemsAfter((plan) => (plan.stages = []))).toEqual(['$.stages: must not be empty']);
      const many = Array.from({ length: PLAN_BOUNDS.maxStages + 1 }, (_, i) => ({
        percent: i + 1,
        hold: { type: 'time', minutes: 60 },
      }));
      expect(problemsAfter((plan) => (plan.stages = [...many, { percent: 100 }]))).toEqual([
        '$.stages: must have at most 20 entries, not 22',
      ]);
    });

    it('take sign-off roles only from the list', () => {
      expect(problemsAfter((plan) => (plan.stages[0].signOff = 'cto'))).toEqual([
        '$.stages[0].signOff: must be one of: pm, eng-lead, oncall-sre, exec, anyone',
      ]);
    });
  });

  describe('holds', () => {
    it('of time last a positive whole number of minutes, at most 30 days', () => {
      const problems = problemsAfter((plan) => {
        plan.stages[0].hold.minutes = 0;
        plan.stages[3].hold.minutes = 30 * 24 * 60 + 1;
      });
      expect(problems).toEqual([
        '$.stages[0].hold.minutes: must be greater than 0 and at most 43200',
        '$.stages[3].hold.minutes: must be greater than 0 and at most 43200',
      ]);
      expect(problemsAfter((plan) => (plan.stages[0].hold.minutes = 1.5))).toEqual([
        '$.stages[0].hold.minutes: must be a whole number, not 1.5',
      ]);
    });

    it('on metrics give up no sooner than they could succeed', () => {
      const problems = problemsAfter((plan) => {
        plan.stages[1].hold.maxMinutes = 300;
        plan.stages[2].hold.stableMinutes = -5;
      });
      expect(problems).toEqual([
        '$.stages[1].hold.maxMinutes: must be at least stableMinutes (360)',
        '$.stages[2].hold.stableMinutes: must be greater than 0 and at most 43200',
      ]);
    });

    it('name their allowed types', () => {
      const problems = problemsAfter((plan) => {
        plan.stages[0].hold = { type: 'manual' };
        plan.stages[1].hold = { minutes: 5 };
        plan.stages[2].hold = 60;
      });
      expect(problems).toEqual([
        '$.stages[0].hold.type: must be one of: time, metric',
        '$.stages[1].hold.type: is missing; it must be one of: time, metric',
        '$.stages[2].hold: must be an object, not 60',
      ]);
    });
  });

  describe('thresholds', () => {
    it('have non-negative limits within a bound per unit', () => {
      const problems = problemsAfter((plan) => {
        plan.thresholds[0].limit = -0.1;
        plan.thresholds[1].limit = 60_001;
        plan.thresholds[2].limit = 0;
      });
      expect(problems).toEqual([
        '$.thresholds[0].limit: must be at least 0',
        '$.thresholds[1].limit: must be at most 60000 ms',
      ]);
    });

    it('use a unit that fits the metric', () => {
      const problems = problemsAfter((plan) => {
        plan.thresholds[0].unit = 'ms';
        plan.thresholds[1].unit = 'pp';
        plan.thresholds.push({ metric: 'token_cost', limit: 5, unit: 'pp', compare: 'control' });
        plan.thresholds.push({ metric: 'latency_p95', limit: 10, unit: 'pct', compare: 'cohort' });
      });
      expect(problems).toEqual([
        '$.thresholds[0].unit: must be pp or pct for error_rate',
        '$.thresholds[1].unit: must be ms or pct for latency_p99',
        '$.thresholds[3].unit: must be pct for token_cost',
      ]);
    });

    it('do not repeat a metric against the same baseline', () => {
      const problems = problemsAfter((plan) => {
        plan.thresholds.push({ metric: 'error_rate', limit: 10, unit: 'pct', compare: 'control' });
        plan.thresholds.push({ metric: 'error_rate', limit: 1, unit: 'pp', compare: 'cohort' });
      });
      expect(problems).toEqual([
        '$.thresholds[3]: repeats the error_rate threshold against control (first at [0])',
      ]);
    });

    it('take metrics, units and comparisons only from their lists', () => {
      const problems = problemsAfter((plan) => {
        plan.thresholds[0] = { metric: 'errors', limit: 1, unit: 'percent', compare: 'baseline' };
      });
      expect(problems).toEqual([
        '$.thresholds[0].metric: must be one of: error_rate, latency_p99, latency_p95, conversion, hallucination_rate, thumbs_down_rate, token_cost',
        '$.thresholds[0].unit: must be one of: pp, pct, ms',
        '$.thresholds[0].compare: must be one of: control, cohort',
      ]);
    });
  });

  describe('cohorts', () => {
    it('are "random" or a non-empty list of unique non-empty names', () => {
      expect(problemsAfter((plan) => (plan.cohorts = 'shuffled'))).toEqual([
        '$.cohorts: must be "random" or a list of segment kinds or ids, not text ("shuffled")',
      ]);
      expect(problemsAfter((plan) => (plan.cohorts = []))).toEqual([
        '$.cohorts: must not be empty',
      ]);
      expect(problemsAfter((plan) => (plan.cohorts = ['internal', '', 3, 'internal']))).toEqual([
        '$.cohorts[1]: must not be empty',
        '$.cohorts[2]: must be text, not 3',
        '$.cohorts[3]: "internal" is listed twice (first at [0])',
      ]);
      expect(problemsAfter((plan) => (plan.cohorts = ['internal', 'general', 'internal']))).toEqual(
        ['$.cohorts[2]: "internal" is listed twice (first at [0])'],
      );
    });
  });

  describe('significance and rollback', () => {
    it('use a confidence of at least 0.5 and below 1, or null', () => {
      expect(problemsAfter((plan) => (plan.significance.confidence = 1))).toEqual([
        '$.significance.confidence: must be at least 0.5 and less than 1',
      ]);
      expect(problemsAfter((plan) => (plan.significance = 0.95))).toEqual([
        '$.significance: must be null or an object like {"confidence": 0.95}, not 0.95',
      ]);
      expect(problemsAfter((plan) => delete plan.significance)).toEqual([
        '$.significance: is missing; write null to act on point estimates',
      ]);
    });

    it('need a non-empty list of distinct authorizers, a coverage and a mechanism', () => {
      const problems = problemsAfter((plan) => {
        plan.rollback.authorizers = ['pm', 'sre', 'pm'];
        plan.rollback.coverage = 'weekdays';
        delete plan.rollback.mechanism;
      });
      expect(problems).toEqual([
        '$.rollback.authorizers[1]: must be one of: pm, eng-lead, oncall-sre, exec, anyone',
        '$.rollback.authorizers[2]: "pm" is listed twice (first at [0])',
        '$.rollback.coverage: must be one of: 24x7, business-hours',
        '$.rollback.mechanism: is missing; it must be one of: routing, flag, redeploy',
      ]);
      expect(problemsAfter((plan) => (plan.rollback.authorizers = []))).toEqual([
        '$.rollback.authorizers: must not be empty',
      ]);
    });
  });
});
