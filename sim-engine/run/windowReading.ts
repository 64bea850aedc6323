import { CHECK_INTERVAL_MINUTES } from '../domain/run';
import type { ThresholdCheck } from '../statistics/guard';
import { mixingVarianceForWindow } from '../statistics/mixtureSprt';
import type { CheckContext } from './checks';
import type { GateWindow, WindowCheck, WindowTest } from './gateWindows';

// How one gate check reads a window: its data as a threshold estimate, and the always-valid
// test that judges it (fixed at the window's first usable look). runChecks decides on them.

/**
 * Reads threshold `index` in a window with the run's reader, into the window's own check for
 * that threshold (rewritten at every look: a check's verdict is taken before the next look).
 */
export function readWindow(context: CheckContext, index: number, window: GateWindow): WindowCheck {
  const threshold = context.thresholds[index];
  let check = window.checks[index];
  if (!check) {
    check = { estimate: Number.NaN, variance: Number.NaN, limit: Number.NaN, unit: 'pp' };
    window.checks[index] = check;
  }
  if (!threshold) {
    check.estimate = Number.NaN;
    check.variance = Number.NaN;
    check.limit = Number.NaN;
    return check;
  }
  const { reader } = context;
  reader.read(
    threshold,
    window.canary,
    window.control,
    context.cohort,
    context.dispersion,
    context.minute - window.startMinute,
  );
  check.estimate = reader.estimate;
  check.variance = reader.variance;
  check.limit = threshold.limit;
  check.unit = threshold.unit;
  return check;
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
  const test: WindowTest = {
    mode: 'sequential',
    alpha: window.alpha,
    mixingVariance,
    logLevel: Math.log(1 / window.alpha),
  };
  window.tests[index] = test;
  return test;
}
