import seedrandom from 'seedrandom';
import { describe, expect, it } from 'vitest';
import type { Plan } from '../domain/plan';
import type { Segment, SegmentBaseline } from '../domain/scenario';
import { formatIssue } from '../validation/issues';
import type { Parsed } from '../validation/issues';
import { EXAMPLE_PLAN_JSON } from './examplePlan';
import { checkPlanAgainstScenario, planWarnings, parsePlan, parsePlanText } from './parsePlan';

type Json = Record<string, any>; // eslint-disable-line @typescript-eslint/no-explicit-any

function example(): Json {
  return JSON.parse(EXAMPLE_PLAN_JSON) as Json;
}

function lines(parsed: Parsed<unknown>): string[] {
  return parsed.ok ? [] : parsed.issues.map(formatIssue);
}

function examplePlan(): Plan {
  const parsed = parsePlanText(EXAMPLE_PLAN_JSON);
  if (!parsed.ok) throw new Error(lines(parsed).join('\n'));
  return parsed.value;
}

describe('parsePlanText', () => {
  it('parses the DESIGN §6 example into the same data, with its lists frozen', () => {
    const parsed = parsePlanText(EXAMPLE_PLAN_JSON);
    expect(parsed).toEqual({ ok: true, value: example() });
    expect(Object.isFrozen(examplePlan().stages)).toBe(true);
  });

  it('accepts a UTF-8 byte order mark at the start', () => {
    expect(parsePlanText(`\uFEFF${EXAMPLE_PLAN_JSON}`).ok).toBe(true);
  });

  it('refuses empty text, trailing garbage and broken JSON with a line and column', () => {
    expect(lines(parsePlanText(''))).toEqual(['$: is empty: expected JSON text']);
    expect(lines(parsePlanText(`${EXAMPLE_PLAN_JSON}}`))).toEqual([
      '$: is not valid JSON: unexpected text after the end of the JSON (at line 20, column 1)',
    ]);
    expect(lines(parsePlanText(EXAMPLE_PLAN_JSON.replace('"pm" }', '"pm", }')))).toEqual([
      '$: is not valid JSON: a comma must be followed by another entry (at line 6, column 111)',
    ]);
  });

  it('refuses 10 MB of text, far past any plan', () => {
    const padded = EXAMPLE_PLAN_JSON.replace('{', `{${' '.repeat(10 * 1024 * 1024)}`);
    expect(lines(parsePlanText(padded))).toEqual([
      '$: is too large (more than 256 KB); the limit is 256 KB',
    ]);
  });

  it('refuses 100 000-deep nesting without overflowing the stack', () => {
    expect(lines(parsePlanText('['.repeat(100_000) + ']'.repeat(100_000)))).toEqual([
      '$: is nested more than 16 levels deep (at line 1, column 17)',
    ]);
  });

  it('refuses __proto__ and constructor keys before anything else looks at them', () => {
    const text = EXAMPLE_PLAN_JSON.replace(
      '"followUp": { "abTest": true }',
      '"followUp": { "abTest": true, "constructor": {"prototype": {}} }, "__proto__": { "admin": true }',
    );
    expect(lines(parsePlanText(text))).toEqual([
      '$.followUp.constructor: "constructor" is a reserved name and cannot be used as a field',
      '$.__proto__: "__proto__" is a reserved name and cannot be used as a field',
    ]);
  });

  it('says plainly when the file is another Canary Coach format', () => {
    const pack = JSON.stringify({ format: 'canary-pack/1', title: 'Class 1', scenarios: [] });
    expect(lines(parsePlanText(pack))).toEqual([
      '$.format: must be "canary-plan/1": this file is "canary-pack/1", not a release plan',
    ]);
  });
});

describe('parsePlan', () => {
  it('refuses NaN and Infinity in a value that did not come from text', () => {
    const plan = example();
    plan.thresholds[0].limit = NaN;
    plan.significance.confidence = Infinity;
    expect(lines(parsePlan(plan))).toEqual([
      '$.thresholds[0].limit: must be a finite number, not NaN',
      '$.significance.confidence: must be a finite number, not Infinity',
    ]);
  });

  it('reports every issue at once, not only the first', () => {
    const plan = example();
    plan.cohorts = ['internal', 'internal'];
    plan.stages[2].percent = 5;
    plan.stages[4].percent = 90;
    plan.thresholds[1].unit = 'pp';
    plan.significance = { confidence: 2 };
    plan.rollback.coverage = 'always';
    plan.followUp = {};
    expect(lines(parsePlan(plan))).toEqual([
      '$.cohorts[1]: "internal" is listed twice (first at [0])',
      "$.stages[2].percent: must be larger than the previous stage's 5",
      '$.stages[4].percent: must be 100: the last stage puts everyone on the new version',
      '$.thresholds[1].unit: must be ms or pct for latency_p99',
      '$.significance.confidence: must be at least 0.5 and less than 1',
      '$.rollback.coverage: must be one of: 24x7, business-hours',
      '$.followUp.abTest: is missing',
    ]);
  });

  it('never throws, whatever is done to the example plan', () => {
    const random = seedrandom('parse-plan-never-throws');
    const pick = <T>(items: readonly T[]): T => items[Math.floor(random() * items.length)] as T;
    const replacements: readonly unknown[] = [
      null,
      0,
      -1,
      0.5,
      100,
      1e308,
      NaN,
      Infinity,
      '',
      'random',
      'pm',
      'time',
      true,
      [],
      {},
      [null],
      { type: 'metric' },
      undefined,
      () => 1,
      new Date(0),
    ];
    const malformed: string[] = [];
    for (let round = 0; round < 500; round++) {
      const plan: unknown = example();
      const edits = 1 + Math.floor(random() * 4);
      for (let edit = 0; edit < edits; edit++) {
        const [parent, key] = pick(containersAndKeys(plan));
        const action = random();
        if (action < 0.3) deleteKey(parent, key);
        else if (action < 0.8) parent[key] = pick(replacements);
        else if (action < 0.9) parent[`extra${edit}`] = pick(replacements);
        else parent[key] = structuredCloneOf(plan);
      }
      // Collected rather than asserted one by one: thousands of expect calls dominate the run.
      for (const parsed of [parsePlan(plan), parsePlanText(safeStringify(plan))]) {
        if (parsed.ok) continue;
        if (parsed.issues.length === 0) malformed.push(`round ${round}: no issues`);
        for (const issue of parsed.issues) {
          if (!issue.path.startsWith('$') || issue.message === '') {
            malformed.push(`round ${round}: ${JSON.stringify(issue)}`);
          }
        }
      }
    }
    expect(malformed).toEqual([]);
  });

  it('never throws on randomly damaged plan text', () => {
    const random = seedrandom('parse-plan-text-never-throws');
    for (let round = 0; round < 500; round++) {
      const chars = EXAMPLE_PLAN_JSON.split('');
      const at = Math.floor(random() * chars.length);
      chars.splice(
        at,
        1 + Math.floor(random() * 3),
        ...'{["\\:,0-'.charAt(Math.floor(random() * 9)),
      );
      const parsed = parsePlanText(chars.join(''));
      expect(typeof parsed.ok).toBe('boolean');
    }
  });
});

type Container = Record<string | number, unknown>;

/** Every (container, key) pair in a JSON-like value, found without recursion. */
function containersAndKeys(root: unknown): [Container, string | number][] {
  const found: [Container, string | number][] = [];
  const stack: unknown[] = [root];
  const seen = new Set<unknown>();
  while (stack.length > 0) {
    const value = stack.pop();
    if (typeof value !== 'object' || value === null || seen.has(value)) continue;
    seen.add(value);
    for (const key of Object.keys(value)) {
      found.push([value as Container, Array.isArray(value) ? Number(key) : key]);
      stack.push((value as Container)[key]);
    }
  }
  return found.length > 0 ? found : [[{ root } as Container, 'root']];
}

function deleteKey(parent: Container, key: string | number): void {
  if (Array.isArray(parent) && typeof key === 'number') parent.splice(key, 1);
  else delete parent[key];
}

function structuredCloneOf(value: unknown): unknown {
  try {
    return structuredClone(value);
  } catch {
    return null;
  }
}

function safeStringify(value: unknown): string {
  try {
    return JSON.stringify(value) ?? '';
  } catch {
    return '';
  }
}

const BASELINE: SegmentBaseline = {
  errorRate: 0.01,
  conversionRate: 0.05,
  latency: { medianMs: 120, logSpread: 0.4 },
  hallucinationRate: 0,
  thumbsDownRate: 0,
  tokensPerQuery: 0,
};

function segment(id: string, kind: Segment['kind']): Segment {
  return {
    id,
    name: id,
    kind,
    share: 0.2,
    users: 1000,
    valuePerConversion: 10,
    feedbackRate: 0.01,
    tolerance: 0.5,
    requestsPerVisit: 1,
    clockOffsetHours: 0,
    baseline: BASELINE,
  };
}

const SCENARIO = {
  segments: [
    segment('staff', 'internal'),
    segment('beta', 'early-access'),
    segment('everyone', 'general'),
    segment('acme', 'high-value'),
    segment('globex', 'high-value'),
  ],
  observableMetrics: ['error_rate', 'latency_p99', 'conversion'],
} as const;

describe('checkPlanAgainstScenario', () => {
  const withCohorts = (cohorts: Plan['cohorts'], thresholds = examplePlan().thresholds): Plan => ({
    ...examplePlan(),
    cohorts,
    thresholds,
  });

  it('accepts cohorts named by segment kind or segment id', () => {
    const plan = withCohorts(['staff', 'early-access', 'general', 'acme', 'globex']);
    expect(checkPlanAgainstScenario(plan, SCENARIO)).toEqual([]);
    expect(checkPlanAgainstScenario(withCohorts('random'), SCENARIO)).toEqual([]);
  });

  it('names a cohort that is neither a segment kind nor a segment id', () => {
    const issues = checkPlanAgainstScenario(withCohorts(['internal', 'vip', 'low-risk']), SCENARIO);
    expect(issues.map(formatIssue)).toEqual([
      '$.cohorts[1]: "vip" is neither a segment kind nor a segment id in this scenario',
    ]);
  });

  it('only warns about a segment kind the scenario lacks: plans written in kinds travel', () => {
    const plan = withCohorts(['internal', 'low-risk', 'general']);
    expect(checkPlanAgainstScenario(plan, SCENARIO)).toEqual([]);
    expect(planWarnings(plan, SCENARIO).map(formatIssue)).toEqual([
      '$.cohorts[1]: "low-risk" is a segment kind, but this scenario has no low-risk segment: it is skipped',
    ]);
    expect(planWarnings(withCohorts('random'), SCENARIO)).toEqual([]);
  });

  it('flags a segment listed twice, once by id and once by kind, in either order', () => {
    const idFirst = checkPlanAgainstScenario(withCohorts(['acme', 'high-value']), SCENARIO);
    expect(idFirst.map(formatIssue)).toEqual([
      '$.cohorts[1]: "high-value" includes "acme", already listed at [0]',
    ]);
    const kindFirst = checkPlanAgainstScenario(withCohorts(['high-value', 'globex']), SCENARIO);
    expect(kindFirst.map(formatIssue)).toEqual([
      '$.cohorts[1]: "globex" is already included in "high-value" at [0]',
    ]);
  });

  it('flags thresholds on metrics the scenario cannot observe', () => {
    const thresholds = [
      ...examplePlan().thresholds,
      { metric: 'hallucination_rate', limit: 1, unit: 'pp', compare: 'control' },
    ] as const;
    const issues = checkPlanAgainstScenario(withCohorts('random', thresholds), SCENARIO);
    expect(issues.map(formatIssue)).toEqual([
      '$.thresholds[3].metric: hallucination_rate cannot be observed in this scenario (it shows: error_rate, latency_p99, conversion)',
    ]);
  });
});
