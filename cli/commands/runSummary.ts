import { formatMinutes, type RunResult, type Scenario, type Score } from '../../sim-engine/index';

function outcomeLine(run: RunResult): string {
  const { outcome } = run;
  if (!outcome.regressionPresent) {
    if (outcome.falseRollback) return 'Healthy release rolled back: a false alarm.';
    return outcome.reachedFullRollout
      ? `Healthy release reached 100 % after ${formatMinutes(outcome.minutesToFullRollout ?? 0)}.`
      : 'Healthy release did not reach 100 % before the scenario ended.';
  }
  if (!outcome.caught) return 'Regression missed: it reached full rollout or the end unnoticed.';
  const metric = outcome.detectionMetric ?? outcome.rollbackReason ?? 'a rollback';
  const stage = outcome.percentAtDetection === null ? '' : ` at ${outcome.percentAtDetection} %`;
  return `Regression caught${stage} by ${metric} after ${formatMinutes(outcome.detectionMinute ?? 0)}.`;
}

/** A few plain lines about a run for people reading a terminal. */
export function humanSummary(scenario: Scenario, run: RunResult, score?: Score): string {
  const { outcome } = run;
  const lines = [`${scenario.title} (${scenario.id}), seed ${run.seed}`, outcomeLine(run)];
  if (outcome.rollbackCompleteMinute !== null) {
    lines.push(`Rollback complete at ${formatMinutes(outcome.rollbackCompleteMinute)}.`);
  }
  lines.push(
    `Exposed: ${Math.round(outcome.exposedUsers).toLocaleString('en')} users, ` +
      `${Math.round(outcome.exposedRequests).toLocaleString('en')} requests.`,
  );
  if (score) {
    lines.push(`Score: ${Math.round(score.total)}/100 (${score.band})`);
    for (const dimension of score.dimensions) {
      lines.push(
        `  ${dimension.title.padEnd(22)} ${dimension.points}/${dimension.max}  ${dimension.verdict}`,
      );
    }
  }
  return lines.join('\n');
}
