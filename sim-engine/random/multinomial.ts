import { sampleBinomial } from './binomial';

/**
 * At or below this many trials left, the rest are placed one by one: that many uniforms,
 * sorted, then one sweep along the categories. Category by category each further step is a
 * binomial draw (~100 ns on the shared bench machine); the sweep costs a few ns per category, and the categories left
 * at that point are the sparse far end, where the binomials mostly return 0 or 1.
 */
export const TRIALS_PLACED_ONE_BY_ONE = 16;

/** Sorted uniforms of the one-by-one placement. */
const targets = new Float64Array(TRIALS_PLACED_ONE_BY_ONE);

/**
 * One exact Multinomial draw of `trials` (a whole number) over categories with weights
 * `weights` (≥ 0; category j has probability weights[j] / totalWeight, where `totalWeight` is
 * their sum, passed in so that a long run of trailing zeros is never read). Writes counts
 * into `into` from category 0 up to where the trials ran out (later entries are left alone)
 * and returns one past the highest non-empty category.
 *
 * Category by category, the count is a binomial of the trials left with the category's share
 * of the weight left (the conditional-binomial method) until few trials remain; those are
 * then placed one at a time, each independently in proportion to the weight left. Given the
 * trials left, both give the same conditional multinomial, so the pair is exact. The last
 * category with weight takes whatever rounding leaves over.
 */
export function sampleMultinomial(
  uniform: () => number,
  trials: number,
  weights: ArrayLike<number>,
  totalWeight: number,
  into: Float64Array,
  placedOneByOneAt = TRIALS_PLACED_ONE_BY_ONE,
): number {
  let remaining = trials;
  let weightLeft = totalWeight;
  let top = 0;
  const categories = weights.length;
  for (let category = 0; category < categories && remaining > 0; category++) {
    if (remaining <= placedOneByOneAt) {
      return placeOneByOne(uniform, remaining, weights, category, weightLeft, into);
    }
    const weight = weights[category] ?? 0;
    const count =
      category === categories - 1 || weightLeft <= weight
        ? remaining
        : sampleBinomial(uniform, remaining, Math.max(0, weight / weightLeft));
    into[category] = count;
    if (count > 0) top = category + 1;
    remaining -= count;
    weightLeft -= weight;
  }
  return top;
}

/**
 * Places `count` trials among categories from `from` on, each with probability weight ÷
 * `weightLeft`: uniforms scaled to the weight left, sorted, swept once along the categories.
 */
function placeOneByOne(
  uniform: () => number,
  count: number,
  weights: ArrayLike<number>,
  from: number,
  weightLeft: number,
  into: Float64Array,
): number {
  // The first `count` targets, in place: a view of them was an object at every draw.
  const sorted = targets;
  for (let trial = 0; trial < count; trial++) sorted[trial] = uniform() * weightLeft;
  sortFew(sorted, count);
  let placed = 0;
  let reached = 0;
  let category = from;
  let lastWithWeight = from;
  for (; category < weights.length && placed < count; category++) {
    const weight = weights[category] ?? 0;
    reached += weight;
    if (weight > 0) lastWithWeight = category;
    let here = 0;
    while (placed < count && (sorted[placed] ?? 0) < reached) {
      here++;
      placed++;
    }
    into[category] = here;
  }
  // Rounding can leave a target a hair above the summed weights: it goes to the last category
  // with weight, which the sweep has just written.
  if (placed < count) into[lastWithWeight] = (into[lastWithWeight] ?? 0) + (count - placed);
  return placed < count ? lastWithWeight + 1 : category;
}

/**
 * Sorts the first `count` (at most TRIALS_PLACED_ONE_BY_ONE) numbers ascending by insertion: the same order as
 * the typed array's own sort (the targets are never NaN or −0), without a call into the
 * runtime for a handful of numbers at every histogram drawn.
 */
function sortFew(values: Float64Array, count: number): void {
  for (let i = 1; i < count; i++) {
    const value = values[i] ?? 0;
    let j = i - 1;
    while (j >= 0 && (values[j] ?? 0) > value) {
      values[j + 1] = values[j] ?? 0;
      j--;
    }
    values[j + 1] = value;
  }
}
