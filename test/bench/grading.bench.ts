/**
 * Median wall time of grading a 2,000-word written answer (budget: under 20 ms).
 * Run: npx tsx test/bench/grading.bench.ts
 */
import { performance } from 'node:perf_hooks';
import { OWN_STRONG, SEED_STRONG } from '../../sim-engine/grading/answers.fixture';
import { gradeAnswer } from '../../sim-engine/grading/gradeAnswer';
import { fixtureScenario } from '../../sim-engine/testing/fixtures';
import { median, report } from './measure';

const REPEATS = 31;
const WORDS = 2_000;

function answerOf(words: number): string {
  const pool = [SEED_STRONG, ...OWN_STRONG.map(({ text }) => text)].join('\n\n').split(/\s+/);
  return Array.from({ length: words }, (_, i) => pool[i % pool.length]).join(' ');
}

const answer = answerOf(WORDS);
const scenario = fixtureScenario();
for (let i = 0; i < 5; i++) gradeAnswer(answer, scenario); // let the JIT settle
const times: number[] = [];
for (let i = 0; i < REPEATS; i++) {
  const start = performance.now();
  gradeAnswer(answer, scenario);
  times.push(performance.now() - start);
}
report(
  `gradeAnswer, ${WORDS}-word answer, model scenario (median of ${REPEATS})`,
  median(times),
  'ms',
);
