import type { ScenarioClock } from '../clock/localTime';
import type { Plan } from '../domain/plan';
import type { RollbackReason, RunEvent } from '../domain/run';
import type { RollbackTimes } from '../domain/scenario';
import { firstAuthorization, signOffMinute } from '../gates/availability';

/** Where the release stands: ramping through stages, rolling back, or done. */
export type Phase = 'holding' | 'awaiting-sign-off' | 'rolling-back' | 'rolled-back' | 'full';

export interface PendingRollback {
  readonly requestedAt: number;
  readonly reason: RollbackReason;
  readonly authorizedAt: number;
  readonly completeAt: number;
  authorized: boolean;
}

/** Minutes a rollback mechanism takes once authorized. */
export function rollbackDuration(plan: Plan, times: RollbackTimes): number {
  switch (plan.rollback.mechanism) {
    case 'routing':
      return times.routing;
    case 'flag':
      // An unsound flag evaluation leaves cached decisions serving the new version a while.
      return times.flagEvaluationSound ? times.flag : times.flag + 30;
    case 'redeploy':
      return times.redeploy;
  }
}

/** The state machine of stages, holds, sign-offs and rollback; it writes events as it moves. */
export class ReleaseState {
  phase: Phase = 'holding';
  stage = 0;
  stageStartMinute = 0;
  /** Last check at which some guarded metric was beyond its limit (metric holds restart there). */
  stableSince = 0;
  signOffAt = 0;
  rollback: PendingRollback | null = null;
  fullRolloutMinute: number | null = null;

  constructor(
    private readonly plan: Plan,
    private readonly clock: ScenarioClock,
    private readonly rollbackTimes: RollbackTimes,
    private readonly events: RunEvent[],
  ) {}

  get rolledBack(): boolean {
    return this.phase === 'rolled-back';
  }

  get comparing(): boolean {
    return this.phase === 'holding' || this.phase === 'awaiting-sign-off';
  }

  get percent(): number {
    if (this.phase === 'rolled-back') return 0;
    return this.plan.stages[this.stage]?.percent ?? 100;
  }

  /**
   * Whether a rollback's request, its cause and full rollout are final, with the run recorded
   * up to `recordedMinutes`. Full rollout is for good: nothing compares after it (`comparing`),
   * so no rollback can be requested. A requested rollback never reaches everyone; its cause
   * (outcome.ts, `rollbackCause`) reads onsets before the breach's minute and whether the
   * regression was active in the intervals the gate read, which end at the request: final then.
   */
  settledBy(recordedMinutes: number): boolean {
    if (this.phase === 'full') return true;
    return this.rollback !== null && recordedMinutes >= this.rollback.requestedAt;
  }

  enterStage(stage: number, minute: number): void {
    this.stage = stage;
    this.stageStartMinute = minute;
    this.stableSince = minute;
    const percent = this.percent;
    this.events.push({ type: 'stage-entered', minute, stage, percent });
    if (percent >= 100) {
      this.phase = 'full';
      this.fullRolloutMinute = minute;
      this.events.push({ type: 'full-rollout', minute });
    } else {
      this.phase = 'holding';
    }
  }

  requestRollback(minute: number, reason: RollbackReason): void {
    if (!this.comparing) return;
    const { authorizers, coverage } = this.plan.rollback;
    const authorization = firstAuthorization(authorizers, coverage, this.clock, minute);
    this.events.push({ type: 'rollback-requested', minute, reason });
    if (authorization.minute > minute) {
      this.events.push({ type: 'rollback-waiting', minute, availableAt: authorization.minute });
    }
    this.rollback = {
      requestedAt: minute,
      reason,
      authorizedAt: authorization.minute,
      completeAt: authorization.minute + rollbackDuration(this.plan, this.rollbackTimes),
      authorized: false,
    };
    this.phase = 'rolling-back';
  }

  /** Moves time-driven transitions (authorization, completion) forward to `minute`. */
  advanceTo(minute: number): void {
    const rollback = this.rollback;
    if (this.phase !== 'rolling-back' || !rollback) return;
    if (!rollback.authorized && minute >= rollback.authorizedAt) {
      rollback.authorized = true;
      const { authorizers, coverage } = this.plan.rollback;
      const role = firstAuthorization(authorizers, coverage, this.clock, rollback.requestedAt).role;
      this.events.push({ type: 'rollback-authorized', minute: rollback.authorizedAt, role });
    }
    if (minute >= rollback.completeAt) {
      this.phase = 'rolled-back';
      this.events.push({ type: 'rollback-complete', minute: rollback.completeAt });
    }
  }

  /** The hold of the current stage is satisfied at `minute`: ask for sign-off, or advance. */
  completeHold(minute: number, checkInterval: number): void {
    this.events.push({ type: 'hold-complete', minute, stage: this.stage });
    const role = this.plan.stages[this.stage]?.signOff;
    const available = role ? signOffMinute(role, this.clock, minute) : minute;
    // Stages change on check boundaries, so each check's counts belong to one stage.
    this.signOffAt = Math.ceil(available / checkInterval) * checkInterval;
    if (role && this.signOffAt > minute) {
      this.events.push({
        type: 'sign-off-waiting',
        minute,
        stage: this.stage,
        role,
        availableAt: this.signOffAt,
      });
      this.phase = 'awaiting-sign-off';
      return;
    }
    this.giveSignOff(minute);
  }

  /** At a check boundary: a waiting sign-off arrives. Returns true when the stage changed. */
  signOffIfDue(minute: number): boolean {
    if (this.phase !== 'awaiting-sign-off' || minute < this.signOffAt) return false;
    this.giveSignOff(minute);
    return true;
  }

  private giveSignOff(minute: number): void {
    const role = this.plan.stages[this.stage]?.signOff ?? null;
    this.events.push({ type: 'sign-off-given', minute, stage: this.stage, role });
    this.enterStage(this.stage + 1, minute);
  }
}
