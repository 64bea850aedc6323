// A calibration worker: plays one plan on one scenario over a chunk of seeds per message.
import { parentPort } from 'node:worker_threads';
import {
  runSeeds,
  scoreRun,
  simulate,
  type AttemptRunner,
  type Plan,
  type Scenario,
} from '../../sim-engine/index';

/** One unit of work sent to a worker. */
export interface CalibrationTask {
  readonly id: number;
  readonly scenario: Scenario;
  readonly plan: Plan;
  readonly seeds: readonly number[];
}

/** Simulates and scores without the debrief's counterfactual runs, which calibration skips. */
const runner: AttemptRunner = (scenario, plan, seed) => {
  const run = simulate(scenario, plan, { seed });
  return { run, score: scoreRun({ scenario, plan, seed }, run) };
};

parentPort?.on('message', (task: CalibrationTask) => {
  parentPort?.postMessage({
    id: task.id,
    outcomes: runSeeds(task.scenario, task.plan, task.seeds, runner),
  });
});
