// The engine's budgets (DESIGN §7) in a world that moves: a 7-day, 7-segment run with every
// metric, where segments live in three time zones, visits make five requests, rates follow
// the hour, conversion drifts and wanders from day to day, and a regression is clock-bound;
// the same run at 10⁴ times the traffic.
import type { Plan } from '../../sim-engine/domain/plan';
import type { Scenario } from '../../sim-engine/domain/scenario';
import { DEFAULT_MONITORING, DEFAULT_WORLD } from '../../sim-engine/pack/defaultValues';
import { simulate } from '../../sim-engine/run/simulate';
import { clopperPearson } from '../../sim-engine/testing/clopperPearson';
import {
  fixtureScenario,
  regression,
  SEVEN_SEGMENTS,
  STRONG_PLAN,
} from '../../sim-engine/testing/fixtures';
import { median, report } from './measure';

const EVERY_METRIC: Plan = {
  ...STRONG_PLAN,
  thresholds: [
    { metric: 'error_rate', limit: 0.5, unit: 'pp', compare: 'control' },
    { metric: 'latency_p99', limit: 200, unit: 'ms', compare: 'control' },
    { metric: 'latency_p95', limit: 10, unit: 'pct', compare: 'control' },
    { metric: 'conversion', limit: 2, unit: 'pct', compare: 'cohort' },
    { metric: 'hallucination_rate', limit: 1, unit: 'pp', compare: 'control' },
    { metric: 'thumbs_down_rate', limit: 10, unit: 'pct', compare: 'cohort' },
    { metric: 'token_cost', limit: 10, unit: 'pct', compare: 'control' },
  ],
};

const OFFSETS = [0, 0, 7, 0, -6, 7, 0];

function scenarioAt(requestsPerMinute: number): Scenario {
  const base = fixtureScenario();
  return fixtureScenario({
    traffic: { ...base.traffic, requestsPerMinute },
    world: {
      ...DEFAULT_WORLD,
      drift: [{ metric: 'conversion', amount: -0.1, fromMinute: 2880, rampMinutes: 720 }],
      noise: { conversionDayToDay: 0.05 },
    },
    segments: SEVEN_SEGMENTS.map((segment, s) => ({
      ...segment,
      requestsPerVisit: 5,
      clockOffsetHours: OFFSETS[s] ?? 0,
    })),
    // A small clock-bound effect the guard does not catch: the run lasts the whole week.
    regressions: [
      regression({
        effects: [{ metric: 'error_rate', change: 'absolute', amount: 0.0001 }],
        segments: ['everyone'],
        onset: { type: 'clock-hours', fromMinute: 690, toMinute: 840 },
      }),
    ],
  });
}

function timeRun(scenario: Scenario, seed: number): { wall: number; cpu: number; end: number } {
  const cpuBefore = process.cpuUsage();
  const start = performance.now();
  const result = simulate(scenario, EVERY_METRIC, { seed });
  const wall = performance.now() - start;
  const cpu = process.cpuUsage(cpuBefore);
  return { wall, cpu: (cpu.user + cpu.system) / 1000, end: result.series.canaryShare.length };
}

const normalScenario = scenarioAt(20_000);
const hugeScenario = scenarioAt(20_000 * 1e4);
for (let seed = 1; seed <= 20; seed++) timeRun(normalScenario, seed); // warm up the JIT
const normal: { wall: number; cpu: number; end: number }[] = [];
const huge: { wall: number; cpu: number; end: number }[] = [];
for (let seed = 1; seed <= 60; seed++) {
  normal.push(timeRun(normalScenario, seed));
  huge.push(timeRun(hugeScenario, seed));
}
const wall = median(normal.map((run) => run.wall));
const cpu = median(normal.map((run) => run.cpu));
report('world: 7-day run, 3 time zones, visits, rhythm, drift, noise (≤ 30 ms)', wall, 'ms');
report('world: the same, CPU time', cpu, 'ms');
report(
  'world: intervals simulated per run (median; 2016 = the whole week)',
  median(normal.map((run) => run.end)),
  '',
);
report(
  'world: at traffic ×10⁴, ratio of CPU medians (budget < 1.3)',
  median(huge.map((run) => run.cpu)) / cpu,
  '×',
);

// The false-alarm promise with the world's clustered noise on, on the current guard: an A/A
// release over a whole ramp (1 → 5 → 25 → 50 → 100 %, 3 days) in the default world (rhythm,
// latency under load, visits, the default purchase delay) with conversion wandering 5 % a
// day per segment. The promise: a 95 % guard rolls back at most 5 % of such releases.
const AA_SEEDS = Number(process.env['WORLD_AA_SEEDS'] ?? 500);
const aaScenario: Scenario = fixtureScenario({
  horizonMinutes: 3 * 1440,
  world: { ...DEFAULT_WORLD, noise: { conversionDayToDay: 0.05 } },
  monitoring: { ...DEFAULT_MONITORING, evalSampleRate: 0.02 },
  segments: SEVEN_SEGMENTS.map((segment) => ({ ...segment, requestsPerVisit: 5 })),
});
const wholeRamp = (thresholds: Plan['thresholds']): Plan => ({
  ...STRONG_PLAN,
  stages: [
    { percent: 1, hold: { type: 'time', minutes: 240 } },
    { percent: 5, hold: { type: 'time', minutes: 720 } },
    { percent: 25, hold: { type: 'time', minutes: 1440 } },
    { percent: 50, hold: { type: 'time', minutes: 720 } },
    { percent: 100 },
  ],
  thresholds,
});
for (const [label, plan] of [
  ['3 metrics (errors, p99, conversion vs cohort)', wholeRamp(STRONG_PLAN.thresholds)],
  ['all 7 metrics', wholeRamp(EVERY_METRIC.thresholds)],
] as const) {
  let breaches = 0;
  for (let seed = 1; seed <= AA_SEEDS; seed++)
    if (simulate(aaScenario, plan, { seed }).events.some((event) => event.type === 'breach'))
      breaches++;
  const { lower, upper } = clopperPearson(breaches, AA_SEEDS);
  console.log(
    `world A/A, clustered noise, ${label}: ${breaches} of ${AA_SEEDS} seeds rolled back = ` +
      `${((100 * breaches) / AA_SEEDS).toFixed(2)} % (exact 95 %: ${(100 * lower).toFixed(2)}–` +
      `${(100 * upper).toFixed(2)} %; promise ≤ 5 %)`,
  );
}
