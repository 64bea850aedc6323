import {
  calibrationPlans,
  fairnessRuleOf,
  generatedLevel,
  seedRange,
  summarizeCalibration,
  type ScenarioCalibration,
} from '../../sim-engine/index';
import { parseWholeNumber } from '../numbers';
import { packFromOption } from '../packs';
import { calibrationBlock } from './calibrateTable';
import { runOnWorkers } from './workerPool';

/** Seeds per worker message: large enough to amortise messaging, small enough to balance. */
const SEEDS_PER_TASK = 50;

export interface CalibrateOptions {
  pack?: string;
  seeds: string;
}

/** `calibrate`: every scenario's strong and weak plan over N seeds, with a fairness verdict. */
export async function calibrateCommand(options: CalibrateOptions): Promise<boolean> {
  const seedCount = parseWholeNumber(options.seeds, '--seeds', 1, 100_000);
  const pack = packFromOption(options.pack);
  const seeds = seedRange(seedCount);
  const chunks: number[][] = [];
  for (let i = 0; i < seeds.length; i += SEEDS_PER_TASK)
    chunks.push(seeds.slice(i, i + SEEDS_PER_TASK));
  const tasks = pack.scenarios.flatMap((scenario) => {
    const plans = calibrationPlans(scenario, pack.referencePlans[scenario.id]);
    return (['strong', 'weak'] as const).flatMap((which) =>
      chunks.map((chunk) => ({ scenario, plan: plans[which], seeds: chunk, which })),
    );
  });
  const total = seedCount * 2 * pack.scenarios.length;
  let done = 0;
  const started = performance.now();
  const results = await runOnWorkers(tasks, (task) => {
    done += task.seeds.length;
    process.stderr.write(`calibrating ${pack.id}: ${done}/${total} runs\n`);
  });
  // A scenario the generator made is judged by its level's rule (generator/generatedLevel.ts).
  const levels = pack.scenarios.map(generatedLevel);
  const calibrations: ScenarioCalibration[] = pack.scenarios.map((scenario, index) => {
    const of = (which: 'strong' | 'weak') =>
      tasks.flatMap((task, i) =>
        task.scenario === scenario && task.which === which ? (results[i] ?? []) : [],
      );
    const rule = fairnessRuleOf(levels[index] ?? null);
    return summarizeCalibration(scenario, of('strong'), of('weak'), rule);
  });
  const blocks = calibrations.map((calibration, index) => {
    const level = levels[index];
    const rule = level
      ? `\n  judged by the ${level} level's fairness rule (the generator made it)`
      : '';
    return `${calibrationBlock(calibration)}${rule}`;
  });
  process.stdout.write(`${blocks.join('\n\n')}\n`);
  const unfair = calibrations.filter((calibration) => !calibration.verdict.fair).length;
  const seconds = ((performance.now() - started) / 1000).toFixed(1);
  process.stdout.write(
    `\n${calibrations.length - unfair} of ${calibrations.length} scenarios fair (${seconds} s)\n`,
  );
  return unfair === 0;
}
