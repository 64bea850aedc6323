import type { Plan } from '../domain/plan';
import type { RunResult } from '../domain/run';
import type { Regression, Scenario } from '../domain/scenario';
import type { NarrativeStep } from '../domain/score';
import { affectsSegment } from '../metrics/segmentParameters';
import { formatMinutes } from '../plan/describePlan';
import { stageDetectionProbability } from '../power/stagePower';
import { segmentExposure } from '../traffic/exposure';
import { canaryEffect } from './effectSize';
import { effectName, metricsSeeing } from './regressionMetrics';
import { METRIC_LABELS, formatLimit } from './wording';

type Draft = Omit<NarrativeStep, 'clock'>;

/** A stage as the run played it: when it began and ended. */
interface PlayedStage {
  readonly index: number;
  readonly percent: number;
  readonly start: number;
  readonly end: number;
}

/** Stages below 100 % that the run entered, up to (and including) the one that caught it. */
function playedStages(run: RunResult): PlayedStage[] {
  const entries = run.events.flatMap((event) => (event.type === 'stage-entered' ? [event] : []));
  const last = run.outcome.stageAtDetection ?? Infinity;
  return entries
    .map((entry, i) => ({
      index: entry.stage,
      percent: entry.percent,
      start: entry.minute,
      end: entries[i + 1]?.minute ?? run.outcome.endMinute,
    }))
    .filter((stage) => stage.percent < 100 && stage.index < last);
}

function unguardedSteps(
  plan: Plan,
  scenario: Scenario,
  regression: Regression,
  minute: number,
): Draft[] {
  const guarded = new Set(plan.thresholds.map((threshold) => threshold.metric));
  const observable = new Set(scenario.observableMetrics);
  return regression.effects
    .filter((effect) => {
      const seeing = metricsSeeing(effect).filter((metric) => observable.has(metric));
      return seeing.length > 0 && !seeing.some((metric) => guarded.has(metric));
    })
    .map((effect) => ({
      minute,
      kind: 'missed' as const,
      text: `Missed: ${effectName(effect)} moved with “${regression.id}”, but no threshold watched it.`,
    }));
}

/** Why one stage could not see a regression: nobody affected was exposed, or too little volume. */
function stageStep(
  run: RunResult,
  scenario: Scenario,
  regression: Regression,
  stage: PlayedStage,
): Draft | undefined {
  const { plan } = run;
  const exposure = segmentExposure(scenario.segments, plan.cohorts, stage.percent);
  const affected = scenario.segments.filter((segment) => affectsSegment(regression, segment));
  const reached = affected.filter(
    (segment) => (exposure[scenario.segments.indexOf(segment)] ?? 0) > 0,
  );
  if (reached.length === 0) {
    const names = affected.map((segment) => segment.name).join(', ');
    return {
      minute: stage.end,
      kind: 'missed',
      text: `At ${stage.percent} % the canary did not yet include ${names}, where “${regression.id}” shows, so this stage could not see it.`,
    };
  }
  const began = run.events.find(
    (e) => e.type === 'regression-onset' && e.regressionId === regression.id,
  );
  // Before its onset there was nothing to see: no excuse needed for this stage.
  if (!began || began.minute >= stage.end) return undefined;
  if (regression.onset.type === 'above-share' && stage.percent < regression.onset.share * 100) {
    return {
      minute: stage.end,
      kind: 'missed',
      text: `At ${stage.percent} % “${regression.id}” could not appear: it needs ${regression.onset.share * 100} % of traffic on the new version.`,
    };
  }
  if (regression.onset.type === 'intermittent' && !activeDuring(run, stage)) {
    const { everyMinutes, forMinutes } = regression.onset;
    return {
      minute: stage.end,
      kind: 'missed',
      text: `The ${stage.percent} % stage (${formatMinutes(stage.end - stage.start)}) fell between the bursts of “${regression.id}” (${formatMinutes(forMinutes)} every ${formatMinutes(everyMinutes)}): it never saw the clock window in which the regression shows.`,
    };
  }
  return powerStep(run, scenario, regression, stage, exposure);
}

/** Whether a regression was active on exposed traffic at any check of the stage. */
function activeDuring(run: RunResult, stage: PlayedStage): boolean {
  const { regressionActive, intervalMinutes } = run.series;
  const first = Math.ceil(stage.start / intervalMinutes);
  const last = Math.min(regressionActive.length, Math.ceil(stage.end / intervalMinutes));
  for (let i = first; i < last; i++) if (regressionActive[i]) return true;
  return false;
}

function powerStep(
  run: RunResult,
  scenario: Scenario,
  regression: Regression,
  stage: PlayedStage,
  exposure: Float64Array,
): Draft | undefined {
  const { plan } = run;
  let best: { probability: number; text: string } | undefined;
  let loose: string | undefined;
  plan.thresholds.forEach((threshold, thresholdIndex) => {
    const effect = canaryEffect(regression, threshold, scenario.segments, exposure);
    if (effect === null || effect <= 0) return;
    if (effect <= threshold.limit) {
      // No hold is long enough when the whole move fits inside the limit: the limit is the problem.
      const size = formatLimit(Math.round(effect * 100) / 100, threshold.unit);
      loose ??= `At ${stage.percent} %, “${regression.id}” moved ${METRIC_LABELS[threshold.metric]} by ${size} across the canary, inside the ${formatLimit(threshold.limit, threshold.unit)} limit: the limit was too loose to trip, however long the hold.`;
      return;
    }
    const holdMinutes = stage.end - stage.start;
    const probability = stageDetectionProbability({
      scenario,
      plan,
      stageIndex: stage.index,
      thresholdIndex,
      effect,
      holdMinutes,
    });
    if (best && best.probability >= probability) return;
    const size = formatLimit(Math.round(effect * 100) / 100, threshold.unit);
    best = {
      probability,
      text: `At ${stage.percent} % for ${formatMinutes(holdMinutes)}, a ${size} move in ${METRIC_LABELS[threshold.metric]} is seen with probability ${probability.toFixed(2)}: the hold was too short for the volume.`,
    };
  });
  // A stage that would usually have caught it needs no excuse.
  if (best)
    return best.probability < 0.5
      ? { minute: stage.end, kind: 'missed', text: best.text }
      : undefined;
  return loose ? { minute: stage.end, kind: 'missed', text: loose } : undefined;
}

/** Metrics a regression moved that no threshold watched, told at its onset. */
export function explainUnguarded(run: RunResult, scenario: Scenario): Draft[] {
  const onset = run.outcome.onsetMinute ?? 0;
  return scenario.regressions.flatMap((regression) =>
    unguardedSteps(run.plan, scenario, regression, onset),
  );
}

/** Why each stage could not see each regression, told as the stage ended. */
export function explainStageMisses(run: RunResult, scenario: Scenario): Draft[] {
  return scenario.regressions.flatMap((regression) =>
    playedStages(run).flatMap((stage) => {
      const step = stageStep(run, scenario, regression, stage);
      return step ? [step] : [];
    }),
  );
}
