import { logBinomialProbability } from '../random/log-probability';

/** P(X ≤ k) for X ~ Binomial(n, p), summed exactly (fine for the few thousand trials of a test). */
function binomialCdf(k: number, n: number, p: number): number {
  if (k < 0) return 0;
  if (k >= n) return 1;
  if (p <= 0) return 1;
  if (p >= 1) return 0;
  let sum = 0;
  for (let x = 0; x <= k; x++) sum += Math.exp(logBinomialProbability(x, n, p, 1 - p));
  return Math.min(1, sum);
}

function bisect(test: (p: number) => boolean): number {
  let low = 0;
  let high = 1;
  for (let step = 0; step < 60; step++) {
    const middle = (low + high) / 2;
    if (test(middle)) low = middle;
    else high = middle;
  }
  return (low + high) / 2;
}

/** The exact (Clopper–Pearson) two-sided interval for k successes in n trials. */
export function clopperPearson(k: number, n: number, confidence = 0.95): [number, number] {
  const tail = (1 - confidence) / 2;
  const lower = k === 0 ? 0 : bisect((p) => 1 - binomialCdf(k - 1, n, p) < tail);
  const upper = k === n ? 1 : bisect((p) => binomialCdf(k, n, p) > tail);
  return [lower, upper];
}
