import type {
  ChangeKind,
  GuardedMetric,
  ProbeTrigger,
  Scenario,
  SegmentKind,
} from '../../../sim-engine/index';
import type { PlanDraft, StageDraft } from '../plan/planDraft';

/**
 * What a plan draft still lacks, as the interviewer sees it: the conditions behind the
 * pack's `whenMissing` follow-ups. They read the draft as typed (it need not validate yet) and
 * ask for the decision the strong answer makes, not for a perfect plan.
 */

type DraftCheck = (
  draft: PlanDraft,
  scenario: Pick<Scenario, 'segments' | 'changeKind'>,
) => boolean;

/** The kinds a deliberate order exposes first, and those it keeps for last. */
const FIRST_KINDS: readonly SegmentKind[] = ['internal', 'early-access'];
const LAST_KINDS: readonly SegmentKind[] = ['new-customer', 'high-value'];
const EVERYDAY_KINDS: readonly SegmentKind[] = ['power-user', 'low-risk', 'general'];

/** Below an hour a hold cannot gather volume at a small stage. */
const SHORT_HOLD_MINUTES = 60;
const RISKY_KINDS: readonly ChangeKind[] = ['backend', 'infrastructure', 'model', 'prompt'];
const MODEL_KINDS: readonly ChangeKind[] = ['model', 'prompt'];
const QUALITY_METRICS: readonly GuardedMetric[] = ['hallucination_rate', 'thumbs_down_rate'];

function kindsInOrder(draft: PlanDraft, scenario: Pick<Scenario, 'segments'>): SegmentKind[] {
  return draft.cohorts.flatMap((id) => {
    const segment = scenario.segments.find((s) => s.id === id);
    return segment ? [segment.kind] : [];
  });
}

/** Random exposure, a risky segment first, or a last-to-go segment before everyday users. */
const lacksCohorts: DraftCheck = (draft, scenario) => {
  if (draft.random) return true;
  const kinds = kindsInOrder(draft, scenario);
  const safeFirst = kinds.some((k) => FIRST_KINDS.includes(k));
  if (safeFirst && !FIRST_KINDS.includes(kinds[0] ?? 'general')) return true;
  const firstLast = kinds.findIndex((k) => LAST_KINDS.includes(k));
  return firstLast >= 0 && kinds.slice(firstLast).some((k) => EVERYDAY_KINDS.includes(k));
};

function hasLimit(draft: PlanDraft, metrics: readonly GuardedMetric[]): boolean {
  return draft.thresholds.some(
    (t) => metrics.includes(t.metric) && t.limit.trim() !== '' && Number.isFinite(Number(t.limit)),
  );
}

/** A number each for reliability, tail latency and the business metric. */
const lacksThresholds: DraftCheck = (draft) =>
  !hasLimit(draft, ['error_rate']) ||
  !hasLimit(draft, ['latency_p99', 'latency_p95']) ||
  !hasLimit(draft, ['conversion']);

function gates(draft: PlanDraft): readonly StageDraft[] {
  const last = draft.stages.at(-1);
  // The final 100 % stage is the full rollout: no hold, no gate.
  return last && last.percent.trim() === '100' ? draft.stages.slice(0, -1) : draft.stages;
}

/** A hold too short to see anything, no middle stage, or time-only gates on a risky change. */
const lacksHolds: DraftCheck = (draft, scenario) => {
  const held = gates(draft);
  if (held.length === 0) return true;
  if (held.some((s) => !(Number(s.minutes) >= SHORT_HOLD_MINUTES))) return true;
  const middle = held.some((s) => Number(s.percent) >= 20 && Number(s.percent) <= 50);
  const metricGate = held.some((s) => s.holdType === 'metric');
  return !middle || (RISKY_KINDS.includes(scenario.changeKind) && !metricGate);
};

const lacksSignOff: DraftCheck = (draft) => gates(draft).some((s) => s.signOff === '');

/** Nobody named, nobody reachable at night, or a redeploy that takes tens of minutes. */
const lacksRollback: DraftCheck = (draft) =>
  draft.authorizers.length === 0 || draft.coverage !== '24x7' || draft.mechanism === 'redeploy';

const lacksAbTest: DraftCheck = (draft) => !draft.abTest;

/** Only model and prompt changes need quality signals beyond errors and latency. */
const lacksModelMetrics: DraftCheck = (draft, scenario) =>
  MODEL_KINDS.includes(scenario.changeKind) && !hasLimit(draft, QUALITY_METRICS);

const CHECKS: Readonly<Record<ProbeTrigger, DraftCheck>> = {
  cohorts: lacksCohorts,
  thresholds: lacksThresholds,
  holds: lacksHolds,
  'sign-off': lacksSignOff,
  rollback: lacksRollback,
  'ab-test': lacksAbTest,
  'model-metrics': lacksModelMetrics,
};

/** Whether the draft still lacks what the trigger names. */
export function draftLacks(
  trigger: ProbeTrigger,
  draft: PlanDraft,
  scenario: Pick<Scenario, 'segments' | 'changeKind'>,
): boolean {
  return CHECKS[trigger](draft, scenario);
}
