import { formatMinutes } from '../plan/describePlan';
import type { CanaryReport } from '../domain/report';
import type { DimensionScore } from '../domain/score';
import { comparisonRows, headline, outcomeFacts, provenance } from './reportFacts';

/** Escapes text for HTML content and attribute values alike. */
export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);
}

// Light, print-friendly, and readable without colour: verdicts are words, not just hues.
const STYLE = `
body{font:14px/1.5 system-ui,-apple-system,"Segoe UI",sans-serif;color:#1a1a1a;background:#fff;max-width:860px;margin:2rem auto;padding:0 1rem;overflow-wrap:break-word}
h1{font-size:1.6rem;margin:0 0 .25rem}h2{font-size:1.2rem;margin:1.75rem 0 .5rem;border-bottom:1px solid #ccc}
h3{font-size:1rem;margin:1rem 0 .25rem}.meta{color:#555}.total{font-size:1.3rem;font-weight:600}
table{border-collapse:collapse;width:100%}th,td{text-align:left;padding:.3rem .5rem;border-bottom:1px solid #e2e2e2;vertical-align:top;overflow-wrap:anywhere}
.num{text-align:right;font-variant-numeric:tabular-nums}.facts td:first-child{width:13em}
.cost{color:#8a1c1c;white-space:nowrap}.strong{color:#1b5e20}.partial{color:#7a4f00}.missing{color:#8a1c1c}
.counterpart{background:#f5f5f0;padding:.4rem .6rem;border-left:3px solid #999;print-color-adjust:exact;-webkit-print-color-adjust:exact}
time{font-variant-numeric:tabular-nums;color:#444;white-space:nowrap}
@page{size:A4;margin:16mm 15mm 18mm}
@page{@bottom-right{content:"Page " counter(page) " of " counter(pages);font:10px system-ui,sans-serif;color:#666}}
@media print{body{margin:0;max-width:none;padding:0;font-size:12px}h2,h3{break-after:avoid}section,table,tr,li{break-inside:avoid}}
`;

/** Table rows; `numeric` marks the columns that hold numbers (right-aligned). */
function rows(pairs: readonly (readonly string[])[], numeric: readonly number[] = []): string {
  const cell = (text: string, column: number) =>
    numeric.includes(column)
      ? `<td class="num">${escapeHtml(text)}</td>`
      : `<td>${escapeHtml(text)}</td>`;
  return pairs.map((cells) => `<tr>${cells.map(cell).join('')}</tr>`).join('');
}

function dimensionSection(dimension: DimensionScore): string {
  const facts = dimension.evidence
    .map((fact) => {
      const cost = fact.cost ? ` <span class="cost">−${fact.cost}</span>` : '';
      const when =
        fact.minute === undefined
          ? ''
          : ` <span class="meta">(${formatMinutes(fact.minute)} in)</span>`;
      return `<li>${escapeHtml(fact.text)}${cost}${when}</li>`;
    })
    .join('');
  return (
    `<section><h3>${escapeHtml(dimension.title)} — ${dimension.points} / ${dimension.max} ` +
    `<span class="${dimension.verdict}">(${dimension.verdict})</span></h3><ul>${facts}</ul>` +
    `<p class="counterpart"><strong>Strong answer:</strong> ${escapeHtml(dimension.strongCounterpart)}</p></section>`
  );
}

/** The report as one self-contained HTML page: inline CSS, no scripts, every text escaped. */
export function reportToHtml(report: CanaryReport): string {
  const { score } = report;
  const penalties =
    score.penalties.length === 0
      ? ''
      : `<h2>Penalties</h2><ul>${score.penalties.map((p) => `<li>${escapeHtml(p.reason)}: <span class="cost">−${p.points}</span></li>`).join('')}</ul>`;
  const timeline = report.narrative
    .map((step) => `<li><time>${escapeHtml(step.clock)}</time> ${escapeHtml(step.text)}</li>`)
    .join('');
  const notes =
    report.debriefNotes.length === 0
      ? ''
      : `<h2>Notes from the scenario's author</h2><ul>${report.debriefNotes.map((note) => `<li>${escapeHtml(note)}</li>`).join('')}</ul>`;
  return [
    '<!DOCTYPE html><html lang="en"><head><meta charset="utf-8">',
    `<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'">`,
    `<title>${escapeHtml(`${report.scenarioTitle} — Canary Coach report`)}</title><style>${STYLE}</style></head><body>`,
    `<h1>${escapeHtml(report.scenarioTitle)}</h1><p class="meta">${escapeHtml(provenance(report))}</p>`,
    `<p class="total">${escapeHtml(headline(report))}</p>`,
    `<h2>Rubric</h2><table><thead><tr><th>Dimension</th><th class="num">Points</th><th class="num">Max</th><th>Verdict</th></tr></thead><tbody>`,
    rows(
      score.dimensions.map((d) => [d.title, String(d.points), String(d.max), d.verdict]),
      [1, 2],
    ),
    '</tbody></table>',
    ...score.dimensions.map(dimensionSection),
    penalties,
    `<h2>Outcome</h2><table class="facts"><tbody>${rows(outcomeFacts(report.outcome))}</tbody></table>`,
    `<h2>Same seed, other plans</h2><table class="facts"><tbody>${rows(comparisonRows(report))}</tbody></table>`,
    `<h2>Timeline</h2><ol>${timeline}</ol>`,
    notes,
    '</body></html>',
  ].join('\n');
}
