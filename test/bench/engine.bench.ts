// The engine's budgets (DESIGN §7), as medians: a 7-day, 7-segment run with every metric,
// the same run at 10⁴ times the traffic, and runs per second.
import type { Plan } from '../../sim-engine/domain/plan';
import { simulate } from '../../sim-engine/run/simulate';
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

function timeRuns(requestsPerMinute: number, repetitions: number): number[] {
  const base = fixtureScenario();
  // A healthy release runs the whole week: the slowest case.
  const scenario = fixtureScenario({ traffic: { ...base.traffic, requestsPerMinute } });
  const times: number[] = [];
  for (let seed = 1; seed <= repetitions; seed++) {
    const start = performance.now();
    simulate(scenario, EVERY_METRIC, { seed });
    times.push(performance.now() - start);
  }
  return times;
}

timeRuns(20_000, 20); // warm up the JIT
const normal = median(timeRuns(20_000, 60));
const huge = median(timeRuns(20_000 * 1e4, 60));
report('engine: 7-day, 7-segment run, every metric (budget ≤ 30 ms)', normal, 'ms');
report('engine: the same at traffic ×10⁴, ratio (budget < 1.3)', huge / normal, '×');
report('engine: runs per second', 1000 / normal, 'runs/s');

const broken = fixtureScenario({
  regressions: [regression({ onset: { type: 'growing', fullAfterMinutes: 2880 } })],
});
const leak: number[] = [];
for (let seed = 1; seed <= 40; seed++) {
  const start = performance.now();
  simulate(broken, EVERY_METRIC, { seed });
  leak.push(performance.now() - start);
}
report('engine: a run with a leak growing over two days', median(leak), 'ms');
