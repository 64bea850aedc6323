import type { Scenario, Segment } from '../../../sim-engine/index';
import { SEGMENT_KIND_LABELS, formatPercent } from '../text/labels';

/** The 99th percentile of a log-normal response time: median × e^(2.326 σ). */
const Z_99 = 2.3263;

interface Column {
  readonly heading: string;
  readonly value: (segment: Segment) => string;
}

/** Two significant figures: 0.2 %, 1.5 %, 12 %. */
function rate(value: number): string {
  return `${Number((value * 100).toPrecision(2))} %`;
}

/** Only the metrics this scenario's dashboards show. */
function baselineColumns(scenario: Scenario): Column[] {
  const shows = (metric: string) => scenario.observableMetrics.some((m) => m.startsWith(metric));
  const columns: Column[] = [{ heading: 'Errors', value: (s) => rate(s.baseline.errorRate) }];
  if (shows('conversion'))
    columns.push({ heading: 'Conversion', value: (s) => rate(s.baseline.conversionRate) });
  if (shows('latency'))
    columns.push({
      heading: 'p99 latency',
      value: (s) =>
        `${Math.round(s.baseline.latency.medianMs * Math.exp(Z_99 * s.baseline.latency.logSpread)).toLocaleString('en')} ms`,
    });
  if (shows('hallucination'))
    columns.push({ heading: 'Hallucination', value: (s) => rate(s.baseline.hallucinationRate) });
  if (shows('thumbs'))
    columns.push({ heading: 'Thumbs-down', value: (s) => rate(s.baseline.thumbsDownRate) });
  if (shows('token'))
    columns.push({
      heading: 'Tokens per query',
      value: (s) => Math.round(s.baseline.tokensPerQuery).toLocaleString('en'),
    });
  return columns;
}

function tolerance(value: number): string {
  return value >= 0.7 ? 'High' : value >= 0.4 ? 'Medium' : 'Low';
}

/**
 * Who uses the product, with each segment's usual numbers (its baseline): what a threshold is
 * measured against. `compact` leaves out the kind and value columns for the plan's side panel.
 */
export function SegmentBaselines({
  scenario,
  compact = false,
}: {
  readonly scenario: Scenario;
  readonly compact?: boolean;
}) {
  const columns = baselineColumns(scenario);
  return (
    <div
      className="table-scroll"
      tabIndex={0}
      role="region"
      aria-label="Segments and their baselines"
    >
      <table className="data-table baselines">
        <caption className="visually-hidden">
          Segments with their share of traffic and their usual (baseline) metrics
        </caption>
        <thead>
          <tr>
            <th scope="col">Segment</th>
            {compact ? null : <th scope="col">Kind</th>}
            <th scope="col" className="number">
              Share
            </th>
            {compact ? null : (
              <>
                <th scope="col" className="number">
                  Value per purchase
                </th>
                <th scope="col">Tolerance for instability</th>
              </>
            )}
            {columns.map((c) => (
              <th key={c.heading} scope="col" className="number">
                {c.heading}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {scenario.segments.map((segment) => (
            <tr key={segment.id}>
              <th scope="row">{segment.name}</th>
              {compact ? null : <td>{SEGMENT_KIND_LABELS[segment.kind]}</td>}
              <td className="number">{formatPercent(segment.share)}</td>
              {compact ? null : (
                <>
                  <td className="number">{segment.valuePerConversion.toLocaleString('en')}</td>
                  <td>{tolerance(segment.tolerance)}</td>
                </>
              )}
              {columns.map((c) => (
                <td key={c.heading} className="number">
                  {c.value(segment)}
                </td>
              ))}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
