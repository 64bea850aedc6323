import type { Segment } from '../domain/scenario';
import type { SegmentParameters } from '../metrics/segmentParameters';

/**
 * Counts who met an active regression, with expected values (no draws): requests served
 * by the new version while a regression touched them, the extra failures, lost purchases.
 */
export interface ExposureLedger {
  /** Adds canary requests per segment; `affected[s]` marks a regression active there. */
  addRequests(
    canaryRequests: ArrayLike<number>,
    affected: ArrayLike<number>,
    canary: readonly SegmentParameters[],
    baseline: readonly SegmentParameters[],
  ): void;
  /** Notes the largest exposure each segment reached, for counting distinct users. */
  noteExposure(exposure: ArrayLike<number>): void;
  totals(): ExposureTotals;
}

export interface ExposureTotals {
  readonly exposedUsers: number;
  readonly exposedRequests: number;
  readonly excessErrors: number;
  readonly lostConversions: number;
  readonly lostRevenue: number;
}

export function createExposureLedger(segments: readonly Segment[]): ExposureLedger {
  const affectedRequests = new Float64Array(segments.length);
  const peakExposure = new Float64Array(segments.length);
  let excessErrors = 0;
  let lostConversions = 0;
  let lostRevenue = 0;

  return {
    addRequests(canaryRequests, affected, canary, baseline) {
      for (let s = 0; s < segments.length; s++) {
        const requests = canaryRequests[s] ?? 0;
        if (requests <= 0 || !affected[s]) continue;
        const own = canary[s];
        const old = baseline[s];
        if (!own || !old) continue;
        affectedRequests[s] = (affectedRequests[s] ?? 0) + requests;
        excessErrors += requests * Math.max(0, own.errorRate - old.errorRate);
        // Conversion is per visit.
        const visits = requests / (segments[s]?.requestsPerVisit ?? 1);
        const lost = visits * Math.max(0, old.conversionRate - own.conversionRate);
        lostConversions += lost;
        lostRevenue += lost * (segments[s]?.valuePerConversion ?? 0);
      }
    },
    noteExposure(exposure) {
      for (let s = 0; s < segments.length; s++) {
        peakExposure[s] = Math.max(peakExposure[s] ?? 0, exposure[s] ?? 0);
      }
    },
    totals() {
      let exposedUsers = 0;
      let exposedRequests = 0;
      segments.forEach((segment, s) => {
        const requests = affectedRequests[s] ?? 0;
        exposedRequests += requests;
        // Users are assigned to the new version stickily: the peak exposure's share of the
        // segment could meet it, and each did so if it made at least one affected request.
        const assignedUsers = segment.users * (peakExposure[s] ?? 0);
        if (requests > 0 && assignedUsers > 0) {
          exposedUsers += assignedUsers * (1 - Math.exp(-requests / assignedUsers));
        }
      });
      return {
        exposedUsers: Math.round(exposedUsers),
        exposedRequests: Math.round(exposedRequests),
        excessErrors: Math.round(excessErrors),
        lostConversions: Math.round(lostConversions),
        lostRevenue: Math.round(lostRevenue * 100) / 100,
      };
    },
  };
}
