import { CHECK_INTERVAL_MINUTES } from '../domain/run';
import { readThreshold, type VarianceInflation } from '../gates/thresholdEstimate';
import type { ThresholdCheck } from '../statistics/guard';
import { mixingVarianceForWindow } from '../statistics/mixtureSprt';
import type { CheckContext } from './checks';
import type { GateWindow, WindowTest } from './gateWindows';

// How one gate check reads a window: its data as a threshold estimate, and the always-valid
// test that judges it (fixed at the window's first usable look). runChecks decides on them.

/** The variance inflation the world's clustered noise asks for, for one window's length. */
function inflationFor(context: CheckContext, window: GateWindow): VarianceInflation {
  const minutes = context.minute - window.startMinute;
  return (metric, trials) => context.dispersion.varianceInflation(metric, minutes, trials);
}

/** Each window's variance inflation at this check (one per window, shared by the thresholds). */
export function inflationsOf(context: CheckContext): VarianceInflation[] {
  const inflations: VarianceInflation[] = [];
  for (const window of context.windows) inflations.push(inflationFor(context, window));
  return inflations;
}

export function readWindow(
  context: CheckContext,
  index: number,
  window: GateWindow,
  inflation: VarianceInflation | undefined,
): ThresholdCheck {
  const threshold = context.thresholds[index];
  if (!threshold || !inflation)
    return { estimate: Number.NaN, variance: Number.NaN, limit: Number.NaN };
  const reading = readThreshold(
    threshold,
    window.canary,
    window.control,
    context.cohort,
    context.tailStart,
    inflation,
  );
  const { limit, unit } = threshold;
  return { estimate: reading.estimate, variance: reading.variance, limit, unit };
}

/** Minutes since the window opened. */
export function elapsed(context: CheckContext, window: GateWindow): number {
  return context.minute - window.startMinute;
}

/** Minutes' worth of data a window of this length holds: conversion's purchases show late. */
function seenMinutes(context: CheckContext, conversion: boolean, minutes: number): number {
  return conversion ? minutes - context.unseenConversionMinutes(minutes) : minutes;
}

/** The always-valid test of one window for one threshold; τ² is fixed at its first usable look. */
export function windowGuard(
  context: CheckContext,
  index: number,
  window: GateWindow,
  check: ThresholdCheck,
): WindowTest | null {
  const fixed = window.tests[index];
  if (fixed) return fixed;
  let mixingVariance = window.mixingVariance[index] ?? Number.NaN;
  if (Number.isNaN(mixingVariance)) {
    if (!(check.variance > 0 && Number.isFinite(check.variance))) return null;
    const conversion = context.plan.thresholds[index]?.metric === 'conversion';
    const first = Math.max(
      CHECK_INTERVAL_MINUTES,
      seenMinutes(context, conversion, elapsed(context, window)),
    );
    const planned = Math.max(first, seenMinutes(context, conversion, window.plannedMinutes));
    mixingVariance = mixingVarianceForWindow(
      check.variance,
      window.expectedRequests(first) / window.expectedRequests(planned),
    );
    window.mixingVariance[index] = mixingVariance;
  }
  // Kept on the window: the same test at every later look, not a fresh object per check.
  const test: WindowTest = { mode: 'sequential', alpha: window.alpha, mixingVariance };
  window.tests[index] = test;
  return test;
}
