// Merges the generator bench's disjoint runs (each written with --out) into one report per level.
//   npx tsx test/bench/generatorMerge.ts results-a.jsonl results-b.jsonl …
import { readFileSync } from 'node:fs';
import { GENERATOR_LEVELS } from '../../sim-engine/index';
import { levelReport } from './generatorReport';
import type { BenchResult } from './generatorWorker';

type Line = BenchResult & { readonly level: string };

const lines: Line[] = process.argv.slice(2).flatMap((file) =>
  readFileSync(file, 'utf8')
    .split('\n')
    .filter((line) => line.trim() !== '')
    .map((line) => JSON.parse(line) as Line),
);
for (const level of GENERATOR_LEVELS) {
  const results = lines.filter((line) => line.level === level);
  const seeds = new Set(results.map((result) => result.seed));
  if (seeds.size !== results.length)
    throw new Error(`${level}: the runs overlap (a generator seed appears twice)`);
  if (results.length === 0) continue;
  const sorted = [...seeds].sort((a, b) => a - b);
  console.log(`\n${level}: ${results.length} scenarios, requests ${sorted[0]}–${sorted.at(-1)}`);
  console.log(levelReport(level, results));
}
