// The options both two-checkout benches take (generatorCompare.ts, generatorCriticalPath.ts):
//   --before DIR [--count N] [--first SEED] [--levels hard,...] [--workers W] [--out FILE]
import { GENERATOR_LEVELS } from '../../sim-engine/index';
import type { GeneratorLevel } from '../../sim-engine/index';

export interface CompareOptions {
  /** The checkout to compare with, e.g. /work/main. */
  readonly before: string;
  readonly count: number;
  readonly first: number;
  readonly workers: number;
  readonly out: string | undefined;
  readonly levels: readonly GeneratorLevel[];
}

export function compareOptions(argv: readonly string[] = process.argv): CompareOptions {
  const argument = (name: string) => {
    const index = argv.indexOf(`--${name}`);
    return index < 0 ? undefined : argv[index + 1];
  };
  const before = argument('before');
  if (!before) throw new Error('--before: the checkout to compare with, e.g. /work/main');
  return {
    before,
    count: Number(argument('count') ?? 20),
    first: Number(argument('first') ?? 120_000),
    workers: Number(argument('workers') ?? 2),
    out: argument('out'),
    levels: (argument('levels') ?? GENERATOR_LEVELS.join(',')).split(',') as GeneratorLevel[],
  };
}
