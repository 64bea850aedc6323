import { memo, useMemo } from 'react';
import { describeThreshold } from '../../../sim-engine/index';
import type { RunResult } from '../../../sim-engine/index';
import { METRIC_LABELS } from '../text/labels';
import { Axes } from './Axes';
import { ChartLegend, type LegendItem } from './ChartLegend';
import { changeSeries } from './changeSeries';
import { chartFrame } from './frame';
import { checkMinute, metricChart } from './metricChart';
import { directionLabel, formatChange, naturalUnit, worseDirection } from './metricDirection';
import type { MetricPanel } from './metricPanels';
import { MovingLayer, type ChartMode } from './MovingLayer';
import { OnsetMarker } from './OnsetMarker';
import { StoryLayer } from './StoryLayer';
import type { StoryMarks } from './storyMarks';
import { elapsedLabel } from './timeAxis';
import { useChartWidth } from './useChartWidth';

const HEIGHT = 200;

/** The worst reading (most in the bad direction) and when, over what has been played. */
function worst(values: ArrayLike<number>, direction: 1 | -1, count: number, interval: number) {
  let value = Number.NaN;
  let minute = 0;
  for (let i = 0; i < Math.min(count, values.length); i++) {
    const v = values[i] ?? Number.NaN;
    if (!Number.isFinite(v)) continue;
    if (!Number.isFinite(value) || v * direction > value * direction) {
      value = v;
      minute = checkMinute(i, interval);
    }
  }
  return { value, minute };
}

export interface MetricChartProps {
  readonly run: RunResult;
  readonly panel: MetricPanel;
  readonly mode: ChartMode;
  readonly marks: StoryMarks;
  /** Last minute on the time axis. */
  readonly domainEnd: number;
  /** Checks played so far. */
  readonly visibleCount: number;
  readonly clockLabel: (minute: number) => string;
}

/**
 * One metric's story: the new version's move against the old (natural sign, direction labelled),
 * and for a watched metric the gate's reading, its confidence band, the limit and the zone
 * beyond it, with the breach called out where it happened.
 */
export const MetricChartView = memo(function MetricChartView(props: MetricChartProps) {
  const { run, panel, mode, marks, domainEnd, visibleCount, clockLabel } = props;
  const { ref, width } = useChartWidth<HTMLDivElement>();
  const threshold =
    panel.thresholdIndex === null ? null : run.plan.thresholds[panel.thresholdIndex];
  const gate =
    panel.thresholdIndex === null ? null : (run.series.thresholds[panel.thresholdIndex] ?? null);
  const direction = worseDirection(panel.metric);
  const unit = threshold?.unit ?? naturalUnit(panel.metric);
  const interval = run.series.intervalMinutes;
  const canary = run.series.canary[panel.metric];
  const control = run.series.control[panel.metric];
  const change = useMemo(
    () =>
      canary && control
        ? changeSeries(
            {
              canary,
              control,
              canaryRequests: run.series.canaryRequests,
              controlRequests: run.series.controlRequests,
            },
            unit,
            canary.length,
          )
        : null,
    [canary, control, run.series.canaryRequests, run.series.controlRequests, unit],
  );
  const model = useMemo(
    () =>
      width === null
        ? null
        : metricChart({
            direction,
            unit,
            gate,
            change: change?.values ?? null,
            intervalMinutes: interval,
            endMinute: domainEnd,
            frame: chartFrame(width, HEIGHT),
            visibleCount,
          }),
    [direction, unit, gate, change, interval, domainEnd, width, visibleCount],
  );
  const name = METRIC_LABELS[panel.metric];
  if (!panel.recorded && !gate) {
    return (
      <figure className="chart metric-chart missing">
        <figcaption>
          <span className="chart-title">{name}</span>
          <span className="badge unwatched">not watched by your plan</span>
        </figcaption>
        <p className="chart-summary">
          The regression moved the {name.toLowerCase()}, but this scenario’s dashboards do not
          record it, so there is nothing to draw.
        </p>
      </figure>
    );
  }
  const f = width === null ? null : chartFrame(width, HEIGHT);
  const breach =
    panel.tripped && marks.breach && marks.breach.minute <= checkMinute(visibleCount - 1, interval)
      ? marks.breach
      : null;
  const breachPoint =
    breach && model ? { x: model.x(breach.minute), y: model.y(direction * breach.estimate) } : null;
  const reference = threshold?.compare === 'cohort' ? 'the same segments’ baseline' : 'control';
  const windowLabel = change ? `${change.windowIntervals * interval}-minute average` : '';
  const legend: { item: LegendItem; text: string }[] = [
    ...(change ? [{ item: 'change' as const, text: `New vs old version (${windowLabel})` }] : []),
    ...(gate
      ? [
          { item: 'estimate' as const, text: `Gate’s reading vs ${reference}` },
          ...(run.plan.significance
            ? [{ item: 'interval' as const, text: 'Its confidence band' }]
            : []),
          { item: 'limit' as const, text: 'Your limit' },
          { item: 'breach' as const, text: 'Roll-back zone' },
          { item: 'window' as const, text: 'Data the gate read (at the cursor)' },
        ]
      : []),
    ...(mode === 'replay' && run.outcome.onsetMinute !== null
      ? [{ item: 'onset' as const, text: 'Regression begins' }]
      : []),
  ];
  const gateWorst = gate ? worst(gate.estimate, 1, visibleCount, interval) : null;
  const changeWorst = change ? worst(change.values, direction, visibleCount, interval) : null;
  const at = (minute: number) => `${elapsedLabel(minute)} (${clockLabel(minute)})`;
  let summary: string;
  if (breach && threshold) {
    summary = `Tripped the rollback at ${at(breach.minute)}: the gate read ${formatChange(direction * breach.estimate, unit)} against your limit of ${formatChange(direction * breach.limit, unit)}.`;
  } else if (gate && threshold && gateWorst && Number.isFinite(gateWorst.value)) {
    summary = `Worst gate reading ${formatChange(direction * gateWorst.value, unit)} at ${at(gateWorst.minute)}, against your limit of ${formatChange(direction * threshold.limit, unit)}.`;
  } else if (gate) {
    summary = 'No gate reading yet: not enough traffic on both versions.';
  } else if (changeWorst && Number.isFinite(changeWorst.value)) {
    summary = `Not watched by your plan: at its worst the new version ran ${formatChange(changeWorst.value, unit)} against the old (${at(changeWorst.minute)}, ${windowLabel}).`;
  } else {
    summary = 'No readings: the new version served no traffic.';
  }
  const frozen =
    change &&
    change.frozenFrom !== null &&
    change.frozenFrom < visibleCount &&
    change.frozenLevel !== null
      ? `After the old version stopped serving at ${at(change.frozenFrom * interval)}, the new version is measured against the old one’s level before that.`
      : null;
  return (
    <figure className={`chart metric-chart${panel.tripped ? ' tripped' : ''}`}>
      <figcaption>
        <span className="chart-title">{name}</span>
        <span className="direction">{directionLabel(panel.metric)}</span>
        {panel.tripped ? <span className="badge tripped">tripped the rollback</span> : null}
        {panel.thresholdIndex === null ? (
          <span className="badge unwatched">not watched by your plan</span>
        ) : null}
        {panel.moved && panel.thresholdIndex !== null && !panel.tripped ? (
          <span className="badge moved">moved by the regression</span>
        ) : null}
      </figcaption>
      <div ref={ref} className="chart-canvas">
        {model && f ? (
          <>
            <svg
              width={f.width}
              height={f.height}
              viewBox={`0 0 ${f.width} ${f.height}`}
              role="img"
              aria-label={`${name}, change on the new version over time, ${directionLabel(panel.metric)}. ${summary}`}
            >
              <StoryLayer frame={f} marks={marks} x={model.x} labels={false} />
              {model.breachZone ? (
                <rect
                  className="breach-zone"
                  x={f.left}
                  width={f.width - f.left - f.right}
                  y={model.breachZone.y}
                  height={model.breachZone.height}
                />
              ) : null}
              <Axes frame={f} xTicks={model.xTicks} yTicks={model.yTicks} />
              <line
                className="zero-line"
                x1={f.left}
                x2={f.width - f.right}
                y1={model.zeroY}
                y2={model.zeroY}
              />
              <path className="interval" d={model.intervalPath} />
              <path className="series change" d={model.changePath} />
              <path className="series limit" d={model.limitPath} />
              <path className="series estimate" d={model.estimatePath} />
              {model.limitY !== null && model.limitLabel ? (
                <text
                  className="limit-label"
                  x={f.width - f.right - 4}
                  y={direction === 1 ? model.limitY - 4 : model.limitY + 13}
                  textAnchor="end"
                >
                  {model.limitLabel}
                </text>
              ) : null}
              {mode === 'replay' && run.outcome.onsetMinute !== null ? (
                <OnsetMarker frame={f} x={model.x(run.outcome.onsetMinute)} />
              ) : null}
              {breach && breachPoint ? (
                <g className="breach-callout" aria-hidden="true">
                  <circle cx={breachPoint.x} cy={breachPoint.y} r={5} />
                  <text
                    x={
                      breachPoint.x > f.width - f.right - 150
                        ? breachPoint.x - 8
                        : breachPoint.x + 8
                    }
                    y={Math.max(f.top + 12, breachPoint.y - 8)}
                    textAnchor={breachPoint.x > f.width - f.right - 150 ? 'end' : 'start'}
                  >
                    breach {elapsedLabel(breach.minute)}:{' '}
                    {formatChange(direction * breach.estimate, unit)}
                  </text>
                </g>
              ) : null}
            </svg>
            {/* The moving cursor has its own layer, so scrubbing never repaints the lines. */}
            <svg
              className="chart-overlay"
              width={f.width}
              height={f.height}
              viewBox={`0 0 ${f.width} ${f.height}`}
              aria-hidden="true"
            >
              <MovingLayer
                mode={mode}
                frame={f}
                x={model.x}
                {...(gate ? { windowStart: gate.windowStart, intervalMinutes: interval } : {})}
              />
            </svg>
          </>
        ) : null}
      </div>
      <ChartLegend items={legend} />
      <p className="chart-summary">{summary}</p>
      <ul className="visually-hidden">
        {threshold ? <li>{describeThreshold(threshold)}.</li> : null}
        <li>
          Drawn with its natural sign: {directionLabel(panel.metric)}
          {direction === -1 ? '; a negative change is a drop in conversion.' : '.'}
        </li>
        {changeWorst && Number.isFinite(changeWorst.value) && gate ? (
          <li>
            New version against the old at its worst: {formatChange(changeWorst.value, unit)} at{' '}
            {at(changeWorst.minute)} ({windowLabel}).
          </li>
        ) : null}
        {frozen ? <li>{frozen}</li> : null}
        {model?.clipped ? (
          <li>Some readings lie beyond the drawn range and sit at its edge.</li>
        ) : null}
        {!panel.recorded ? (
          <li>The per-interval readings of this metric are not recorded.</li>
        ) : null}
      </ul>
      {frozen ? <p className="chart-note muted">{frozen}</p> : null}
    </figure>
  );
});
