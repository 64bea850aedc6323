import {
  formatMinutes,
  summarizeCounterfactual,
  type RunResult,
  type Scenario,
  type Score,
} from '../../sim-engine/index';

/** What stopped the release (a real catch, noise, an inconclusive hold) or how it shipped. */
function outcomeLine(run: RunResult): string {
  return `${summarizeCounterfactual(run.outcome)}.`;
}

/** A few plain lines about a run for people reading a terminal. */
export function humanSummary(scenario: Scenario, run: RunResult, score?: Score): string {
  const { outcome } = run;
  const lines = [`${scenario.title} (${scenario.id}), seed ${run.seed}`, outcomeLine(run)];
  if (outcome.rollbackCompleteMinute !== null) {
    lines.push(`Rollback complete ${formatMinutes(outcome.rollbackCompleteMinute)} into the run.`);
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
    for (const penalty of score.penalties) lines.push(`  −${penalty.points}  ${penalty.reason}`);
  }
  return lines.join('\n');
}
