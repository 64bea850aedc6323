import type { Draw } from './draw';

/**
 * Traps make a plausible plan fail on a scenario: employees who browse but do not buy (a
 * comparison with the whole control reads them as a drop), or a calendar that moved the
 * whole world since last week (a comparison with last week reads it as a drop).
 */
export type Trap =
  | { readonly kind: 'cohort-artifact'; readonly staffConversionFactor: number }
  | {
      readonly kind: 'drift';
      readonly event: string;
      readonly discountPercent: number;
      /** Conversion this week against last week, relative. */
      readonly amount: number;
    };

const EVENTS = ['spring sale', 'summer sale', 'anniversary sale', 'clearance week'];

/** A trap; a drifting calendar only when `driftAllowed`. */
export function drawTrap(draw: Draw, driftAllowed: boolean): Trap {
  if (!driftAllowed || draw.chance(0.5))
    return { kind: 'cohort-artifact', staffConversionFactor: draw.pick([0.1, 0.15, 0.2]) };
  const discountPercent = draw.pick([15, 20, 25, 30]);
  return {
    kind: 'drift',
    event: draw.pick(EVENTS),
    discountPercent,
    amount: -discountPercent / 100,
  };
}

export function trapNotes(trap: Trap): string[] {
  return trap.kind === 'cohort-artifact'
    ? [
        `Employees convert at about ${Math.round(trap.staffConversionFactor * 100)} % of customers' rate because they browse for work: a canary of staff compared with the whole control shows a drop that is not there.`,
        'Comparing each segment with its own baseline (the cohort) removes the artifact.',
      ]
    : [
        `Every segment converts about ${-Math.round(trap.amount * 100)} % less than last week because last week was the ${trap.event}, on the old version and the new one alike.`,
        'A comparison with last week reads the calendar as a regression; a concurrent control lives through the same week and sees no difference.',
      ];
}

export function trapProbe(trap: Trap): { text: string } {
  return trap.kind === 'cohort-artifact'
    ? {
        text: 'Conversion in the first stage is far below the rest of the site. Is that a rollback?',
      }
    : { text: "Last week's conversion is on the wall. Is that what you compare against?" };
}
