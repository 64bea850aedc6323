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

const CAUSES = {
  regression: 'the regression (a real catch)',
  noise: 'noise (a false alarm)',
  inconclusive: 'an inconclusive hold (the data could not decide)',
} as const;

/** Label and value pairs for the outcome box. */
export function outcomeFacts(outcome: Outcome): [string, string][] {
  const facts: [string, string][] = [
    ['Regression present', outcome.regressionPresent ? 'yes' : 'no'],
    [
      'Caught before full rollout',
      outcome.caught === null ? 'no regression' : outcome.caught ? 'yes' : 'no',
    ],
  ];
  if (outcome.rollbackCause !== null)
    facts.push(['Rollback called on', CAUSES[outcome.rollbackCause]]);
  if (outcome.percentAtDetection !== null)
    facts.push(['Stage when the rollback was called', `${outcome.percentAtDetection} %`]);
  if (outcome.detectionMinute !== null)
    facts.push(['Rollback called after', formatMinutes(outcome.detectionMinute)]);
  if (outcome.minutesToRollback !== null)
    facts.push(['Rollback took', formatMinutes(outcome.minutesToRollback)]);
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

/** `pack lib 1.0.0 · seed 7 · engine 0.2.0 · practice`, plus learner and date where known. */
export function provenance(report: CanaryReport): string {
  return [
    `pack ${report.packId}${report.packVersion ? ` ${report.packVersion}` : ''}`,
    `seed ${report.seed}`,
    `engine ${report.engineVersion}`,
    report.mode,
    ...(report.learner ? [report.learner] : []),
    ...(report.createdAt ? [report.createdAt] : []),
  ].join(' · ');
}
