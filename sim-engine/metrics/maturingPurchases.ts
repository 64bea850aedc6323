import type { Sampler } from '../random/samplers';
import type { PurchaseArrivals } from './purchaseDelay';

/** What showed in one check for visits since one start: matured visits, purchases, last week's. */
export interface MaturedSums {
  visits: number;
  purchases: number;
  referencePurchases: number;
}

/**
 * One arm's visits whose purchases are still to show. Each check, the visits of every recent
 * interval mature by the arrival profile's share for their age; among the visits maturing
 * now, purchases are drawn binomially at their expected rate. A visit's purchase is settled
 * when it matures, so the counts are exactly binomial in the matured visits (what the gates
 * assume), and for a fixed delay this is the old draw, one interval's visits at a time.
 *
 * Windows count only visits since their start (a stage leaves out purchases still maturing
 * from before it): the visits maturing now are split by origin into the nested ranges the
 * starts cut, and each range is drawn once, so a window's sums are its ranges' sums.
 */
export class MaturingPurchases {
  private readonly visits: Float64Array;
  private readonly expected: Float64Array;
  private readonly reference: Float64Array;
  /** The interval each slot holds, so an interval never observed holds nothing. */
  private readonly origins: Float64Array;
  private readonly starts: number[] = [];
  private rangeVisits = new Float64Array(8);
  private rangeExpected = new Float64Array(8);
  private rangeReference = new Float64Array(8);
  /** Every visit that matured in the last check, whatever its origin. */
  readonly total: MaturedSums = { visits: 0, purchases: 0, referencePurchases: 0 };

  constructor(
    private readonly arrivals: PurchaseArrivals,
    private readonly sampler: Sampler,
  ) {
    this.visits = new Float64Array(arrivals.span);
    this.expected = new Float64Array(arrivals.span);
    this.reference = new Float64Array(arrivals.span);
    this.origins = new Float64Array(arrivals.span).fill(-1);
  }

  /** Interval `index`'s visits and their expected purchases, this week's and last week's. */
  add(index: number, visits: number, expected: number, reference: number): void {
    const slot = index % this.arrivals.span;
    this.visits[slot] = visits;
    this.expected[slot] = expected;
    this.reference[slot] = reference;
    this.origins[slot] = index;
  }

  /**
   * Draws what matures at the check of interval `index` and writes, for each start in
   * `starts`, the sums of visits since that start into `into` (same order).
   */
  mature(index: number, starts: readonly number[], into: readonly MaturedSums[]): void {
    const cuts = this.cutsOf(starts);
    const ranges = cuts.length + 1;
    this.ensureRanges(ranges);
    this.rangeVisits.fill(0, 0, ranges);
    this.rangeExpected.fill(0, 0, ranges);
    this.rangeReference.fill(0, 0, ranges);
    const { offsets, shares, span } = this.arrivals;
    for (let i = 0; i < offsets.length; i++) {
      const origin = index - (offsets[i] ?? 0);
      if (origin < 0) break;
      const slot = origin % span;
      if (this.origins[slot] !== origin) continue;
      const share = shares[i] ?? 0;
      let range = 0;
      while (range < cuts.length && origin >= (cuts[range] ?? 0)) range++;
      this.rangeVisits[range] = (this.rangeVisits[range] ?? 0) + share * (this.visits[slot] ?? 0);
      this.rangeExpected[range] =
        (this.rangeExpected[range] ?? 0) + share * (this.expected[slot] ?? 0);
      this.rangeReference[range] =
        (this.rangeReference[range] ?? 0) + share * (this.reference[slot] ?? 0);
    }
    this.drawRanges(ranges);
    this.total.visits = 0;
    this.total.purchases = 0;
    this.total.referencePurchases = 0;
    for (let range = 0; range < ranges; range++) this.addRange(this.total, range);
    for (let s = 0; s < starts.length; s++) {
      const sums = into[s];
      if (!sums) continue;
      const start = starts[s] ?? 0;
      sums.visits = 0;
      sums.purchases = 0;
      sums.referencePurchases = 0;
      for (let range = 1; range < ranges; range++)
        if ((cuts[range - 1] ?? 0) >= start) this.addRange(sums, range);
    }
  }

  /**
   * Distinct starts, ascending: range r holds origins from cut r − 1 up to cut r. Built by
   * insertion (a stage and its few windows arrive in order already), without a sort's
   * comparator calls at every check.
   */
  private cutsOf(starts: readonly number[]): readonly number[] {
    const cuts = this.starts;
    let count = 0;
    for (const start of starts) {
      let at = count;
      while (at > 0 && (cuts[at - 1] ?? 0) > start) at--;
      if (at > 0 && cuts[at - 1] === start) continue;
      for (let move = count; move > at; move--) cuts[move] = cuts[move - 1] ?? 0;
      cuts[at] = start;
      count++;
    }
    if (cuts.length !== count) cuts.length = count;
    return cuts;
  }

  /**
   * A range's matured visits become whole: the fraction is one more visit with that
   * probability, so counts stay unbiased; its purchases are a binomial at the range's rate.
   */
  private drawRanges(ranges: number): void {
    for (let range = 0; range < ranges; range++) {
      const mass = this.rangeVisits[range] ?? 0;
      if (!(mass > 0)) {
        this.rangeVisits[range] = 0;
        this.rangeExpected[range] = 0;
        this.rangeReference[range] = 0;
        continue;
      }
      const whole = Math.floor(mass);
      // Only a fraction draws: a fixed delay then draws exactly as the engine always did.
      const fraction = mass - whole;
      const visits = whole + (fraction > 1e-9 && this.sampler.uniform() < fraction ? 1 : 0);
      const rate = Math.min(1, Math.max(0, (this.rangeExpected[range] ?? 0) / mass));
      this.rangeExpected[range] = visits > 0 ? this.sampler.binomial(visits, rate) : 0;
      this.rangeReference[range] = ((this.rangeReference[range] ?? 0) * visits) / mass;
      this.rangeVisits[range] = visits;
    }
  }

  private addRange(sums: MaturedSums, range: number): void {
    sums.visits += this.rangeVisits[range] ?? 0;
    sums.purchases += this.rangeExpected[range] ?? 0;
    sums.referencePurchases += this.rangeReference[range] ?? 0;
  }

  private ensureRanges(ranges: number): void {
    if (this.rangeVisits.length >= ranges) return;
    this.rangeVisits = new Float64Array(ranges * 2);
    this.rangeExpected = new Float64Array(ranges * 2);
    this.rangeReference = new Float64Array(ranges * 2);
  }
}
