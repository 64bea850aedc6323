import type { DimensionScore, Evidence, RubricDimension } from '../domain/score';
import { verdictFor } from './bands';

/**
 * One thing a dimension checks: its share of the dimension (shares sum to 1), the credit
 * earned (0–1) and the fact behind it, quoted from the plan or the run.
 */
export interface Criterion {
  readonly share: number;
  readonly credit: number;
  readonly text: string;
  readonly minute?: number;
  readonly eventIndex?: number;
}

/** A dimension judged before it is weighted: its criteria and the strong answer's version. */
export interface Judgement {
  readonly id: RubricDimension;
  readonly title: string;
  readonly criteria: readonly Criterion[];
  readonly strongCounterpart: string;
}

/** Points kept to one decimal: readable, and the total is rounded once at the end. */
export function roundPoints(points: number): number {
  return Math.round(points * 10) / 10;
}

/** A criterion that earns `credit` when `ok`, with the fact for each case. */
export function check(share: number, ok: boolean, good: string, bad: string): Criterion {
  return { share, credit: ok ? 1 : 0, text: ok ? good : bad };
}

function evidenceOf(criterion: Criterion, max: number): Evidence {
  const cost = roundPoints(criterion.share * (1 - clamp(criterion.credit)) * max);
  return {
    text: criterion.text,
    ...(criterion.minute === undefined ? {} : { minute: criterion.minute }),
    ...(criterion.eventIndex === undefined ? {} : { eventIndex: criterion.eventIndex }),
    ...(cost > 0 ? { cost } : {}),
  };
}

function clamp(value: number): number {
  return Math.min(1, Math.max(0, value));
}

/** The fraction of a dimension's maximum its criteria earned, 0–1. */
export function fractionOf(criteria: readonly Criterion[]): number {
  const shares = criteria.reduce((sum, criterion) => sum + criterion.share, 0);
  const earned = criteria.reduce((sum, c) => sum + c.share * clamp(c.credit), 0);
  return shares > 0 ? earned / shares : 0;
}

/** Weighs a judgement into a dimension score worth at most `max` points. */
export function scoreDimension(judgement: Judgement, max: number): DimensionScore {
  const fraction = fractionOf(judgement.criteria);
  return {
    id: judgement.id,
    title: judgement.title,
    points: roundPoints(fraction * max),
    max: roundPoints(max),
    verdict: verdictFor(fraction),
    evidence: judgement.criteria.map((criterion) => evidenceOf(criterion, max)),
    strongCounterpart: judgement.strongCounterpart,
  };
}
