// The gates' promises at bench size: each figure a rate over seeds with its exact (Clopper–
// Pearson) 95 % interval. Tests check the same figures over fewer seeds
// (sim-engine/run/gatePromises.test.ts); this prints them at the size the report quotes.
import { stageDetectionProbability } from '../../sim-engine/power/stagePower';
import { formatRate } from '../../sim-engine/testing/clopperPearson';
import { STRONG_PLAN } from '../../sim-engine/testing/fixtures';
import {
  aaWholeRamp,
  latencyAtLimit,
  lateOnset,
  nullBoundary,
  SEVEN_METRICS,
  tallyRuns,
} from '../../sim-engine/testing/gateFigures';
import {
  fixedHorizonPower,
  HELPER_CASES,
  POWER_CASES,
  powerSetup,
} from '../../sim-engine/testing/powerCases';

const SEEDS = Number(process.env['GATE_SEEDS'] ?? 500);
// GATE_FIGURES=aa,null,late,latency,power,helper runs some of the figures (all by default), so
// the slow ones can run in separate processes.
const chosen = process.env['GATE_FIGURES']?.split(',');
const runs = (figure: string) => !chosen || chosen.includes(figure);
const line = (label: string, text: string) => console.log(`gates: ${label.padEnd(58)} ${text}`);

for (const [name, thresholds] of runs('aa')
  ? ([
      ['3 metrics', STRONG_PLAN.thresholds],
      ['7 metrics', SEVEN_METRICS],
    ] as const)
  : []) {
  const { scenario, plan } = aaWholeRamp(thresholds);
  const tally = tallyRuns(scenario, plan, SEEDS);
  line(`A/A strong ramp, ${name}: false rollbacks (breach)`, formatRate(tally.breaches, SEEDS));
  line(`A/A strong ramp, ${name}: stages inconclusive`, formatRate(tally.inconclusive, SEEDS));
}
if (runs('null')) {
  const { scenario, plan } = nullBoundary();
  const tally = tallyRuns(scenario, plan, SEEDS);
  line('null boundary (3 metrics at their limits): any breach', formatRate(tally.breaches, SEEDS));
}
for (const fraction of runs('late') ? [0.5, 0.75, 0.9] : []) {
  const { scenario, plan } = lateOnset(1440 * fraction);
  const tally = tallyRuns(scenario, plan, SEEDS, 1440);
  line(
    `late onset at ${fraction * 100} % of a 24 h stage: caught`,
    formatRate(tally.caughtBy, SEEDS),
  );
}
for (const ms of runs('latency') ? [190, 200, 300] : []) {
  const { scenario, plan } = latencyAtLimit(ms);
  const tally = tallyRuns(scenario, plan, SEEDS);
  line(`p99 +${ms} ms against a 200 ms limit: breach`, formatRate(tally.breaches, SEEDS));
}
for (const power of runs('power') ? POWER_CASES : []) {
  const { scenario, plan } = powerSetup(power);
  const tally = tallyRuns(scenario, plan, SEEDS, power.minutes);
  const zTest = fixedHorizonPower(power, 0.05);
  line(
    `power, ${power.name}`,
    `${formatRate(tally.caughtBy, SEEDS)}; z-test ${zTest.toFixed(3)}; ratio ${(tally.caughtBy / SEEDS / zTest).toFixed(2)}`,
  );
}
for (const power of runs('helper') ? HELPER_CASES : []) {
  const { scenario, plan } = powerSetup(power);
  const tally = tallyRuns(scenario, plan, 2 * SEEDS, power.minutes);
  const helper = stageDetectionProbability({
    scenario,
    plan,
    stageIndex: 0,
    thresholdIndex: 0,
    effect: power.effect,
    startMinute: 0,
  });
  line(
    `helper vs engine, ${power.name}`,
    `${formatRate(tally.caughtBy, 2 * SEEDS)}; helper ${helper.toFixed(3)}`,
  );
}
