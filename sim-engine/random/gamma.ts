/** One Gamma(shape, scale 1) draw by Marsaglia and Tsang's method; shape > 0. */
export function sampleGamma(uniform: () => number, normal: () => number, shape: number): number {
  if (!(shape > 0 && shape < Number.POSITIVE_INFINITY)) {
    throw new RangeError(`Gamma shape must be positive and finite, got ${shape}`);
  }
  if (shape < 1) {
    // Gamma(a) = Gamma(a + 1)·U^(1/a), the paper's boost for a < 1. 1 − U is never 0.
    return gammaAtLeastOne(uniform, normal, shape + 1) * (1 - uniform()) ** (1 / shape);
  }
  return gammaAtLeastOne(uniform, normal, shape);
}

/**
 * G. Marsaglia and W. W. Tsang, "A simple method for generating gamma variables", ACM
 * Transactions on Mathematical Software 26 (2000) 363–372. Exact rejection from a transformed
 * normal; accepts more than 95% of candidates for every shape ≥ 1.
 */
function gammaAtLeastOne(uniform: () => number, normal: () => number, shape: number): number {
  const d = shape - 1 / 3;
  const c = 1 / Math.sqrt(9 * d);
  for (;;) {
    const x = normal();
    let v = 1 + c * x;
    if (v <= 0) continue;
    v = v * v * v;
    const u = 1 - uniform();
    const xSquared = x * x;
    // The squeeze skips the logarithms for most candidates.
    if (u < 1 - 0.0331 * xSquared * xSquared) return d * v;
    if (Math.log(u) < 0.5 * xSquared + d * (1 - v + Math.log(v))) return d * v;
  }
}
