import type { PlanStatistics, ScenarioCalibration } from '../../sim-engine/index';

const pct = (share: number | null): string =>
  share === null ? '—' : `${(Math.round(share * 1000) / 10).toFixed(1)} %`;

function scoreText(statistics: PlanStatistics): string {
  const score = statistics.score;
  if (!score) return 'n/a';
  const r = (value: number) => Math.round(value);
  return `${r(score.median)} (p10 ${r(score.p10)}, p90 ${r(score.p90)})`;
}

function hours(minutes: number | null): string {
  return minutes === null ? '—' : `${(minutes / 60).toFixed(1)} h`;
}

/** The per-scenario block printed by `calibrate`. */
export function calibrationBlock(calibration: ScenarioCalibration): string {
  const { strong, weak, verdict } = calibration;
  const row = (label: string, strongValue: string, weakValue: string) =>
    `  ${label.padEnd(26)} ${strongValue.padEnd(20)} ${weakValue}`;
  const lines = [
    `${calibration.scenarioId}  ${verdict.fair ? 'FAIR' : 'UNFAIR'}  (${strong.seeds} seeds)`,
    row('', 'strong', 'weak'),
  ];
  if (calibration.regressionPresent) {
    lines.push(row('caught before 100 %', pct(strong.detectionRate), pct(weak.detectionRate)));
    lines.push(
      row('caught in time (≤ 60 min)', pct(strong.containedRate), pct(weak.containedRate)),
    );
  }
  lines.push(
    row('false alarms (noise)', pct(strong.falseRollbackRate), pct(weak.falseRollbackRate)),
  );
  lines.push(row('inconclusive stops', pct(strong.inconclusiveRate), pct(weak.inconclusiveRate)));
  lines.push(row('reached 100 %', pct(strong.fullRolloutRate), pct(weak.fullRolloutRate)));
  lines.push(
    row(
      'median time to 100 %',
      hours(strong.medianMinutesToFullRollout),
      hours(weak.medianMinutesToFullRollout),
    ),
  );
  lines.push(row('score median (p10–p90)', scoreText(strong), scoreText(weak)));
  lines.push(row('weak plan failed', '', pct(weak.failureRate)));
  // Reasons come as a headline and indented details (where, which seeds, what to change).
  for (const reason of verdict.reasons)
    lines.push(reason.startsWith('  ') ? `      ${reason.trim()}` : `  unfair: ${reason}`);
  return lines.join('\n');
}
