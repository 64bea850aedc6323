/**
 * Nanoseconds per draw of the engine's samplers. Run: npx tsx test/bench/samplers.bench.ts
 *
 * Prints, per case, the median and the fastest of several repetitions after a warm-up. Times are
 * CPU time of this process, so other processes sharing the machine inflate them less than wall
 * time. Each case has its own loop so that every call site sees one function and the JIT can
 * inline it, as it can at the engine's own call sites.
 */
import { createSampler } from '../../sim-engine/random/samplers';
import type { Sampler } from '../../sim-engine/random/samplers';
import { createStreamFactory } from '../../sim-engine/random/stream';

const DRAWS_PER_REPETITION = 1_000_000;
const REPETITIONS = 9;

/** Draws `count` values and returns their sum, so that the optimiser cannot drop the draws. */
type DrawLoop = (sampler: Sampler, count: number) => number;

const cases: [string, DrawLoop][] = [
  [
    'uniform()',
    (s, n) => {
      let sum = 0;
      for (let i = 0; i < n; i++) sum += s.uniform();
      return sum;
    },
  ],
  [
    'normal()',
    (s, n) => {
      let sum = 0;
      for (let i = 0; i < n; i++) sum += s.normal();
      return sum;
    },
  ],
  [
    'poisson(0.5)',
    (s, n) => {
      let sum = 0;
      for (let i = 0; i < n; i++) sum += s.poisson(0.5);
      return sum;
    },
  ],
  [
    'poisson(5)',
    (s, n) => {
      let sum = 0;
      for (let i = 0; i < n; i++) sum += s.poisson(5);
      return sum;
    },
  ],
  [
    'poisson(50)',
    (s, n) => {
      let sum = 0;
      for (let i = 0; i < n; i++) sum += s.poisson(50);
      return sum;
    },
  ],
  [
    'poisson(1e9)',
    (s, n) => {
      let sum = 0;
      for (let i = 0; i < n; i++) sum += s.poisson(1e9);
      return sum;
    },
  ],
  [
    'binomial(100, 0.01)',
    (s, n) => {
      let sum = 0;
      for (let i = 0; i < n; i++) sum += s.binomial(100, 0.01);
      return sum;
    },
  ],
  [
    'binomial(1e6, 0.02)',
    (s, n) => {
      let sum = 0;
      for (let i = 0; i < n; i++) sum += s.binomial(1e6, 0.02);
      return sum;
    },
  ],
  [
    'binomial(1e10, 0.3)',
    (s, n) => {
      let sum = 0;
      for (let i = 0; i < n; i++) sum += s.binomial(1e10, 0.3);
      return sum;
    },
  ],
  [
    'gamma(2.5)',
    (s, n) => {
      let sum = 0;
      for (let i = 0; i < n; i++) sum += s.gamma(2.5);
      return sum;
    },
  ],
];

function cpuNanoseconds(): number {
  const { user, system } = process.cpuUsage();
  return (user + system) * 1000;
}

function timeCase(name: string, loop: DrawLoop): { median: number; fastest: number } {
  const sampler = createSampler(createStreamFactory('bench')(name));
  const perDraw: number[] = [];
  let checksum = 0;
  for (let repetition = 0; repetition <= REPETITIONS; repetition++) {
    const start = cpuNanoseconds();
    checksum += loop(sampler, DRAWS_PER_REPETITION);
    // The first repetition is the warm-up.
    if (repetition > 0) perDraw.push((cpuNanoseconds() - start) / DRAWS_PER_REPETITION);
  }
  if (Number.isNaN(checksum)) throw new Error(`${name} produced NaN`);
  perDraw.sort((x, y) => x - y);
  return { median: perDraw[Math.floor(perDraw.length / 2)] ?? NaN, fastest: perDraw[0] ?? NaN };
}

console.log(
  `ns per draw (CPU time), ${REPETITIONS} repetitions × ${DRAWS_PER_REPETITION.toLocaleString('en')} draws`,
);
console.log(`${'case'.padEnd(22)} ${'median'.padStart(7)} ${'fastest'.padStart(8)}`);
for (const [name, loop] of cases) {
  const { median, fastest } = timeCase(name, loop);
  console.log(
    `${name.padEnd(22)} ${median.toFixed(1).padStart(7)} ${fastest.toFixed(1).padStart(8)}`,
  );
}
