/*
 * The plan's confidence is a promise about the whole plan: the chance that ANY guarded
 * metric at ANY stage falsely triggers a rollback is at most 1 − confidence.
 *
 * Each (metric, stage) pair is its own always-valid test, because the engine restarts the
 * cumulative estimate at each stage. The plan false-alarms only if at least one of those
 * tests does, so by the union bound P(any) ≤ Σ α_i = metricCount · stageCount · α_i.
 *
 * Why the union bound (Bonferroni) is honest here rather than merely convenient:
 * - it needs no independence: error rate and latency of the same release move together,
 *   and stages share the same build, so Šidák-style corrections that assume independence
 *   (or positive dependence) would rest on an unverified assumption;
 * - it gives away almost nothing: with small per-test α even fully independent tests sit
 *   just under the bound (15 tests at 0.05/15 each give 1 − (1 − 0.05/15)^15 ≈ 0.0488);
 * - correlation between metrics only lowers the true family-wise rate below the bound;
 * - stages the release never reaches (rolled back earlier) simply leave budget unspent.
 */

/** The per-test false-alarm rate α that keeps the whole plan's false-alarm rate ≤ 1 − confidence (Bonferroni). */
export function alphaPerTest(confidence: number, metricCount: number, stageCount: number): number {
  if (!(confidence > 0 && confidence < 1)) {
    throw new RangeError(`confidence must be in (0, 1), got ${confidence}`);
  }
  if (!(metricCount >= 0 && stageCount >= 0)) {
    throw new RangeError(`metric and stage counts must be ≥ 0, got ${metricCount} × ${stageCount}`);
  }
  // With no guarded test nothing can false-alarm; any α keeps the promise.
  const testCount = Math.max(1, Math.ceil(metricCount) * Math.ceil(stageCount));
  return (1 - confidence) / testCount;
}
