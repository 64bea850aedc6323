import type { RunEvent } from '../../../sim-engine/index';

/** One stage of the ramp as drawn: from its first minute to the next stage, the rollback or the end. */
export interface StageSpan {
  readonly stage: number;
  readonly percent: number;
  readonly from: number;
  readonly to: number;
}

export interface BreachMark {
  readonly minute: number;
  readonly thresholdIndex: number;
  readonly estimate: number;
  readonly limit: number;
}

/** The moments a chart marks: the ramp, the breach, the rollback, full rollout. */
export interface StoryMarks {
  readonly stages: readonly StageSpan[];
  readonly breach: BreachMark | null;
  readonly rollbackRequested: number | null;
  readonly rollbackComplete: number | null;
  readonly fullRollout: number | null;
  readonly inconclusive: { readonly minute: number; readonly stage: number } | null;
}

/** Reads the marks from the run's events; only events up to `until` (what has been played). */
export function storyMarks(
  events: readonly RunEvent[],
  endMinute: number,
  until: number = endMinute,
): StoryMarks {
  const stages: StageSpan[] = [];
  let breach: BreachMark | null = null;
  let rollbackRequested: number | null = null;
  let rollbackComplete: number | null = null;
  let fullRollout: number | null = null;
  let inconclusive: StoryMarks['inconclusive'] = null;
  const close = (minute: number) => {
    const last = stages.at(-1);
    if (last && last.to > minute) stages[stages.length - 1] = { ...last, to: minute };
  };
  const end = Math.min(endMinute, until);
  for (const event of events) {
    if (event.minute > until) break;
    switch (event.type) {
      case 'stage-entered':
        close(event.minute);
        stages.push({ stage: event.stage, percent: event.percent, from: event.minute, to: end });
        break;
      case 'breach':
        breach ??= {
          minute: event.minute,
          thresholdIndex: event.thresholdIndex,
          estimate: event.estimate,
          limit: event.limit,
        };
        break;
      case 'rollback-requested':
        rollbackRequested ??= event.minute;
        break;
      case 'rollback-complete':
        rollbackComplete ??= event.minute;
        close(event.minute);
        break;
      case 'full-rollout':
        fullRollout ??= event.minute;
        break;
      case 'stage-inconclusive':
        inconclusive ??= { minute: event.minute, stage: event.stage };
        break;
      default:
        break;
    }
  }
  return { stages, breach, rollbackRequested, rollbackComplete, fullRollout, inconclusive };
}

/** A stage band in chart coordinates; `odd` alternates the shading so neighbours differ. */
export interface StageBand {
  readonly x: number;
  readonly width: number;
  readonly label: string;
  /** False when the band is too narrow to carry its label without overlapping. */
  readonly labelled: boolean;
  readonly odd: boolean;
}

const MIN_LABEL_WIDTH_PX = 30;

export function stageBands(
  stages: readonly StageSpan[],
  x: (minute: number) => number,
): StageBand[] {
  let lastLabelEnd = Number.NEGATIVE_INFINITY;
  return stages.map((span, i) => {
    const from = x(span.from);
    const width = Math.max(0, x(span.to) - from);
    const labelled = width >= MIN_LABEL_WIDTH_PX && from >= lastLabelEnd;
    if (labelled) lastLabelEnd = from + MIN_LABEL_WIDTH_PX;
    return {
      x: Math.round(from * 10) / 10,
      width: Math.round(width * 10) / 10,
      label: `${span.percent} %`,
      labelled,
      odd: i % 2 === 1,
    };
  });
}
