import { accessSync, constants, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';
import {
  formatIssue,
  loadPack,
  MAX_GENERATOR_SEED,
  type ChangeKind,
  type GeneratorLevel,
} from '../../sim-engine/index';
import { InputError } from '../inputError';
import { parseWholeNumber } from '../numbers';
import { generateOnWorkers } from './generatePool';

/** At most this many scenarios per pack from the command line: each is calibrated. */
export const MAX_GENERATED_SCENARIOS = 200;

export interface GenerateOptions {
  level: GeneratorLevel;
  /** Only this kind of change (commander has checked it is one); absent: any kind. */
  changeKind?: ChangeKind;
  count: string;
  seed: string;
  seeds: string;
  out: string;
}

/** The pack file around generated scenarios: it names the level, kind and seed it came from. */
function packFor(options: GenerateOptions, seed: number, seeds: number, scenarios: unknown[]) {
  const { level, changeKind } = options;
  const kind = changeKind ? ` ${changeKind}` : '';
  return {
    format: 'canary-pack/1',
    id: `generated-${level}-${changeKind ? `${changeKind}-` : ''}${seed}`,
    title: `Generated practice set: ${level}${changeKind ? `, ${changeKind} changes` : ''}, seed ${seed}`,
    author: 'Canary Coach scenario generator',
    version: '1.0.0',
    description: `${scenarios.length} generated ${level}${kind} scenarios from seed ${seed}, each calibrated FAIR on ${seeds} seeds per reference plan before it was written (canary-coach generate).`,
    scenarios,
  };
}

/** Checked before any work: minutes of calibration should not end in an unwritable path. */
function checkWritable(out: string): void {
  try {
    accessSync(dirname(out), constants.W_OK);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code ?? 'unknown error';
    throw new InputError(`${out}: cannot be written (${code})`);
  }
}

function writePack(out: string, text: string): void {
  try {
    writeFileSync(out, text, 'utf8');
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code ?? 'unknown error';
    throw new InputError(`${out}: cannot be written (${code})`);
  }
}

/**
 * `generate`: a calibrated pack of generated scenarios. Scenario i is drawn from seed + i;
 * a draw that calibration finds unfair is discarded and redrawn from a seed derived from it.
 */
export async function generateCommand(options: GenerateOptions): Promise<void> {
  const count = parseWholeNumber(options.count, '--count', 1, MAX_GENERATED_SCENARIOS);
  const seed = parseWholeNumber(
    options.seed,
    '--seed',
    0,
    MAX_GENERATOR_SEED - MAX_GENERATED_SCENARIOS,
  );
  const seeds = parseWholeNumber(options.seeds, '--seeds', 10, 1000);
  checkWritable(options.out);
  const started = performance.now();
  const tasks = Array.from({ length: count }, (_, i) => ({
    request: {
      seed: seed + i,
      level: options.level,
      ...(options.changeKind ? { changeKind: options.changeKind } : {}),
    },
    seeds,
  }));
  let done = 0;
  let discarded = 0;
  const replies = await generateOnWorkers(tasks, (reply) => {
    done++;
    if (reply.ok) discarded += reply.attempts - 1;
    process.stderr.write(
      `generating ${options.level}: ${done}/${count} scenarios (${discarded} unfair draws discarded)\n`,
    );
  });
  const failed = replies.filter((reply) => !reply.ok);
  if (failed.length > 0)
    throw new InputError(failed.map((reply) => (reply.ok ? '' : reply.message)).join('\n'));
  const pack = packFor(
    options,
    seed,
    seeds,
    replies.map((reply) => (reply.ok ? reply.scenario : null)),
  );
  // Written only once the whole pack loads back: an invalid pack is a generator defect, never a file.
  const loaded = loadPack(pack);
  if (!loaded.ok)
    throw new Error(`the generated pack is invalid: ${loaded.issues.map(formatIssue).join('; ')}`);
  writePack(options.out, `${JSON.stringify(pack, null, 2)}\n`);
  const elapsed = ((performance.now() - started) / 1000).toFixed(1);
  process.stdout.write(
    `wrote ${options.out}: ${count} ${options.level} scenarios, each FAIR on ${seeds} seeds (${discarded} unfair draws discarded, ${elapsed} s)\n`,
  );
}
