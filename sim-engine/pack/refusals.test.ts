import { describe, expect, it } from 'vitest';
import { formatIssue } from '../validation/issues';
import completePack from '../../scenarios/examples/complete-pack.json';
import minimalPack from '../../scenarios/examples/minimal-pack.json';
import { PACK_LIMITS } from './limits';
import { loadPack, loadPackText } from './loadPack';

type Json = Record<string, unknown>;
type PackJson = Json & { scenarios: (Json & { segments: Json[]; regressions?: Json[] })[] };

function minimal(): PackJson {
  return structuredClone(minimalPack) as PackJson;
}

function complete(): PackJson {
  return structuredClone(completePack) as PackJson;
}

/** The minimal pack whose one scenario has these changes. */
function withScenario(changes: Json): PackJson {
  const pack = minimal();
  pack.scenarios = [{ ...pack.scenarios[0], ...changes } as PackJson['scenarios'][number]];
  return pack;
}

function issuesOf(value: unknown): string[] {
  const result = loadPack(value);
  if (result.ok) throw new Error('the pack loaded, but it should have been refused');
  return result.issues.map(formatIssue);
}

function issuesOfText(text: string): string[] {
  const result = loadPackText(text);
  if (result.ok) throw new Error('the pack loaded, but it should have been refused');
  return result.issues.map(formatIssue);
}

const twoSegments = (first: Json, second: Json): Json[] => [
  { id: 'internal', kind: 'internal', share: 0.1, ...first },
  { id: 'general', kind: 'general', share: 0.9, ...second },
];

describe('a pack that is refused', () => {
  it('says by how much the segment shares miss 1', () => {
    const pack = withScenario({ segments: twoSegments({ share: 0.07 }, {}) });
    expect(issuesOf(pack)).toEqual([
      '$.scenarios[0].segments: shares add up to 0.97; they must add up to 1',
    ]);
  });

  it('forgives shares that miss 1 only by decimal rounding', () => {
    const thirds = [1, 2, 3].map((n) => ({ id: `s${n}`, kind: 'general', share: 1 / 3 }));
    expect(loadPack(withScenario({ segments: thirds })).ok).toBe(true);
  });

  it('points at a share outside 0 to 1', () => {
    const pack = complete();
    const segments = pack.scenarios[2]?.segments ?? [];
    segments[0] = { ...segments[0], share: 1.2 };
    expect(issuesOf(pack)).toEqual([
      '$.scenarios[2].segments[0].share: must be between 0 and 1',
      '$.scenarios[2].segments: shares add up to 2.19; they must add up to 1',
    ]);
  });

  it('names an unknown field at its own path', () => {
    const pack = withScenario({ horizon: 60 });
    expect(issuesOf(pack)).toEqual(['$.scenarios[0].horizon: is not a known field']);
  });

  it('names a regression segment that is not a segment of the scenario', () => {
    const pack = complete();
    const regression = pack.scenarios[1]?.regressions?.[0];
    if (regression) regression['segments'] = ['self-serve', 'vip'];
    expect(issuesOf(pack)).toEqual([
      '$.scenarios[1].regressions[0].segments[1]: "vip" is not a segment id of this scenario',
    ]);
  });

  it('refuses two segments with the same id', () => {
    const pack = withScenario({
      segments: twoSegments({ id: 'everyone', kind: 'general' }, { id: 'everyone' }),
    });
    expect(issuesOf(pack)).toEqual([
      '$.scenarios[0].segments[1].id: "everyone" is already the id of segments[0]; segment ids must be unique',
    ]);
  });

  it('refuses two scenarios with the same id', () => {
    const pack = minimal();
    pack.scenarios = [pack.scenarios[0], pack.scenarios[0]] as PackJson['scenarios'];
    expect(issuesOf(pack)).toEqual([
      '$.scenarios[1].id: "banner-copy" is already the id of scenarios[0]; scenario ids must be unique',
    ]);
  });

  it('refuses NaN and Infinity handed over as a JavaScript object', () => {
    const pack = withScenario({ segments: twoSegments({ share: Number.NaN }, {}) });
    pack['version'] = '1.0.0';
    pack.scenarios[0] = {
      ...pack.scenarios[0],
      mockMinutes: Infinity,
    } as PackJson['scenarios'][number];
    expect(issuesOf(pack)).toEqual([
      '$.scenarios[0].segments[0].share: must be a finite number, not NaN',
      '$.scenarios[0].mockMinutes: must be a finite number, not Infinity',
    ]);
  });

  it('refuses a __proto__ key in the text and in an object', () => {
    const text = JSON.stringify(minimal()).replace('{', '{"__proto__": {"polluted": true},');
    expect(issuesOfText(text)).toEqual([
      '$.__proto__: "__proto__" is a reserved name and cannot be used as a field',
    ]);
    expect(issuesOf(JSON.parse(text))).toEqual([
      '$.__proto__: "__proto__" is a reserved name and cannot be used as a field',
    ]);
    expect(({} as Json)['polluted']).toBeUndefined();
  });

  it('refuses a constructor key', () => {
    const pack = withScenario({ constructor: 'x' });
    expect(issuesOf(pack)).toEqual([
      '$.scenarios[0].constructor: "constructor" is a reserved name and cannot be used as a field',
    ]);
  });

  it('refuses more scenarios than a pack may hold', () => {
    const pack = minimal();
    const scenario = pack.scenarios[0];
    pack.scenarios = Array.from({ length: PACK_LIMITS.scenarios + 1 }, (_, index) => ({
      ...scenario,
      id: `s-${index}`,
    })) as PackJson['scenarios'];
    expect(issuesOf(pack)).toEqual(['$.scenarios: must have at most 200 entries, not 201']);
  });

  it('says a pack from a newer Canary Coach needs an update', () => {
    const pack = { ...minimal(), format: 'canary-pack/2', somethingNew: true };
    expect(issuesOf(pack)).toEqual([
      '$.format: this pack was written for a newer Canary Coach (canary-pack/2); this version reads canary-pack/1, so update Canary Coach to open it',
    ]);
  });

  it('refuses effects and metrics a non-model change cannot have', () => {
    const pack = withScenario({
      observableMetrics: ['error_rate', 'token_cost', 'error_rate'],
      regressions: [
        {
          effects: [{ metric: 'hallucination_rate', change: 'relative', amount: 0.5 }],
          cause: 'x',
        },
      ],
    });
    expect(issuesOf(pack)).toEqual([
      '$.scenarios[0].regressions[0].effects[0].metric: hallucination_rate applies only to model and prompt changes; this scenario\'s changeKind is "surface"',
      '$.scenarios[0].observableMetrics[1]: token_cost is observable only on model and prompt changes; this scenario\'s changeKind is "surface"',
      '$.scenarios[0].observableMetrics[2]: "error_rate" is listed twice (first at [0])',
    ]);
  });

  it('refuses an effect that pushes a rate below 0', () => {
    const pack = withScenario({
      regressions: [
        { effects: [{ metric: 'error_rate', change: 'absolute', amount: -0.01 }], cause: 'x' },
      ],
    });
    expect(issuesOf(pack)).toEqual([
      '$.scenarios[0].regressions[0].effects[0].amount: takes error_rate in segment "general" from 0.002 to -0.008; a rate must stay between 0 and 1',
    ]);
  });

  it('explains onsets that never pause or never start', () => {
    const effects = [{ metric: 'latency', change: 'scale', amount: 2 }];
    const pack = withScenario({
      horizonMinutes: 600,
      regressions: [
        { effects, onset: { type: 'intermittent', everyMinutes: 30, forMinutes: 30 }, cause: 'x' },
        { effects, onset: { type: 'delayed', afterMinutes: 600 }, cause: 'y' },
      ],
    });
    expect(issuesOf(pack)).toEqual([
      '$.scenarios[0].regressions[0].onset.forMinutes: must be shorter than everyMinutes (30); otherwise the effect never pauses',
      '$.scenarios[0].regressions[1].onset.afterMinutes: must be less than horizonMinutes (600); otherwise the regression never shows',
    ]);
  });

  it('lists the onset types when one is misspelt', () => {
    const effects = [{ metric: 'latency', change: 'scale', amount: 2 }];
    const pack = withScenario({
      regressions: [{ effects, onset: { type: 'sometimes' }, cause: 'z' }],
    });
    expect(issuesOf(pack)).toEqual([
      '$.scenarios[0].regressions[0].onset.type: must be one of: immediate, delayed, growing, above-share, intermittent, clock-hours',
    ]);
  });

  it('names the clock time of a clock-bound onset that is not a time of day', () => {
    const effects = [{ metric: 'error_rate', change: 'absolute', amount: 0.01 }];
    const pack = withScenario({
      regressions: [
        { effects, onset: { type: 'clock-hours', from: '11:00', to: '25:00' }, cause: 'z' },
        { effects, onset: { type: 'clock-hours', from: '11:00', to: '11:00' }, cause: 'z' },
      ],
    });
    expect(issuesOf(pack)).toEqual([
      '$.scenarios[0].regressions[0].onset.to: must be a time of day like "11:30" (24-hour clock)',
      '$.scenarios[0].regressions[1].onset.to: must differ from from (11:00); use "immediate" for an effect present all day',
    ]);
  });

  it('refuses a segment clock offset that is not whole quarter hours, and a drift of nothing', () => {
    const pack = withScenario({
      world: { drift: [{ metric: 'conversion', amount: 0 }] },
    });
    const segments = pack.scenarios[0]?.segments ?? [];
    segments[0] = { ...segments[0], clockOffsetHours: 5.3 };
    expect(issuesOf(pack)).toEqual([
      '$.scenarios[0].world.drift[0].amount: must not be 0: a drift that changes nothing is not a drift',
      '$.scenarios[0].segments[0].clockOffsetHours: must be whole quarter hours, like 5.5',
    ]);
  });

  it('points at a purchase delay out of range or misspelt', () => {
    const pack = withScenario({
      monitoring: {
        purchaseDelay: { sameVisitShare: 1.5, returnMedianMinutes: 2000, spread: 1 },
      },
    });
    expect(issuesOf(pack)).toEqual([
      '$.scenarios[0].monitoring.purchaseDelay.sameVisitShare: must be between 0 and 1',
      '$.scenarios[0].monitoring.purchaseDelay.returnMedianMinutes: must be between 0 and 1440',
      '$.scenarios[0].monitoring.purchaseDelay.spread: is not a known field',
    ]);
  });

  it('points at a latency-per-load out of range', () => {
    const pack = withScenario({ world: { rhythm: { latencyPerLoad: -0.1 } } });
    expect(issuesOf(pack)).toEqual([
      '$.scenarios[0].world.rhythm.latencyPerLoad: must be between 0 and 2',
    ]);
  });

  it('checks reference plans with the plan rules and against the scenario', () => {
    const pack = complete();
    const plans = pack.scenarios[2]?.['referencePlans'] as { strong: Json; weak: Json };
    plans.strong['cohorts'] = ['internal', 'vip'];
    plans.weak['stages'] = [{ percent: 50 }];
    expect(issuesOf(pack)).toEqual([
      '$.scenarios[2].referencePlans.weak.stages[0].percent: must be 100: the last stage puts everyone on the new version',
      '$.scenarios[2].referencePlans.strong.cohorts[1]: "vip" is neither a segment kind nor a segment id of this scenario',
    ]);
  });

  it('reports every broken scenario at once and loads none of them', () => {
    const pack = complete();
    const [first, , third] = pack.scenarios;
    if (first) first['difficulty'] = 'easy';
    if (third) third['mockMinutes'] = 0;
    const result = loadPack(pack);
    expect(result.ok).toBe(false);
    expect('value' in result).toBe(false);
    expect(result.ok ? [] : result.issues.map(formatIssue)).toEqual([
      '$.scenarios[0].difficulty: must be one of: intro, standard, hard',
      '$.scenarios[2].mockMinutes: must be between 1 and 120',
    ]);
  });

  it('refuses a start that is not on the calendar', () => {
    expect(issuesOf(withScenario({ start: '2026-02-29T10:00' }))).toEqual([
      '$.scenarios[0].start: is not a real date and time',
    ]);
    expect(issuesOf(withScenario({ start: '2026-03-03 10:00' }))).toEqual([
      '$.scenarios[0].start: must be a local date and time like "2026-03-03T10:00"',
    ]);
  });

  it('says plainly when the text is not JSON at all', () => {
    expect(issuesOfText('{"format": "canary-pack/1",}')).toEqual([
      '$: is not valid JSON: a comma must be followed by another entry (at line 1, column 28)',
    ]);
  });
});
