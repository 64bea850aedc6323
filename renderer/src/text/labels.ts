import type {
  ChangeKind,
  Difficulty,
  GeneratorLevel,
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

/** The generator's levels, as the practice-set form and History name them. */
export const GENERATOR_LEVEL_LABELS: Readonly<Record<GeneratorLevel, string>> = {
  introductory: 'Introductory',
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

/** Terms a first-time candidate may not know, each explained in a sentence or two. */
export const GLOSSARY = {
  canary: {
    term: 'Canary',
    definition:
      'A small, chosen slice of real traffic that gets the new version first, so a problem shows up while few people are affected.',
  },
  control: {
    term: 'Control',
    definition:
      'The traffic still on the old version at the same time. The canary is compared with it, so a busy hour or a quiet night affects both alike.',
  },
  baseline: {
    term: 'Same segments’ baseline',
    definition:
      'The canary’s own segments as they were last week. Use it when the canary’s users differ from everyone else, e.g. new customers convert less than regulars.',
  },
  percentagePoints: {
    term: 'Percentage points (pp)',
    definition:
      'An absolute difference between two percentages: an error rate going from 1 % to 1.5 % is a rise of 0.5 pp (and a 50 % relative rise).',
  },
  relative: {
    term: 'Relative change (%)',
    definition:
      'A change as a share of the old value: conversion from 4 % to 3.8 % is 5 % lower in relative terms (0.2 pp in absolute terms).',
  },
  p99: {
    term: 'p99 latency',
    definition:
      'The response time that 99 requests in 100 beat: it shows the slowest experiences, which an average hides. p95 is the same for 95 in 100.',
  },
  confidence: {
    term: 'Confidence',
    definition:
      'How sure the guard must be that a move is real before it rolls back. 0.95 accepts about a 5 % chance of a false alarm over the whole release; leaving it empty acts on the raw numbers, which cry wolf.',
  },
  sequentialGuard: {
    term: 'Always-valid check',
    definition:
      'A statistical check built to be looked at every few minutes. An ordinary significance test read that often raises false alarms on noise; this one keeps its confidence however often it is read.',
  },
  falseAlarm: {
    term: 'False alarm',
    definition:
      'A rollback of a release that was fine: noise crossed the threshold. It costs time and trust, not users.',
  },
  power: {
    term: 'Chance to catch',
    definition:
      'The probability that a stage, held this long at this traffic, sees a regression of a given size. Small stages only catch large breakages; business metrics need more traffic or longer holds.',
  },
  metricHold: {
    term: 'Hold until stable',
    definition:
      'The stage advances only after every guarded metric has stayed inside its threshold for the stable period; it gives up after the longest wait you set.',
  },
  inconclusive: {
    term: 'Inconclusive',
    definition:
      'The longest wait ran out and the data still could not say the metrics were inside their thresholds. Rolling back is the safe default; advancing trades safety for speed.',
  },
  signOff: {
    term: 'Sign-off',
    definition:
      'A named person approves the next stage. People sign off in business hours, so a sign-off can wait until the morning.',
  },
  abTest: {
    term: 'A/B test',
    definition:
      'A randomized experiment that tells whether the new version is better. A canary only tells whether it is safe: its users are chosen, not random.',
  },
} as const satisfies Readonly<Record<string, { term: string; definition: string }>>;

export type GlossaryKey = keyof typeof GLOSSARY;
