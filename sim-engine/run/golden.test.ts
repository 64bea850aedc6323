import { readFileSync, writeFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { Plan } from '../domain/plan';
import type { RunResult } from '../domain/run';
import type { Scenario } from '../domain/scenario';
import { loadPackText } from '../pack/loadPack';
import { fixtureScenario, regression, STRONG_PLAN, WEAK_PLAN } from '../testing/fixtures';
import { builtInLibrary } from '../../scenarios/library';
import { simulate } from './simulate';

/**
 * Golden summaries guard determinism across changes: a compact, reviewable line per
 * scenario × plan × seed. A change that moves any of them must be deliberate: rerun with
 * UPDATE_GOLDENS=1, review the diff, bump ENGINE_VERSION and say why in the commit.
 */
const GOLDEN_FILE = new URL('./goldens.json', import.meta.url);

function summarize(result: RunResult) {
  const { outcome, events, series } = result;
  const sum = (values: ArrayLike<number> | undefined) =>
    Array.from(values ?? []).reduce(
      (total, value) => total + (Number.isFinite(value) ? value : 0),
      0,
    );
  return {
    caught: outcome.caught,
    falseRollback: outcome.falseRollback,
    detection:
      outcome.detectionMinute === null
        ? null
        : `${outcome.detectionMetric}@${outcome.detectionMinute}`,
    rollbackComplete: outcome.rollbackCompleteMinute,
    fullRollout: outcome.minutesToFullRollout,
    exposedUsers: outcome.exposedUsers,
    events: events.map((event) => `${event.type}@${event.minute}`).join(' '),
    controlErrorSum: Number(sum(series.control['error_rate']).toFixed(4)),
  };
}

function cases(): { name: string; scenario: Scenario; plan: Plan }[] {
  const pack = loadPackText(
    readFileSync(new URL('../../scenarios/examples/complete-pack.json', import.meta.url), 'utf8'),
  );
  if (!pack.ok) throw new Error('The complete example pack must load.');
  const fromPack = pack.value.scenarios.flatMap((scenario) => {
    const plans = pack.value.referencePlans[scenario.id];
    return [
      { name: `${scenario.id}/strong`, scenario, plan: plans?.strong ?? STRONG_PLAN },
      { name: `${scenario.id}/weak`, scenario, plan: plans?.weak ?? WEAK_PLAN },
    ];
  });
  const library = builtInLibrary();
  const fromLibrary = library.scenarios.flatMap((scenario) => {
    const plans = library.referencePlans[scenario.id];
    return [
      { name: `library/${scenario.id}/strong`, scenario, plan: plans?.strong ?? STRONG_PLAN },
      { name: `library/${scenario.id}/weak`, scenario, plan: plans?.weak ?? WEAK_PLAN },
    ];
  });
  const broken = fixtureScenario({ regressions: [regression()] });
  return [
    ...fromPack,
    ...fromLibrary,
    { name: 'fixture-healthy/strong', scenario: fixtureScenario(), plan: STRONG_PLAN },
    { name: 'fixture-broken/strong', scenario: broken, plan: STRONG_PLAN },
  ];
}

describe('golden run summaries', () => {
  const actual: Record<string, ReturnType<typeof summarize>> = {};
  for (const { name, scenario, plan } of cases()) {
    for (const seed of [1, 2])
      actual[`${name}/seed-${seed}`] = summarize(simulate(scenario, plan, { seed }));
  }

  if (process.env['UPDATE_GOLDENS']) {
    writeFileSync(GOLDEN_FILE, `${JSON.stringify(actual, null, 1)}\n`);
  }
  const expected = JSON.parse(readFileSync(GOLDEN_FILE, 'utf8')) as Record<string, unknown>;

  it('cover the same scenario × plan × seed cases as the engine runs', () => {
    expect(Object.keys(actual).sort()).toEqual(Object.keys(expected).sort());
  });

  it.each(Object.keys(actual))('%s matches its golden summary', (name) => {
    expect(actual[name]).toEqual(expected[name]);
  });
});
