import { CHECK_INTERVAL_MINUTES } from '../domain/run';
import type { Monitoring, PurchaseDelay } from '../domain/scenario';
import { normalCdf } from '../statistics/normalDistribution';

/** Purchases more than a day after their visit are not attributed to it. */
export const ATTRIBUTION_MINUTES = 1440;

/** Offsets kept one interval apart after the first visible one; coarser beyond (see below). */
const FINE_OFFSETS = 24;
const MEDIUM_OFFSETS = 48;
const MEDIUM_WIDTH = 3;
const COARSE_WIDTH = 12;
/** Points per interval over which a visit's place within its interval is averaged. */
const PLACES = 20;

function logNormalCdf(minutes: number, medianMinutes: number, logSpread: number): number {
  if (minutes <= 0) return 0;
  if (medianMinutes <= 0) return 1;
  if (logSpread <= 0) return minutes >= medianMinutes ? 1 : 0;
  return normalCdf(Math.log(minutes / medianMinutes) / logSpread);
}

function untruncatedShare(delay: PurchaseDelay, minutes: number): number {
  return (
    delay.sameVisitShare * logNormalCdf(minutes, delay.sameVisitMedianMinutes, delay.logSpread) +
    (1 - delay.sameVisitShare) * logNormalCdf(minutes, delay.returnMedianMinutes, delay.logSpread)
  );
}

/**
 * Share of a visit's purchases made within `minutes` of it (the reporting lag aside): the
 * delay distribution's CDF, truncated at the attribution window and renormalised.
 */
export function purchaseShareWithin(delay: PurchaseDelay, minutes: number): number {
  if (minutes >= ATTRIBUTION_MINUTES) return 1;
  const attributed = untruncatedShare(delay, ATTRIBUTION_MINUTES);
  return attributed > 0 ? untruncatedShare(delay, minutes) / attributed : 1;
}

/**
 * When a visit's purchase shows on the dashboards, in check intervals after the interval of
 * the visit: `shares[i]` of purchases show `offsets[i]` intervals later. `seen[m]` is the
 * share shown within m intervals (1 beyond the array).
 */
export interface PurchaseArrivals {
  readonly offsets: Int32Array;
  readonly shares: Float64Array;
  readonly seen: Float64Array;
  /** One past the largest offset: how many intervals of visits are still maturing. */
  readonly span: number;
}

/** Share visible within `minutes` of a visit, reporting lag included. */
function visibleWithin(monitoring: Monitoring, minutes: number): number {
  return purchaseShareWithin(monitoring.purchaseDelay, minutes - monitoring.conversionDelayMinutes);
}

/** Share of an interval's visits (spread evenly over it) whose purchases show by `minutes` after the interval's start. */
function intervalVisibleBy(monitoring: Monitoring, minutes: number): number {
  let sum = 0;
  for (let place = 0; place < PLACES; place++)
    sum += visibleWithin(monitoring, minutes - ((place + 0.5) * CHECK_INTERVAL_MINUTES) / PLACES);
  return sum / PLACES;
}

/**
 * The arrival profile of a scenario's purchases. A purchase made within interval k of its
 * visit's shows at the check closing interval k. Beyond two hours after the first visible
 * offset, the tail's arrivals are gathered onto every third, then every twelfth interval
 * (15 minutes, then an hour): the gates read them, at hours' scale, the same; the run's cost
 * per interval stays a few dozen offsets.
 */
export function purchaseArrivals(monitoring: Monitoring): PurchaseArrivals {
  const last =
    Math.ceil((monitoring.conversionDelayMinutes + ATTRIBUTION_MINUTES) / CHECK_INTERVAL_MINUTES) +
    1;
  const exact = new Float64Array(last + 1);
  let before = 0;
  for (let k = 0; k <= last; k++) {
    const by = intervalVisibleBy(monitoring, (k + 1) * CHECK_INTERVAL_MINUTES);
    exact[k] = Math.max(0, by - before);
    before = by;
  }
  const first = exact.findIndex((share) => share > 1e-12);
  const offsets: number[] = [];
  const shares: number[] = [];
  for (let k = Math.max(0, first); k <= last;) {
    const width =
      k - first < FINE_OFFSETS
        ? 1
        : k - first < FINE_OFFSETS + MEDIUM_OFFSETS
          ? MEDIUM_WIDTH
          : COARSE_WIDTH;
    let share = 0;
    for (let j = k; j < Math.min(last + 1, k + width); j++) share += exact[j] ?? 0;
    if (share > 1e-12) {
      offsets.push(k + Math.floor(width / 2));
      shares.push(share);
    }
    k += width;
  }
  const total = shares.reduce((sum, share) => sum + share, 0);
  const span = (offsets[offsets.length - 1] ?? 0) + 1;
  const seen = new Float64Array(span);
  shares.forEach((share, i) => {
    const normalised = share / total;
    shares[i] = normalised;
    for (let m = offsets[i] ?? 0; m < span; m++) seen[m] = (seen[m] ?? 0) + normalised;
  });
  return {
    offsets: Int32Array.from(offsets),
    shares: Float64Array.from(shares),
    seen,
    span,
  };
}

/** Share shown within m whole intervals of a visit's interval (interpolated between checks). */
function seenWithin(arrivals: PurchaseArrivals, intervals: number): number {
  if (intervals < 0) return 0;
  const whole = Math.floor(intervals);
  const at = (m: number) => (m >= arrivals.span ? 1 : (arrivals.seen[m] ?? 0));
  return at(whole) + (intervals - whole) * (at(whole + 1) - at(whole));
}

/**
 * Minutes' worth of a conversion window's visits whose purchases have not shown yet, in
 * expectation, for a window open `windowMinutes` with even traffic: the window holds
 * `windowMinutes` minus this of conversion data. For a fixed delay L this is min(E, L).
 * The one function the gates and the power helper read the purchase delay through.
 */
export function unseenConversionMinutes(arrivals: PurchaseArrivals, windowMinutes: number): number {
  const intervals = windowMinutes / CHECK_INTERVAL_MINUTES;
  let seen = 0;
  const whole = Math.floor(intervals);
  // A window of n checks holds visits of n intervals, the oldest n − 1 intervals past theirs.
  for (let m = 0; m < whole; m++) {
    if (m >= arrivals.span) {
      seen += whole - m;
      break;
    }
    seen += arrivals.seen[m] ?? 0;
  }
  seen += (intervals - whole) * seenWithin(arrivals, whole);
  return Math.max(0, windowMinutes - seen * CHECK_INTERVAL_MINUTES);
}

/** The window length that holds `seenMinutes` of conversion data: the inverse of the above. */
export function minutesToSeeConversions(arrivals: PurchaseArrivals, seenMinutes: number): number {
  if (!(seenMinutes > 0)) return 0;
  let low = seenMinutes;
  let high = seenMinutes + arrivals.span * CHECK_INTERVAL_MINUTES;
  for (let step = 0; step < 60; step++) {
    const middle = (low + high) / 2;
    if (middle - unseenConversionMinutes(arrivals, middle) < seenMinutes) low = middle;
    else high = middle;
  }
  return high;
}
