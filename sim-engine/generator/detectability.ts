import type { Plan } from '../domain/plan';
import type { MetricEffect, Regression, Scenario } from '../domain/scenario';
import { stageDetectionProbability } from '../power/stagePower';
import { segmentExposure } from '../traffic/exposure';

/*
 * A level's measurable difficulty: how large each regression's effect is against the effect
 * the strong plan's first guarded stage (5 %) detects with 80 % probability within its hold,
 * by the engine's power helper. Above 1, that stage alone usually catches it while it is
 * active; below 1, it takes a later, larger stage (or a longer look).
 */

/** The stage the ratio is read at: the strong plan's first guarded stage (5 %, index 1). */
const FIRST_GUARDED_STAGE = 1;
const POWER_TARGET = 0.8;

/** Share of the canary's traffic at this stage that the regression reaches (1: every segment). */
function reach(scenario: Scenario, plan: Plan, regression: Regression): number {
  const percent = plan.stages[FIRST_GUARDED_STAGE]?.percent ?? 100;
  const exposure = segmentExposure(scenario.segments, plan.cohorts, percent);
  let all = 0;
  let hit = 0;
  scenario.segments.forEach((segment, s) => {
    const canary = segment.share * (exposure[s] ?? 0);
    all += canary;
    if (regression.segments.length === 0 || regression.segments.includes(segment.id)) hit += canary;
  });
  return all > 0 ? hit / all : 0;
}

/** The effect on the canary in the threshold's units, and which threshold reads it; null for latency. */
function canaryMove(
  scenario: Scenario,
  effect: MetricEffect,
  share: number,
): { metric: string; move: number } | null {
  const hallucination = scenario.segments[0]?.baseline.hallucinationRate ?? 0;
  switch (effect.metric) {
    case 'error_rate':
      return effect.change === 'absolute'
        ? { metric: 'error_rate', move: effect.amount * 100 * share }
        : null;
    case 'conversion':
      return effect.change === 'relative'
        ? { metric: 'conversion', move: -effect.amount * 100 * share }
        : null;
    case 'hallucination_rate':
      return effect.change === 'relative'
        ? { metric: 'hallucination_rate', move: hallucination * effect.amount * 100 * share }
        : null;
    case 'thumbs_down_rate':
    case 'token_cost':
      return effect.change === 'relative'
        ? { metric: effect.metric, move: effect.amount * 100 * share }
        : null;
    default:
      // Latency moves a quantile through the shape of the tail: the helper has no closed form here.
      return null;
  }
}

/** The move the stage detects with 80 % probability, by bisection on the power helper. */
function detectableMove(scenario: Scenario, plan: Plan, thresholdIndex: number): number {
  const limit = plan.thresholds[thresholdIndex]?.limit ?? 0;
  const power = (effect: number) =>
    stageDetectionProbability({
      scenario,
      plan,
      stageIndex: FIRST_GUARDED_STAGE,
      thresholdIndex,
      effect,
    });
  let low = limit;
  let high = Math.max(limit * 2, 1);
  for (let grow = 0; grow < 20 && power(high) < POWER_TARGET; grow++) high *= 2;
  for (let step = 0; step < 30; step++) {
    const middle = (low + high) / 2;
    if (power(middle) < POWER_TARGET) low = middle;
    else high = middle;
  }
  return high;
}

/** Each rate effect's ratio for one regression (empty when it moves latency alone). */
function ratiosOf(scenario: Scenario, strong: Plan, regression: Regression): number[] {
  const share = reach(scenario, strong, regression);
  return regression.effects.flatMap((effect) => {
    const moved = canaryMove(scenario, effect, share);
    const thresholdIndex = moved
      ? strong.thresholds.findIndex((t) => t.metric === moved.metric)
      : -1;
    if (!moved || thresholdIndex < 0) return [];
    return [moved.move / detectableMove(scenario, strong, thresholdIndex)];
  });
}

/**
 * For each rate effect of each regression: its move on the canary while active, divided by the
 * move the strong plan's 5 % stage detects with 80 % probability. Latency effects are left out.
 */
export function detectabilityRatios(scenario: Scenario, strong: Plan): number[] {
  return scenario.regressions.flatMap((regression) => ratiosOf(scenario, strong, regression));
}

/**
 * One regression's detectability: its most visible rate effect's ratio (the guard that sees it
 * first decides), or null when it has none the helper can read (latency alone).
 */
export function regressionDetectability(
  scenario: Scenario,
  strong: Plan,
  regression: Regression,
): number | null {
  const ratios = ratiosOf(scenario, strong, regression);
  return ratios.length === 0 ? null : Math.max(...ratios);
}
