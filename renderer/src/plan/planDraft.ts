import type {
  Coverage,
  InconclusiveChoice,
  Plan,
  GuardedMetric,
  Role,
  RollbackMechanism,
  Scenario,
  Comparison,
  ThresholdUnit,
} from '../../../sim-engine/index';

/**
 * The plan as the editor holds it: numbers stay the text the learner typed, so a half-typed
 * value is shown back as typed and the engine's validator reports it at its JSON path.
 */

export interface StageDraft {
  readonly key: string;
  readonly percent: string;
  readonly holdType: 'time' | 'metric';
  /** Time hold, or a metric hold's stable period, in minutes. */
  readonly minutes: string;
  /** A metric hold gives up after this many minutes. */
  readonly maxMinutes: string;
  readonly signOff: Role | '';
  /** A metric hold that runs out of time undecided: roll back (absent: the default) or advance. */
  readonly onInconclusive?: InconclusiveChoice;
}

export interface ThresholdDraft {
  readonly key: string;
  readonly metric: GuardedMetric;
  readonly limit: string;
  readonly unit: ThresholdUnit;
  readonly compare: Comparison;
}

export interface PlanDraft {
  readonly random: boolean;
  /** Segment ids in exposure order (kept even while random is chosen). */
  readonly cohorts: readonly string[];
  readonly stages: readonly StageDraft[];
  readonly thresholds: readonly ThresholdDraft[];
  /** '' acts on point estimates. */
  readonly confidence: string;
  readonly authorizers: readonly Role[];
  readonly coverage: Coverage;
  readonly mechanism: RollbackMechanism;
  readonly abTest: boolean;
}

let nextKey = 1;
/** Stable React keys for rows the learner adds, moves and removes. */
export function newKey(prefix: string): string {
  return `${prefix}-${nextKey++}`;
}

export function stageDraft(percent: number, minutes = 60): StageDraft {
  return {
    key: newKey('stage'),
    percent: String(percent),
    holdType: 'time',
    minutes: String(minutes),
    maxMinutes: String(minutes * 4),
    signOff: '',
  };
}

export function thresholdDraft(metric: GuardedMetric): ThresholdDraft {
  const latency = metric === 'latency_p95' || metric === 'latency_p99';
  const relative = metric === 'conversion' || metric === 'token_cost';
  return {
    key: newKey('threshold'),
    metric,
    limit: latency ? '200' : relative ? '5' : '1',
    unit: latency ? 'ms' : relative ? 'pct' : 'pp',
    compare: 'control',
  };
}

/**
 * A neutral first draft: segments in the scenario's order, a short time-based ramp and one
 * guard. It runs, and every part of it leaves the learner a decision to make.
 */
export function initialDraft(scenario: Scenario): PlanDraft {
  return {
    random: false,
    cohorts: scenario.segments.map((segment) => segment.id),
    stages: [stageDraft(5), stageDraft(50), stageDraft(100, 0)],
    thresholds: [thresholdDraft('error_rate')],
    confidence: '',
    authorizers: ['eng-lead'],
    coverage: 'business-hours',
    mechanism: 'redeploy',
    abTest: false,
  };
}

function numberOf(text: string): number | null {
  const trimmed = text.trim();
  return trimmed === '' ? null : Number(trimmed);
}

function stageInput(stage: StageDraft, last: boolean): unknown {
  const percent = numberOf(stage.percent);
  // The final 100 % stage is the full rollout: it has no hold and no gate to sign.
  if (last && percent === 100) return { percent };
  const hold =
    stage.holdType === 'time'
      ? { type: 'time', minutes: numberOf(stage.minutes) }
      : {
          type: 'metric',
          stableMinutes: numberOf(stage.minutes),
          maxMinutes: numberOf(stage.maxMinutes),
          // Written only when it differs from the default, so earlier plans read the same.
          ...(stage.onInconclusive === 'advance' ? { onInconclusive: 'advance' } : {}),
        };
  return { percent, hold, ...(stage.signOff === '' ? {} : { signOff: stage.signOff }) };
}

/** The draft in `canary-plan/1` shape, for the engine's validator to accept or locate faults in. */
export function draftToPlanInput(draft: PlanDraft): unknown {
  const confidence = numberOf(draft.confidence);
  return {
    format: 'canary-plan/1',
    cohorts: draft.random ? 'random' : [...draft.cohorts],
    stages: draft.stages.map((stage, i) => stageInput(stage, i === draft.stages.length - 1)),
    thresholds: draft.thresholds.map(({ metric, limit, unit, compare }) => ({
      metric,
      limit: numberOf(limit),
      unit,
      compare,
    })),
    significance: confidence === null ? null : { confidence },
    rollback: {
      authorizers: [...draft.authorizers],
      coverage: draft.coverage,
      mechanism: draft.mechanism,
    },
    followUp: { abTest: draft.abTest },
  };
}

/** Moves one item of a list by `delta` places, clamped to the ends; a new array. */
export function moveItem<T>(items: readonly T[], from: number, delta: number): T[] {
  const to = Math.min(items.length - 1, Math.max(0, from + delta));
  const copy = [...items];
  const [item] = copy.splice(from, 1);
  if (item === undefined) return copy;
  copy.splice(to, 0, item);
  return copy;
}

/** The usual canary ladder: a new stage takes the next step up that the ramp has not used. */
const RAMP_STEPS = [1, 5, 10, 25, 50, 75] as const;

function percentBetween(below: number, above: number): number {
  const step = RAMP_STEPS.find((p) => p > below && p < above);
  if (step !== undefined) return step;
  const middle = Math.round((below + above) / 2);
  return middle > below && middle < above ? middle : below;
}

/**
 * Adds a stage where a learner means one: before the final 100 % full rollout (never a
 * second 100 %), at the next step of the ladder above the stage before it. A ramp that does
 * not yet end at 100 % gets its full rollout appended instead. Returns the new stage's key.
 */
export function addStage(stages: readonly StageDraft[]): {
  readonly stages: StageDraft[];
  readonly added: string;
} {
  const last = stages.at(-1);
  const lastPercent = last ? numberOf(last.percent) : null;
  if (!last || lastPercent !== 100) {
    const full = stageDraft(100, 0);
    return { stages: [...stages, full], added: full.key };
  }
  const before = stages.at(-2);
  const belowRaw = before ? numberOf(before.percent) : 0;
  const below = belowRaw !== null && Number.isFinite(belowRaw) ? belowRaw : 0;
  const stage = stageDraft(percentBetween(below, 100));
  return { stages: [...stages.slice(0, -1), stage, last], added: stage.key };
}

/** A committed or reference plan back in the editor's shape (e.g. to edit and replay it). */
export function planToDraft(plan: Plan, scenario: Scenario): PlanDraft {
  return {
    random: plan.cohorts === 'random',
    cohorts: plan.cohorts === 'random' ? scenario.segments.map((s) => s.id) : [...plan.cohorts],
    stages: plan.stages.map((stage) => {
      const hold = stage.hold;
      const base = {
        key: newKey('stage'),
        percent: String(stage.percent),
        signOff: stage.signOff ?? ('' as const),
      };
      if (hold === undefined) return { ...base, holdType: 'time', minutes: '0', maxMinutes: '0' };
      return hold.type === 'time'
        ? {
            ...base,
            holdType: 'time',
            minutes: String(hold.minutes),
            maxMinutes: String(hold.minutes * 4),
          }
        : {
            ...base,
            holdType: 'metric',
            minutes: String(hold.stableMinutes),
            maxMinutes: String(hold.maxMinutes),
            ...(hold.onInconclusive ? { onInconclusive: hold.onInconclusive } : {}),
          };
    }),
    thresholds: plan.thresholds.map((t) => ({
      key: newKey('threshold'),
      metric: t.metric,
      limit: String(t.limit),
      unit: t.unit,
      compare: t.compare,
    })),
    confidence: plan.significance === null ? '' : String(plan.significance.confidence),
    authorizers: [...plan.rollback.authorizers],
    coverage: plan.rollback.coverage,
    mechanism: plan.rollback.mechanism,
    abTest: plan.followUp.abTest,
  };
}
