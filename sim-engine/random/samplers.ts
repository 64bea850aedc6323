import { sampleBinomial } from './binomial';
import { sampleGamma } from './gamma';
import { samplePoisson } from './poisson';
import type { RandomStream } from './stream';

/** Draws from the distributions the simulation needs, all from one uniform stream. */
export interface Sampler {
  uniform(): number;
  /** Standard normal, N(0, 1). */
  normal(): number;
  /** Exact Poisson(mean) count; mean in [0, 2^50], anything else throws a RangeError. */
  poisson(mean: number): number;
  /** Exact Binomial count; trials a whole number ≥ 0, probability in [0, 1], else RangeError. */
  binomial(trials: number, probability: number): number;
  /** Gamma(shape) with scale 1; shape > 0 and finite, else RangeError. */
  gamma(shape: number): number;
}

/** A sampler over `stream`; it keeps the spare normal of each Box–Muller pair. */
export function createSampler(stream: RandomStream): Sampler {
  let spareNormal: number | null = null;

  const uniform = () => stream.next();

  const normal = () => {
    if (spareNormal !== null) {
      const value = spareNormal;
      spareNormal = null;
      return value;
    }
    // 1 - u keeps the logarithm finite: next() may return 0, never 1.
    const radius = Math.sqrt(-2 * Math.log(1 - stream.next()));
    const angle = 2 * Math.PI * stream.next();
    spareNormal = radius * Math.sin(angle);
    return radius * Math.cos(angle);
  };

  // Closures rather than methods using `this`, so that callers may detach them.
  return {
    uniform,
    normal,
    poisson: (mean) => samplePoisson(uniform, mean),
    binomial: (trials, probability) => sampleBinomial(uniform, trials, probability),
    gamma: (shape) => sampleGamma(uniform, normal, shape),
  };
}
