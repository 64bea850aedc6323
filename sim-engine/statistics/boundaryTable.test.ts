import { describe, expect, it } from 'vitest';
import { tabulatedBoundaryStandardErrors } from './boundaryTable';
import { boundaryStandardErrors } from './mixtureSprt';

describe('the charts’ tabulated mixture boundary', () => {
  it('agrees with the full solve to 1e-12 across α and τ²/V, inside and outside its table', () => {
    let worst = 0;
    for (const alpha of [1e-6, 0.0005, 0.0021, 0.01, 0.045, 0.111, 0.3]) {
      for (let logRatio = -10; logRatio <= 18; logRatio += 0.0173) {
        const ratio = Math.exp(logRatio);
        const exact = boundaryStandardErrors(alpha, ratio);
        const tabulated = tabulatedBoundaryStandardErrors(alpha, ratio);
        worst = Math.max(worst, Math.abs(tabulated - exact) / exact);
      }
    }
    expect(worst).toBeLessThan(1e-12);
  });

  it('is the full solve where a table point lies exactly', () => {
    const ratio = Math.exp(3);
    expect(tabulatedBoundaryStandardErrors(0.05, ratio)).toBeCloseTo(
      boundaryStandardErrors(0.05, ratio),
      12,
    );
  });
});
