import type { CanaryReport } from '../../../../sim-engine/index';
import type { ReportFormat } from '../scoringApi';

const ESCAPES: Readonly<Record<string, string>> = {
  '&': '&amp;',
  '<': '&lt;',
  '>': '&gt;',
  '"': '&quot;',
  "'": '&#39;',
};
const escape = (text: string) => text.replace(/[&<>"']/g, (c) => ESCAPES[c] ?? c);
const csvCell = (value: string | number) => `"${String(value).replace(/"/g, '""')}"`;

function html(report: CanaryReport): string {
  const rows = report.score.dimensions
    .map(
      (d) =>
        `<tr><th scope="row">${escape(d.title)}</th><td>${d.points} / ${d.max}</td><td>${escape(d.verdict)}</td><td>${escape(d.evidence.map((e) => e.text).join('; '))}</td></tr>`,
    )
    .join('\n');
  const steps = report.narrative
    .map((s) => `<li>${escape(s.clock)}: ${escape(s.text)}</li>`)
    .join('\n');
  return `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><title>${escape(report.scenarioTitle)}: Canary Coach report</title></head>
<body><h1>${escape(report.scenarioTitle)}</h1>
<p>Score ${report.score.total} / 100 (${escape(report.score.band)}), seed ${report.seed}, engine ${escape(report.engineVersion)}.</p>
<table><thead><tr><th>Dimension</th><th>Points</th><th>Verdict</th><th>Evidence</th></tr></thead><tbody>
${rows}
</tbody></table>
<h2>What happened</h2><ol>
${steps}
</ol></body></html>
`;
}

function md(report: CanaryReport): string {
  const rows = report.score.dimensions.map(
    (d) => `| ${d.title} | ${d.points} / ${d.max} | ${d.verdict} |`,
  );
  return [
    `# ${report.scenarioTitle}`,
    '',
    `Score ${report.score.total} / 100 (${report.score.band})`,
    '',
    '| Dimension | Points | Verdict |',
    '| --- | --- | --- |',
    ...rows,
    '',
  ].join('\n');
}

function csv(report: CanaryReport): string {
  const rows = report.score.dimensions.map((d) =>
    [d.id, d.points, d.max, d.verdict].map(csvCell).join(','),
  );
  return ['dimension,points,max,verdict', ...rows].join('\n') + '\n';
}

/** Renders a report as a standalone document; HTML text is escaped, never trusted. */
export function renderProvisionalReport(report: CanaryReport, format: ReportFormat): string {
  return format === 'html' ? html(report) : format === 'md' ? md(report) : csv(report);
}
