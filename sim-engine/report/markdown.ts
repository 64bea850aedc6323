import { formatMinutes } from '../plan/describePlan';
import type { CanaryReport } from '../domain/report';
import { comparisonRows, headline, outcomeFacts, provenance } from './reportFacts';

/** Markdown's inline specials, escaped so a plan's text cannot start a link or a table cell. */
function md(text: string): string {
  return text.replace(/[\\`*_{}[\]()#+!|<>]/g, (c) => `\\${c}`).replace(/\r?\n/g, ' ');
}

function table(header: readonly string[], rows: readonly (readonly string[])[]): string[] {
  return [
    `| ${header.map(md).join(' | ')} |`,
    `| ${header.map(() => '---').join(' | ')} |`,
    ...rows.map((row) => `| ${row.map(md).join(' | ')} |`),
  ];
}

/** The report as Markdown: headline, dimensions with evidence, outcome, comparison, timeline. */
export function reportToMarkdown(report: CanaryReport): string {
  const lines: string[] = [
    `# ${md(report.scenarioTitle)}`,
    '',
    `**${md(headline(report))}**`,
    '',
    md(provenance(report)),
    '',
  ];
  lines.push(
    '## Rubric',
    '',
    ...table(
      ['Dimension', 'Points', 'Max', 'Verdict'],
      report.score.dimensions.map((d) => [d.title, String(d.points), String(d.max), d.verdict]),
    ),
    '',
  );
  for (const dimension of report.score.dimensions) {
    lines.push(`### ${md(dimension.title)}`, '');
    for (const fact of dimension.evidence) {
      const cost = fact.cost ? ` (−${fact.cost})` : '';
      const when = fact.minute === undefined ? '' : ` — ${formatMinutes(fact.minute)} in`;
      lines.push(`- ${md(fact.text)}${cost}${when}`);
    }
    lines.push('', `*Strong answer:* ${md(dimension.strongCounterpart)}`, '');
  }
  if (report.score.penalties.length > 0) {
    lines.push(
      '## Penalties',
      '',
      ...report.score.penalties.map((p) => `- ${md(p.reason)}: −${p.points}`),
      '',
    );
  }
  lines.push('## Outcome', '', ...table(['Fact', 'Value'], outcomeFacts(report.outcome)), '');
  lines.push(
    '## Same seed, other plans',
    '',
    ...table(['Plan', 'Result'], comparisonRows(report)),
    '',
  );
  lines.push(
    '## Timeline',
    '',
    ...report.narrative.map((step) => `- **${md(step.clock)}** ${md(step.text)}`),
    '',
  );
  if (report.debriefNotes.length > 0) {
    lines.push(
      "## Notes from the scenario's author",
      '',
      ...report.debriefNotes.map((note) => `- ${md(note)}`),
      '',
    );
  }
  return lines.join('\n');
}
