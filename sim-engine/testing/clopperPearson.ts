/** Exact (Clopper–Pearson) confidence intervals for a rate measured over seeds. */

function logChoose(n: number, k: number): number {
  let sum = 0;
  for (let i = 1; i <= k; i++) sum += Math.log((n - k + i) / i);
  return sum;
}

/** P(X ≤ k) for X ~ Binomial(n, p), summed in log space. */
function binomialCdf(k: number, n: number, p: number): number {
  if (p <= 0) return 1;
  if (p >= 1) return k >= n ? 1 : 0;
  let total = 0;
  for (let i = 0; i <= k; i++) {
    total += Math.exp(logChoose(n, i) + i * Math.log(p) + (n - i) * Math.log1p(-p));
  }
  return Math.min(1, total);
}

/** The p in [0, 1] where a decreasing function of p crosses `target`, by bisection. */
function solve(decreasing: (p: number) => number, target: number): number {
  let low = 0;
  let high = 1;
  for (let step = 0; step < 60; step++) {
    const middle = (low + high) / 2;
    if (decreasing(middle) > target) low = middle;
    else high = middle;
  }
  return (low + high) / 2;
}

/** The exact two-sided (1 − α) interval for `successes` out of `trials`. */
export function clopperPearson(
  successes: number,
  trials: number,
  alpha = 0.05,
): { readonly lower: number; readonly upper: number } {
  return {
    // P(X ≥ k | p) = α/2, i.e. P(X ≤ k − 1 | p) = 1 − α/2.
    lower: successes === 0 ? 0 : solve((p) => binomialCdf(successes - 1, trials, p), 1 - alpha / 2),
    upper: successes === trials ? 1 : solve((p) => binomialCdf(successes, trials, p), alpha / 2),
  };
}

/** "12.3 % [10.1, 14.8] (n = 500)": a rate with its exact 95 % interval, for reports. */
export function formatRate(successes: number, trials: number): string {
  const { lower, upper } = clopperPearson(successes, trials);
  const percent = (value: number) => (100 * value).toFixed(1);
  return `${percent(successes / trials)} % [${percent(lower)}, ${percent(upper)}] (${successes}/${trials})`;
}
