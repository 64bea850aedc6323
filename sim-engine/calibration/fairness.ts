import type { SeedOutcome } from './seedOutcome';
import type { PlanStatistics } from './planStatistics';

/** The strong plan must handle at least this share of seeds. */
export const STRONG_SUCCESS_RATE = 0.9;
/** A healthy release may be rolled back by the strong plan in at most this share of seeds. */
export const STRONG_FALSE_ROLLBACK_RATE = 0.05;
/** The weak plan must fail in at least this share of seeds. */
export const WEAK_FAILURE_RATE = 0.5;

/**
 * Whether the weak plan failed on one seed. With a regression: it missed it before 100 %,
 * or caught it but the rollback was not contained (a night's wait for authority, a slow
 * redeploy). On a healthy release: it rolled back on noise, or was so cautious it never
 * reached 100 % within the scenario's horizon. The weak plan is judged on outcomes only,
 * never on its score, so the verdict means the same with or without scoring.
 */
export function weakPlanFailed(record: SeedOutcome): boolean {
  if (record.caught === null) return record.falseRollback || !record.reachedFullRollout;
  return record.contained !== true;
}

/** Share of seeds on which the weak plan failed. */
export function weakFailureRate(records: readonly SeedOutcome[]): number {
  return records.length === 0 ? 0 : records.filter(weakPlanFailed).length / records.length;
}

/** A scenario's fairness: the verdict and, when unfair, each reason in a sentence. */
export interface FairnessVerdict {
  readonly fair: boolean;
  readonly reasons: readonly string[];
}

const percent = (share: number): string => `${Math.round(share * 1000) / 10} %`;

/** Fair when the strong plan succeeds in ≥ 90 % of seeds and the weak plan fails in ≥ 50 %. */
export function fairnessVerdict(
  strong: PlanStatistics,
  weakFailure: number,
  regressionPresent: boolean,
): FairnessVerdict {
  const reasons: string[] = [];
  if (regressionPresent) {
    const detection = strong.detectionRate ?? 0;
    if (detection < STRONG_SUCCESS_RATE)
      reasons.push(`the strong plan catches the regression in only ${percent(detection)} of seeds`);
  } else {
    const falseRollbacks = strong.falseRollbackRate ?? 0;
    if (falseRollbacks > STRONG_FALSE_ROLLBACK_RATE)
      reasons.push(`the strong plan rolls back a healthy release in ${percent(falseRollbacks)}`);
    if (strong.fullRolloutRate < STRONG_SUCCESS_RATE)
      reasons.push(`the strong plan reaches 100 % in only ${percent(strong.fullRolloutRate)}`);
  }
  if (weakFailure < WEAK_FAILURE_RATE)
    reasons.push(`the weak plan fails in only ${percent(weakFailure)} of seeds`);
  return { fair: reasons.length === 0, reasons };
}
