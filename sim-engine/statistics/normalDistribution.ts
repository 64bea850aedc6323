/** The standard normal distribution, for analytic cross-checks of the simulated guard. */

/**
 * Complementary error function, Chebyshev fit from Numerical Recipes (`erfcc`):
 * fractional error below 1.2e-7 everywhere, which is far finer than any Monte Carlo
 * figure it is compared with and needs no table.
 */
function complementaryErrorFunction(x: number): number {
  const t = 1 / (1 + 0.5 * Math.abs(x));
  const tail =
    t *
    Math.exp(
      -x * x -
        1.26551223 +
        t *
          (1.00002368 +
            t *
              (0.37409196 +
                t *
                  (0.09678418 +
                    t *
                      (-0.18628806 +
                        t *
                          (0.27886807 +
                            t *
                              (-1.13520398 +
                                t * (1.48851587 + t * (-0.82215223 + t * 0.17087277)))))))),
    );
  return x >= 0 ? tail : 2 - tail;
}

/** P(Z ≤ z) for a standard normal Z. */
export function normalCdf(z: number): number {
  if (Number.isNaN(z)) return Number.NaN;
  return 0.5 * complementaryErrorFunction(-z / Math.SQRT2);
}

/**
 * ln P(Z ≤ z), accurate far into the lower tail where P underflows: below −20 the
 * asymptotic series of the Mills ratio, ln φ(z) − ln(−z) + ln(1 − 1/z² + 3/z⁴).
 */
export function logNormalCdf(z: number): number {
  if (z > -20) return Math.log(normalCdf(z));
  const inverseSquare = 1 / (z * z);
  return (
    -0.5 * z * z -
    0.5 * Math.log(2 * Math.PI) -
    Math.log(-z) +
    Math.log1p(-inverseSquare + 3 * inverseSquare * inverseSquare)
  );
}
