import type { SegmentKind } from '../domain/plan';
import { STRONG_COHORT_ORDER } from '../scoring/referencePlans';
import type { FamilyContext, SegmentChoice } from './families';

/** Segments a regression may hit alone: not staff or insiders, who are in every early stage. */
export function customerSegments(context: FamilyContext): readonly SegmentChoice[] {
  return context.segments.filter(
    (segment) => segment.kind !== 'internal' && segment.kind !== 'early-access',
  );
}

/**
 * Segments the strong plan's ramp reaches before everyone has the new version: its cohort
 * order exposes them while at most 40 % of traffic came before them, so its 50 % stage meets
 * them. A segment first exposed at 100 % would be "protected" by the order, never caught.
 */
export function reachedBeforeEveryone(segments: readonly SegmentChoice[]): SegmentChoice[] {
  const ordered = [...segments].sort(
    (a, b) =>
      STRONG_COHORT_ORDER.indexOf(a.kind as SegmentKind) -
      STRONG_COHORT_ORDER.indexOf(b.kind as SegmentKind),
  );
  let before = 0;
  const reached: SegmentChoice[] = [];
  for (const segment of ordered) {
    if (before <= 0.4) reached.push(segment);
    before += segment.share;
  }
  return reached;
}
