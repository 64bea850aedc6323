import { describe, expect, it } from 'vitest';
import type { Scenario } from '../domain/scenario';
import { formatIssue } from '../validation/issues';
import completePack from '../../scenarios/examples/complete-pack.json';
import minimalPack from '../../scenarios/examples/minimal-pack.json';
import {
  DEFAULT_BASELINE,
  DEFAULT_MONITORING,
  DEFAULT_ROLLBACK_TIMES,
  DEFAULT_TRAFFIC,
  KIND_DEFAULTS,
} from './defaultValues';
import { loadPack } from './loadPack';
import type { LoadedPack } from './loadPack';

type Json = Record<string, unknown>;

function loaded(value: unknown): LoadedPack {
  const result = loadPack(value);
  if (!result.ok) throw new Error(result.issues.map(formatIssue).join('\n'));
  return result.value;
}

/** The minimal example's one scenario, with `changes` merged in, loaded. */
function minimalScenario(changes: Json = {}, packChanges: Json = {}): Scenario {
  const pack = structuredClone(minimalPack) as Json & { scenarios: Json[] };
  pack.scenarios = [{ ...pack.scenarios[0], ...changes }];
  const scenario = loaded({ ...pack, ...packChanges }).scenarios[0];
  if (!scenario) throw new Error('no scenario loaded');
  return scenario;
}

function scenarioOf(pack: LoadedPack, id: string): Scenario {
  const scenario = pack.scenarios.find((candidate) => candidate.id === id);
  if (!scenario) throw new Error(`no scenario ${id}`);
  return scenario;
}

describe('defaults filled into a scenario', () => {
  it('starts on a Tuesday at 10:00 UTC and runs for seven days', () => {
    const scenario = minimalScenario();
    expect(scenario.start).toBe('2026-03-03T10:00');
    expect(new Date(`${scenario.start}:00Z`).getUTCDay()).toBe(2);
    expect(scenario.timeZone).toBe('UTC');
    expect(scenario.horizonMinutes).toBe(7 * 24 * 60);
  });

  it('gives a ten-minute mock interview and a standard difficulty', () => {
    const scenario = minimalScenario();
    expect(scenario.mockMinutes).toBe(10);
    expect(scenario.difficulty).toBe('standard');
    expect(scenario.brief.context).toBe('');
  });

  it('fills traffic, monitoring and rollback times from the documented defaults', () => {
    const scenario = minimalScenario({ traffic: { peakHour: 20 }, rollbackTimes: { routing: 5 } });
    expect(scenario.traffic).toEqual({ ...DEFAULT_TRAFFIC, peakHour: 20 });
    expect(scenario.monitoring).toEqual(DEFAULT_MONITORING);
    expect(scenario.rollbackTimes).toEqual({ ...DEFAULT_ROLLBACK_TIMES, routing: 5 });
  });

  it('derives observable metrics from the change kind', () => {
    expect(minimalScenario().observableMetrics).toEqual([
      'error_rate',
      'latency_p99',
      'conversion',
    ]);
    expect(minimalScenario({ changeKind: 'prompt' }).observableMetrics).toEqual([
      'error_rate',
      'latency_p99',
      'latency_p95',
      'conversion',
      'hallucination_rate',
      'thumbs_down_rate',
      'token_cost',
    ]);
  });

  it('lets a segment baseline override the scenario baseline field by field', () => {
    const scenario = scenarioOf(loaded(completePack), 'checkout-connection-pool');
    const trade = scenario.segments.find((segment) => segment.id === 'trade');
    const chefs = scenario.segments.find((segment) => segment.id === 'chefs');
    expect(trade?.baseline).toEqual({
      ...DEFAULT_BASELINE,
      errorRate: 0.003,
      conversionRate: 0.09,
      latency: { medianMs: 220, logSpread: 0.45 },
    });
    expect(chefs?.baseline.conversionRate).toBe(0.035);
  });

  it('spreads the scenario users by share and takes feedback and tolerance from the kind', () => {
    const scenario = minimalScenario({
      users: 1000,
      segments: [
        { id: 'internal', kind: 'internal', share: 0.25 },
        { id: 'general', kind: 'general', share: 0.75, users: 9 },
      ],
    });
    const [internal, general] = scenario.segments;
    expect(internal?.users).toBe(250);
    expect(general?.users).toBe(9);
    expect(internal?.name).toBe('internal');
    expect(internal?.feedbackRate).toBe(KIND_DEFAULTS.internal.feedbackRate);
    expect(general?.tolerance).toBe(KIND_DEFAULTS.general.tolerance);
    expect(internal?.valuePerConversion).toBe(50);
  });

  it('names unnamed regressions by position and starts them immediately on every segment', () => {
    const scenario = minimalScenario({
      regressions: [
        { effects: [{ metric: 'error_rate', change: 'absolute', amount: 0.01 }], cause: 'A bug.' },
      ],
    });
    expect(scenario.regressions).toEqual([
      {
        id: 'regression-1',
        effects: [{ metric: 'error_rate', change: 'absolute', amount: 0.01 }],
        segments: [],
        onset: { type: 'immediate' },
        cause: 'A bug.',
      },
    ]);
  });

  it('asks the standard probes unless the scenario lists its own, and none for an empty list', () => {
    const standard = minimalScenario().probes.map((probe) => probe.whenMissing);
    expect(standard).toEqual(['cohorts', 'thresholds', 'holds', 'sign-off', 'rollback', 'ab-test']);
    expect(
      minimalScenario({ changeKind: 'model' }).probes.map((probe) => probe.whenMissing),
    ).toContain('model-metrics');
    expect(minimalScenario({ probes: [] }).probes).toEqual([]);
    for (const probe of minimalScenario({ mockMinutes: 3 }).probes) {
      expect(probe.atMinute).toBeLessThan(3);
    }
  });

  it('merges rubric weights from the pack with the scenario overriding', () => {
    const scenario = minimalScenario(
      { rubricWeights: { outcome: 3 } },
      { rubricWeights: { outcome: 1, segments: 2 } },
    );
    expect(scenario.rubricWeights).toEqual({ segments: 2, outcome: 3 });
  });

  it('fills the pack description and licence with empty text when absent', () => {
    const pack = loaded(minimalPack);
    expect(pack.description).toBe('');
    expect(pack.licence).toBe('');
    expect(pack.referencePlans['banner-copy']).toEqual({});
  });
});
