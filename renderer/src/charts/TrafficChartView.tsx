import { memo, useMemo } from 'react';
import type { RunResult } from '../../../sim-engine/index';
import { formatPercent } from '../text/labels';
import { Axes } from './Axes';
import { ChartLegend } from './ChartLegend';
import { chartFrame } from './frame';
import { MovingLayer, type ChartMode } from './MovingLayer';
import { OnsetMarker } from './OnsetMarker';
import { StoryLayer } from './StoryLayer';
import type { StoryMarks } from './storyMarks';
import { elapsedLabel } from './timeAxis';
import { trafficChart } from './trafficChart';
import { useChartWidth } from './useChartWidth';

const HEIGHT = 150;

function TrafficSummary({
  marks,
  clockLabel,
  ended,
  endMinute,
}: {
  readonly marks: StoryMarks;
  readonly clockLabel: (minute: number) => string;
  readonly ended: boolean;
  readonly endMinute: number;
}) {
  const at = (minute: number) => `${elapsedLabel(minute)} (${clockLabel(minute)})`;
  return (
    <ul className="visually-hidden">
      {marks.stages.map((span) => (
        <li key={span.from}>
          From {at(span.from)}: {span.percent} % of traffic on the new version.
        </li>
      ))}
      {marks.rollbackRequested !== null ? (
        <li>Rollback called at {at(marks.rollbackRequested)}.</li>
      ) : null}
      {marks.rollbackComplete !== null ? (
        <li>Everyone back on the old version at {at(marks.rollbackComplete)}.</li>
      ) : null}
      {ended ? <li>The run ended at {at(endMinute)}.</li> : null}
    </ul>
  );
}

/** The new version's share of traffic over the run, with the ramp's stages and the rollback. */
export const TrafficChartView = memo(function TrafficChartView({
  run,
  mode,
  marks,
  domainEnd,
  visibleCount,
  clockLabel,
}: {
  readonly run: RunResult;
  readonly mode: ChartMode;
  readonly marks: StoryMarks;
  readonly domainEnd: number;
  /** Intervals played so far. */
  readonly visibleCount: number;
  readonly clockLabel: (minute: number) => string;
}) {
  const { series, outcome } = run;
  const { ref, width } = useChartWidth<HTMLDivElement>();
  const f = width === null ? null : chartFrame(width, HEIGHT);
  const model = useMemo(
    () =>
      width === null
        ? null
        : trafficChart(
            series.canaryShare,
            series.regressionActive,
            series.intervalMinutes,
            domainEnd,
            chartFrame(width, HEIGHT),
            visibleCount,
          ),
    [series, domainEnd, visibleCount, width],
  );
  const peak = series.canaryShare
    .subarray(0, visibleCount)
    .reduce((max, v) => (v > max ? v : max), 0);
  const ended = visibleCount >= series.canaryShare.length;
  return (
    <figure className="chart traffic-chart">
      <figcaption>
        <span className="chart-title">Traffic on the new version</span>
        <span className="direction">peak {formatPercent(peak)}</span>
      </figcaption>
      <div ref={ref} className="chart-canvas">
        {model && f ? (
          <>
            <svg
              width={f.width}
              height={f.height}
              viewBox={`0 0 ${f.width} ${f.height}`}
              role="img"
              aria-label="Share of traffic on the new version over time; the list below gives the stages."
            >
              <StoryLayer frame={f} marks={marks} x={model.x} labels />
              <Axes frame={f} xTicks={model.xTicks} yTicks={model.yTicks} />
              {mode === 'replay'
                ? model.regressionSpans.map((span) => (
                    <rect
                      key={span.x}
                      className="regression-span"
                      x={span.x}
                      width={Math.max(1, span.width)}
                      y={f.height - f.bottom - 6}
                      height={6}
                    />
                  ))
                : null}
              <path className="series share" d={model.sharePath} />
              {mode === 'replay' && outcome.onsetMinute !== null ? (
                <OnsetMarker frame={f} x={model.x(outcome.onsetMinute)} />
              ) : null}
            </svg>
            <svg
              className="chart-overlay"
              width={f.width}
              height={f.height}
              viewBox={`0 0 ${f.width} ${f.height}`}
              aria-hidden="true"
            >
              <MovingLayer mode={mode} frame={f} x={model.x} />
            </svg>
          </>
        ) : null}
      </div>
      <ChartLegend
        items={[
          { item: 'share', text: 'Share on the new version (stages shaded)' },
          ...(marks.rollbackRequested !== null
            ? [{ item: 'rollback' as const, text: 'Rollback called' }]
            : []),
          ...(mode === 'replay' && outcome.onsetMinute !== null
            ? [{ item: 'onset' as const, text: 'Regression begins (bar: live on exposed users)' }]
            : []),
        ]}
      />
      <TrafficSummary
        marks={marks}
        clockLabel={clockLabel}
        ended={ended}
        endMinute={outcome.endMinute}
      />
    </figure>
  );
});
