import type { DrawnRegression } from './families';
import type { ProductTemplate } from './products';
import { rounded, type Draw } from './draw';
import type { DrawnSegment } from './segments';
import { trapProbe, type Trap } from './traps';

/** Tuesdays, a working day with a full week ahead, spread over the year. */
export const START_DAYS = [
  '2026-03-03',
  '2026-03-10',
  '2026-04-14',
  '2026-05-05',
  '2026-09-15',
  '2026-10-06',
];

/** The pack's segments: drawn shares, with the baselines and values the product and trap give them. */
export function segmentInputs(
  segments: readonly DrawnSegment[],
  product: ProductTemplate,
  trap: Trap | null,
  draw: Draw,
  users: number,
) {
  return segments.map((segment) => {
    // Under a drifting calendar the strong plan reads conversion against the concurrent control,
    // whose segment mix differs from the canary's: segments convert alike there, or a healthy
    // release would read as a drop of several percent (the mix, not the change).
    const factor =
      segment.kind === 'internal' && trap?.kind === 'cohort-artifact'
        ? trap.staffConversionFactor
        : trap?.kind === 'drift'
          ? undefined
          : segment.template.conversionFactor;
    return {
      id: segment.id,
      name: segment.name,
      kind: segment.template.kind,
      share: segment.share,
      ...(segment.kind === 'internal'
        ? { users: Math.max(50, Math.round(users * segment.share * 0.05)) }
        : {}),
      ...(segment.template.valueFactor === undefined
        ? {}
        : {
            valuePerConversion: rounded(
              draw.between(...product.valuePerConversion) * segment.template.valueFactor,
              0,
            ),
          }),
      ...(segment.clockOffsetHours === 0 ? {} : { clockOffsetHours: segment.clockOffsetHours }),
      ...(factor === undefined
        ? {}
        : {
            baseline: {
              conversionRate: rounded(draw.between(...product.conversionRate) * factor, 4),
            },
          }),
    };
  });
}

/** Up to five interview probes: the regressions' and the trap's, then rollback and the A/B confusion. */
export function probesFor(regressions: readonly DrawnRegression[], trap: Trap | null) {
  const asked = [
    ...regressions.flatMap((drawn) => drawn.probes),
    ...(trap ? [trapProbe(trap)] : []),
    {
      text: 'It is three in the morning and the error rate doubles. Who rolls back, and how?',
      whenMissing: 'rollback' as const,
    },
    {
      text: 'The canary finished clean. Can you announce that the change is a win?',
      whenMissing: 'ab-test' as const,
    },
  ].slice(0, 5);
  return asked.map((probe, index) => ({ ...probe, atMinute: 1 + index * 2 }));
}

/**
 * The day a scenario starts: the drawn Tuesday, or for a healthy release the Monday before it.
 * Started on a Tuesday, the strong plan's slowest healthy ramp ends on Friday night and waits
 * for the PM's sign-off until Monday, past the horizon: it could never ship a healthy release
 * whose conversion guard stays undecided (the cause of healthy releases failing calibration).
 */
export function startDay(tuesday: string, healthy: boolean): string {
  if (!healthy) return tuesday;
  const [year = 0, month = 1, day = 1] = tuesday.split('-').map(Number);
  if (day > 1) return `${tuesday.slice(0, 8)}${String(day - 1).padStart(2, '0')}`;
  // The last day of the month before (no clock: the calendar's rule).
  const leap = year % 4 === 0 && (year % 100 !== 0 || year % 400 === 0);
  const [before, yearBefore] = month === 1 ? [12, year - 1] : [month - 1, year];
  const last = [31, leap ? 29 : 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31][before - 1] ?? 31;
  return `${yearBefore}-${String(before).padStart(2, '0')}-${last}`;
}
