import type { Match } from './match';
import { BOUNDARIES, findAffirmed } from './match';
import type { Token } from './tokens';
import { HOLD_VERBS } from './vocabulary';

/**
 * A stage held through a period of the calendar (read by ramp.ts): "hold each one through a
 * peak", "5 % across a weekend", "nothing advances until the lunch peak has passed".
 */

/** Periods of the calendar a stage can be held through: "a weekend night peak", "the batch window". */
const PERIODS = new Set([
  'peak',
  'peaks',
  'cycle',
  'cycles',
  'weekend',
  'night',
  // "1 % for two weeknights": held through the nights named, not only counted.
  'weeknight',
  'weeknights',
  'weekday',
  'weekdays',
  'shift',
  'window',
  // "Each crossing holds for one full weekly timetable": a thing that runs a week, lived through.
  'weekly',
  'fortnightly',
  'monthly',
]);
const THROUGH = new Set(['through', 'thru', 'over', 'across', 'for', 'past', 'until']);
/**
 * The parts of a day or week a load comes in, lived through: "held through a lunch hour and an
 * evening", "each held over a full Singapore lunch". Only "through", "across" or "over" makes one
 * a length; "sit for the first hour" is how long someone watches, not a stage held through its
 * load.
 */
const DAY_PARTS = new Set(
  'hour morning afternoon evening lunch lunchtime dinner rush day week weekday month'.split(' '),
);
const LIVED_THROUGH = new Set(['through', 'thru', 'across', 'over']);
/** Words a period may stand from its connector; twice this, from the hold verb to "until". */
export const PERIOD_REACH = 5;

/**
 * A hold verb or a stage's share, then "through"/"over"/"for" and a calendar period: "hold each
 * one through a peak", "5 % across a weekend"; or an advance that waits until one has passed:
 * "nothing advances until a weekend night peak has passed", "we move on only after the lunch
 * peak".
 */
export function holdsThroughPeriod(
  tokens: readonly Token[],
  advances: readonly Match[],
  staged: boolean,
): boolean {
  return (
    findAffirmed(tokens, HOLD_VERBS).some((match) => periodAfter(tokens, match.end, THROUGH)) ||
    // "Ramp: 1 % for two weeknights": a stage's share, then the period it runs through.
    (staged &&
      tokens.some(
        (token, at) => token.unit === 'percent' && periodAfter(tokens, at + 1, THROUGH),
      )) ||
    advances.some((match) => periodAfter(tokens, match.end, WAITED_FOR))
  );
}

/** Words after an advance that make a period what it waits for. */
const WAITED_FOR = new Set(['until', 'till', 'after']);

/** A connector from the set, then a calendar period, in the clause after `from`. */
function periodAfter(
  tokens: readonly Token[],
  from: number,
  connectors: ReadonlySet<string>,
): boolean {
  const end = Math.min(tokens.length, from + PERIOD_REACH * 2);
  for (let i = from; i < end; i++) {
    if (BOUNDARIES.has(tokens[i]?.text ?? '')) return false;
    if (!connectors.has(tokens[i]?.text ?? '')) continue;
    // "until we've seen a lunch peak": a condition's clause reaches a little further.
    const reach = tokens[i]?.text === 'until' ? PERIOD_REACH + 2 : PERIOD_REACH;
    for (let j = i + 1; j <= i + reach && j < tokens.length; j++) {
      if (BOUNDARIES.has(tokens[j]?.text ?? '')) return false;
      const word = tokens[j]?.text ?? '';
      // "Through two nightly batch windows", "across two weekends": periods counted.
      if (PERIODS.has(word) || PERIODS.has(tokens[j]?.lemma ?? '')) return true;
      if (DAY_PARTS.has(word) && LIVED_THROUGH.has(tokens[i]?.text ?? '')) return true;
      if (dayPartsCounted(tokens, i, j)) return true;
    }
  }
  return false;
}

/**
 * "Each one holds for three Boise dinners": day parts counted in the plural are lived through,
 * whatever the connector; "sit for the first hour" is one hour of watching, not a stage's load.
 */
function dayPartsCounted(tokens: readonly Token[], connector: number, at: number): boolean {
  const part = tokens[at];
  if (part === undefined || !DAY_PARTS.has(part.lemma) || part.text === part.lemma) return false;
  return tokens.slice(connector + 1, at).some((token) => token.kind === 'number');
}
