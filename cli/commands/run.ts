import {
  buildReport,
  checkPlanAgainstScenario,
  planWarnings,
  scoreAttempt,
} from '../../sim-engine/index';
import { InputError } from '../inputError';
import { issueLines, readPlanFile } from '../inputs';
import { MAX_SEED, parseWholeNumber } from '../numbers';
import { findScenario, packFromOption } from '../packs';
import { humanSummary } from './runSummary';

export interface RunOptions {
  scenario: string;
  pack?: string;
  plan: string;
  seed: string;
  json?: boolean;
}

/** `run`: simulate a plan on a scenario and score it; a summary, or the report as JSON. */
export async function runCommand(options: RunOptions): Promise<void> {
  const seed = parseWholeNumber(options.seed, '--seed', 0, MAX_SEED);
  const pack = packFromOption(options.pack);
  const scenario = findScenario(pack, options.scenario);
  const plan = readPlanFile(options.plan);
  const misfits = checkPlanAgainstScenario(plan, scenario);
  if (misfits.length > 0) throw new InputError(issueLines(misfits, options.plan));
  // Kinds the scenario lacks are skipped, not refused: say so on stderr, keep stdout clean.
  for (const warning of planWarnings(plan, scenario))
    process.stderr.write(`warning: ${issueLines([warning], options.plan)}
`);
  const attempt = scoreAttempt({
    scenario,
    plan,
    seed,
    ...(pack.referencePlans[scenario.id]
      ? { referencePlans: pack.referencePlans[scenario.id] }
      : {}),
  });
  if (!options.json) {
    process.stdout.write(`${humanSummary(scenario, attempt.run, attempt.score)}\n`);
    return;
  }
  const report = buildReport(attempt, scenario, {
    packId: pack.id,
    packVersion: pack.version,
    mode: 'cli',
    createdAt: new Date().toISOString(),
  });
  process.stdout.write(`${JSON.stringify(report, null, 2)}\n`);
}
