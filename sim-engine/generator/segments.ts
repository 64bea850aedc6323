import { rounded, type Draw } from './draw';
import type { SegmentChoice } from './families';
import type { ProductTemplate, SegmentTemplate } from './products';

/** A drawn segment: its template, its name and its share in whole percents. */
export interface DrawnSegment extends SegmentChoice {
  readonly template: SegmentTemplate;
}

/**
 * Whole percents that add up to 100 (largest remainder), each at least 1: the brief quotes
 * them and the scenario's shares are exactly these percents / 100.
 */
export function wholePercents(weights: readonly number[]): number[] {
  const total = weights.reduce((sum, weight) => sum + weight, 0);
  const exact = weights.map((weight) => (weight / total) * 100);
  const floors = exact.map((value) => Math.max(1, Math.floor(value)));
  let missing = 100 - floors.reduce((sum, value) => sum + value, 0);
  const order = exact
    .map((value, index) => ({ index, remainder: value - Math.floor(value) }))
    .sort((a, b) => b.remainder - a.remainder);
  for (let i = 0; missing > 0; i = (i + 1) % order.length, missing--) floors[order[i]!.index]! += 1;
  for (let i = 0; missing < 0; i = (i + 1) % order.length) {
    const index = order[order.length - 1 - i]!.index;
    if (floors[index]! > 1) {
      floors[index]! -= 1;
      missing++;
    }
  }
  return floors;
}

/** The product's segments: every `always` one, the others by chance (a region when needed). */
export function drawSegments(
  product: ProductTemplate,
  draw: Draw,
  needRegion: boolean,
): DrawnSegment[] {
  const chosen = product.segments.filter(
    (template) =>
      template.always === true ||
      (template.clockOffsetHours !== undefined && needRegion) ||
      draw.chance(0.5),
  );
  const percents = wholePercents(chosen.map((template) => draw.between(...template.share)));
  return chosen.map((template, index) => ({
    template,
    id: template.id,
    name: draw.pick(template.names),
    kind: template.kind,
    share: rounded(percents[index]! / 100, 2),
    clockOffsetHours: template.clockOffsetHours ?? 0,
  }));
}
