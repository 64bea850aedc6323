import type {
  ChangeKind,
  Difficulty,
  GuardedMetric,
  Role,
  RubricDimension,
  SegmentKind,
  ThresholdUnit,
} from '../../../sim-engine/index';

/** Words the screens use for the engine's codes, in one place. */

export const CHANGE_KIND_LABELS: Readonly<Record<ChangeKind, string>> = {
  surface: 'Surface tweak',
  backend: 'Backend change',
  infrastructure: 'Infrastructure change',
  model: 'Model upgrade',
  prompt: 'Prompt change',
};

export const DIFFICULTY_LABELS: Readonly<Record<Difficulty, string>> = {
  intro: 'Introductory',
  standard: 'Standard',
  hard: 'Hard',
};

export const SEGMENT_KIND_LABELS: Readonly<Record<SegmentKind, string>> = {
  internal: 'Internal staff',
  'early-access': 'Early access',
  'power-user': 'Power users',
  'low-risk': 'Low risk',
  general: 'General',
  'new-customer': 'New customers',
  'high-value': 'High value',
};

export const METRIC_LABELS: Readonly<Record<GuardedMetric, string>> = {
  error_rate: 'Error rate',
  latency_p99: 'p99 latency',
  latency_p95: 'p95 latency',
  conversion: 'Conversion',
  hallucination_rate: 'Hallucination rate',
  thumbs_down_rate: 'Thumbs-down rate',
  token_cost: 'Token cost per query',
};

export const ROLE_LABELS: Readonly<Record<Role, string>> = {
  pm: 'PM',
  'eng-lead': 'Engineering lead',
  'oncall-sre': 'On-call SRE',
  exec: 'Executive',
  anyone: 'Anyone',
};

export const UNIT_LABELS: Readonly<Record<ThresholdUnit, string>> = {
  pp: 'percentage points',
  pct: '% relative',
  ms: 'ms',
};

/** A value in a threshold's unit, short: `0.5 pp`, `2 %`, `200 ms`. */
export function formatInUnit(value: number, unit: ThresholdUnit): string {
  const rounded = Math.abs(value) >= 10 ? Math.round(value) : Math.round(value * 100) / 100;
  return unit === 'pp' ? `${rounded} pp` : unit === 'pct' ? `${rounded} %` : `${rounded} ms`;
}

export function formatPercent(share: number): string {
  const percent = share * 100;
  return `${percent < 1 ? percent.toFixed(1) : Math.round(percent)} %`;
}

/** The rubric's dimensions as the engine titles them (a report carries only those it scored). */
export const DIMENSION_LABELS: Readonly<Record<RubricDimension, string>> = {
  segments: 'Segments',
  thresholds: 'Thresholds',
  ramp: 'Ramp and holds',
  rollback: 'Rollback readiness',
  'model-guard': 'Model-specific guard',
  'canary-vs-ab': 'Canary vs A/B',
  outcome: 'Outcome',
  communication: 'Communication',
};
