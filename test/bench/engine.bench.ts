// The engine's budgets (DESIGN §7), as medians: a 7-day, 7-segment run with every metric,
// the same run at 10⁴ times the traffic, and runs per second.
import type { Plan } from '../../sim-engine/domain/plan';
import type { Scenario } from '../../sim-engine/domain/scenario';
import { simulate } from '../../sim-engine/run/simulate';
import { scoreRun } from '../../sim-engine/scoring/scoreAttempt';
import { thresholdTrials } from '../../sim-engine/scoring/thresholdTrials';
import { fixtureScenario, regression, STRONG_PLAN } from '../../sim-engine/testing/fixtures';
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

function scenarioAt(requestsPerMinute: number) {
  const base = fixtureScenario();
  // A healthy release runs the whole week: the slowest case.
  return fixtureScenario({ traffic: { ...base.traffic, requestsPerMinute } });
}

/** Wall and CPU milliseconds of one run; CPU time is steadier on a busy machine. */
function timeRun(scenario: Scenario, plan: Plan, seed: number): { wall: number; cpu: number } {
  const cpuBefore = process.cpuUsage();
  const start = performance.now();
  simulate(scenario, plan, { seed });
  const wall = performance.now() - start;
  const cpu = process.cpuUsage(cpuBefore);
  return { wall, cpu: (cpu.user + cpu.system) / 1000 };
}

const normalScenario = scenarioAt(20_000);
const hugeScenario = scenarioAt(20_000 * 1e4);
for (let seed = 1; seed <= 20; seed++) timeRun(normalScenario, EVERY_METRIC, seed); // warm up the JIT
// Interleaved, so load from elsewhere falls on both alike.
const normal: { wall: number; cpu: number }[] = [];
const huge: { wall: number; cpu: number }[] = [];
for (let seed = 1; seed <= 60; seed++) {
  normal.push(timeRun(normalScenario, EVERY_METRIC, seed));
  huge.push(timeRun(hugeScenario, EVERY_METRIC, seed));
}
const wall = median(normal.map((run) => run.wall));
const cpu = median(normal.map((run) => run.cpu));
report('engine: 7-day, 7-segment run, every metric, wall (budget ≤ 30 ms)', wall, 'ms');
report('engine: the same, CPU time', cpu, 'ms');
report(
  'engine: at traffic ×10⁴, ratio of CPU medians (budget < 1.3)',
  median(huge.map((run) => run.cpu)) / cpu,
  '×',
);
report('engine: runs per second', 1000 / wall, 'runs/s');

const leaking = fixtureScenario({
  regressions: [regression({ onset: { type: 'growing', fullAfterMinutes: 2880 } })],
});
const leak = Array.from({ length: 40 }, (_, seed) => timeRun(leaking, EVERY_METRIC, seed + 1).wall);
report('engine: a run with a leak growing over two days, wall', median(leak), 'ms');

// Scoring: the rubric over a finished run (threshold trials cached), and the one-off cost of
// those trials the first time a plan meets a scenario (the app runs it in its worker).
const scored: number[] = [];
const scoredCpu: number[] = [];
const healthyRun = () => simulate(normalScenario, EVERY_METRIC, { seed: 1 });
scoreRun({ scenario: normalScenario, plan: EVERY_METRIC, seed: 1 }, healthyRun());
for (let seed = 1; seed <= 40; seed++) {
  const cpuBefore = process.cpuUsage();
  const start = performance.now();
  const run = simulate(normalScenario, EVERY_METRIC, { seed });
  scoreRun({ scenario: normalScenario, plan: EVERY_METRIC, seed }, run);
  scored.push(performance.now() - start);
  const cpu = process.cpuUsage(cpuBefore);
  scoredCpu.push((cpu.user + cpu.system) / 1000);
}
report('engine: simulated and scored (trials cached), wall (budget ≤ 30 ms)', median(scored), 'ms');
report('engine: the same, CPU time', median(scoredCpu), 'ms');
const firstScoring = [1, 2, 3].map((round) => {
  const scenario = fixtureScenario({ id: `first-scoring-${round}` });
  const start = performance.now();
  thresholdTrials(scenario, EVERY_METRIC);
  return performance.now() - start;
});
report(
  'scoring: threshold trials the first time a plan meets a scenario',
  median(firstScoring),
  'ms',
);
