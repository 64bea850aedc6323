import type { CanaryReport } from '../domain/report';
import type { Outcome } from '../domain/run';
import { formatMinutes } from '../plan/describePlan';
import { summarizeOutcome } from '../scoring/counterfactuals';
import { formatCount } from '../scoring/wording';

/** The facts every rendering shows, worded once so HTML, Markdown and CSV agree. */

/** `Score 86 / 100 — strong`. */
export function headline(report: CanaryReport): string {
  return `Score ${report.score.total} / 100 — ${report.score.band}`;
}

/** Label and value pairs for the outcome box. */
export function outcomeFacts(outcome: Outcome): [string, string][] {
  const facts: [string, string][] = [
    ['Regression present', outcome.regressionPresent ? 'yes' : 'no'],
    [
      'Caught before full rollout',
      outcome.caught === null ? 'no regression' : outcome.caught ? 'yes' : 'no',
    ],
  ];
  if (outcome.percentAtDetection !== null)
    facts.push(['Stage at detection', `${outcome.percentAtDetection} %`]);
  if (outcome.detectionMinute !== null)
    facts.push(['Detected at', `minute ${outcome.detectionMinute}`]);
  if (outcome.rollbackCompleteMinute !== null) {
    facts.push(['Rollback complete at', `minute ${outcome.rollbackCompleteMinute}`]);
  }
  facts.push(['Exposed users', formatCount(outcome.exposedUsers)]);
  facts.push(['Exposed requests', formatCount(outcome.exposedRequests)]);
  facts.push(['False rollback', outcome.falseRollback ? 'yes' : 'no']);
  facts.push([
    'Full rollout',
    outcome.minutesToFullRollout === null
      ? 'not reached'
      : `after ${formatMinutes(outcome.minutesToFullRollout)}`,
  ]);
  return facts;
}

const LABELS = {
  yours: 'Your plan',
  strong: 'Strong reference',
  weak: 'Weak reference',
  edited: 'Edited plan',
} as const;

/** One row per plan on the same seed: label and a one-line result. */
export function comparisonRows(report: CanaryReport): [string, string][] {
  return report.counterfactuals.map((cf) => [LABELS[cf.label], summarizeOutcome(cf.outcome)]);
}

/** `seed 7 · engine 0.1.0 · practice`, plus learner and date where known. */
export function provenance(report: CanaryReport): string {
  return [
    `pack ${report.packId}`,
    `seed ${report.seed}`,
    `engine ${report.engineVersion}`,
    report.mode,
    ...(report.learner ? [report.learner] : []),
    ...(report.createdAt ? [report.createdAt] : []),
  ].join(' · ');
}
