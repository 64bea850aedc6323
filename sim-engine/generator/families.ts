import type { ProbeTrigger } from '../domain/scenario';
import type { ScenarioInput } from '../pack/scenarioSchema';
import { rounded, type Draw } from './draw';
import { capped, pct, pp } from './familyWording';
import { modelQuality, tokenCost } from './modelFamilies';
import { customerSegments, reachedBeforeEveryone } from './familySegments';

type RegressionInput = NonNullable<ScenarioInput['regressions']>[number];

/*
 * The regression families the engine supports, each drawn at a strength: 1 is near what the
 * strong plan's early stages can just detect, larger is easier (levels.ts sets it).
 */

export const REGRESSION_FAMILIES = [
  'segment-only',
  'load-only',
  'tail-only',
  'late-onset',
  'leak',
  'intermittent',
  'clock-bound',
  'model-quality',
  'token-cost',
] as const;
export type RegressionFamily = (typeof REGRESSION_FAMILIES)[number];

/** Families that need a model or prompt change (graded answers, feedback, tokens). */
export const MODEL_FAMILIES: readonly RegressionFamily[] = ['model-quality', 'token-cost'];

/** The segments a family may name, as the generator drew them. */
export interface SegmentChoice {
  readonly id: string;
  readonly name: string;
  readonly kind: string;
  readonly share: number;
  readonly clockOffsetHours: number;
}

export interface InterviewProbe {
  readonly text: string;
  readonly whenMissing?: ProbeTrigger;
}

/** A drawn regression with what the interviewer asks about it and what the debrief says. */
export interface DrawnRegression {
  readonly family: RegressionFamily;
  readonly regression: RegressionInput;
  readonly probes: readonly InterviewProbe[];
  readonly debriefNotes: readonly string[];
}

export interface FamilyContext {
  readonly draw: Draw;
  readonly strength: number;
  readonly index: number;
  readonly segments: readonly SegmentChoice[];
  /** The team's product phrase, for causes: "the new pricing service". */
  readonly changeTitle: string;
  readonly timeZone: string;
}

function segmentOnly(context: FamilyContext): DrawnRegression {
  const { draw, strength } = context;
  const target = draw.pick(
    reachedBeforeEveryone(context.segments).filter((segment) =>
      customerSegments(context).includes(segment),
    ),
  );
  const onErrors = draw.chance(0.5);
  const amount = onErrors
    ? rounded(capped(0.02 * strength, 0.08), 3)
    : -rounded(capped(0.35 * strength, 0.8), 2);
  return {
    family: 'segment-only',
    regression: {
      id: `segment-${context.index}`,
      effects: [
        onErrors
          ? { metric: 'error_rate', change: 'absolute', amount }
          : { metric: 'conversion', change: 'relative', amount },
      ],
      segments: [target.id],
      onset: { type: 'immediate' },
      cause: onErrors
        ? `Only ${target.name.toLowerCase()} take a code path ${context.changeTitle} changed, and there it fails about ${pp(amount)} more requests; everyone else is untouched.`
        : `Only ${target.name.toLowerCase()} see a step ${context.changeTitle} made harder, and ${pct(amount)} fewer of their visits end in a purchase; everyone else is untouched.`,
    },
    probes: [
      {
        text: 'Who gets the new version first, and who last? Why in that order?',
        whenMissing: 'cohorts',
      },
    ],
    debriefNotes: [
      `Only ${target.name} (${Math.round(target.share * 100)} % of traffic) were hurt: an early stage that holds only staff and insiders looks perfect.`,
      `A guard on ${onErrors ? 'the error rate' : 'conversion against the same segments’ baseline'} catches it once ${target.name.toLowerCase()} enter the canary; bringing them in late limits the damage.`,
    ],
  };
}

function loadOnly(context: FamilyContext): DrawnRegression {
  const { draw, strength } = context;
  const share = draw.pick([0.15, 0.2, 0.25, 0.3]);
  const tailShare = rounded(capped(0.03 * strength, 0.1), 3);
  const addMs = draw.pick([1000, 1200, 1500]);
  return {
    family: 'load-only',
    regression: {
      id: `load-${context.index}`,
      effects: [
        { metric: 'latency', change: 'tail', share: tailShare, addMs },
        { metric: 'error_rate', change: 'absolute', amount: rounded(0.003 * strength, 4) },
      ],
      onset: { type: 'above-share', share },
      cause: `${capitalise(context.changeTitle)} keeps a fixed pool of connections. Above ${Math.round(share * 100)} % of production traffic requests queue for one, and about ${rounded(tailShare * 100, 1)} % of them wait ${addMs} ms longer; some time out.`,
    },
    probes: [
      {
        text: 'The 1 % and 5 % stages were spotless. What could still go wrong at 50 %?',
        whenMissing: 'holds',
      },
    ],
    debriefNotes: [
      `The fault appears only once the new version carries ${Math.round(share * 100)} % of traffic or more: small stages cannot show it, however long they hold.`,
      'A stage above that load, guarded on tail latency and errors with a hold long enough to read them, catches it before everyone has it.',
    ],
  };
}

function tailOnly(context: FamilyContext): DrawnRegression {
  const { draw, strength } = context;
  const tailShare = rounded(capped(0.02 * strength, 0.08), 3);
  const addMs = draw.pick([800, 1000, 1500, 2000]);
  return {
    family: 'tail-only',
    regression: {
      id: `tail-${context.index}`,
      effects: [{ metric: 'latency', change: 'tail', share: tailShare, addMs }],
      onset: { type: 'immediate' },
      cause: `Some requests fall back to a slow path in ${context.changeTitle}: about ${rounded(tailShare * 100, 1)} % take ${addMs} ms longer, while the median does not move.`,
    },
    probes: [
      {
        text: 'The median response time is flat. Are you done watching latency?',
        whenMissing: 'thresholds',
      },
    ],
    debriefNotes: [
      `About one request in ${Math.round(1 / tailShare)} became ${addMs} ms slower; the median never moved.`,
      'A guard on the 99th percentile, not the average or the median, is what sees a slow tail.',
    ],
  };
}

function lateOnset(context: FamilyContext): DrawnRegression {
  const { draw, strength } = context;
  const afterMinutes = draw.pick([180, 240, 360, 480]);
  const amount = rounded(capped(0.02 * strength, 0.06), 3);
  return {
    family: 'late-onset',
    regression: {
      id: `late-${context.index}`,
      effects: [{ metric: 'error_rate', change: 'absolute', amount }],
      onset: { type: 'delayed', afterMinutes },
      cause: `${capitalise(context.changeTitle)} works until a scheduled job runs ${afterMinutes / 60} hours after the release starts; from then on it fails about ${pp(amount)} more requests.`,
    },
    probes: [{ text: 'The first hour at 1 % is clean. Do you move on?', whenMissing: 'holds' }],
    debriefNotes: [
      `Nothing went wrong for the first ${afterMinutes / 60} hours: a plan that moves on after a clean hour ships the fault to everyone.`,
      'Holds that outlast the first hours, with an error-rate guard, meet the fault while few users have the new version.',
    ],
  };
}

function leak(context: FamilyContext): DrawnRegression {
  const { draw, strength } = context;
  const fullAfterMinutes = draw.pick([1440, 2160, 2880]);
  const scale = rounded(1 + capped(0.8 * strength, 2), 2);
  return {
    family: 'leak',
    regression: {
      id: `leak-${context.index}`,
      effects: [
        { metric: 'latency', change: 'scale', amount: scale },
        { metric: 'error_rate', change: 'absolute', amount: rounded(0.005 * strength, 4) },
      ],
      onset: { type: 'growing', fullAfterMinutes },
      cause: `${capitalise(context.changeTitle)} holds on to memory it never frees. Pauses grow by the hour until, after ${fullAfterMinutes / 60} hours of uptime, every response is ${scale} times slower and some time out.`,
    },
    probes: [
      {
        text: 'Everything looked fine after six hours. How long do you keep watching, and why?',
        whenMissing: 'holds',
      },
    ],
    debriefNotes: [
      `The slowdown grew with uptime and reached ${scale} times after ${fullAfterMinutes / 60} hours: early readings look healthy.`,
      'Long holds at a small share, with latency and error guards, let the leak show itself before most users have the new version.',
    ],
  };
}

function intermittent(context: FamilyContext): DrawnRegression {
  const { draw, strength } = context;
  const everyMinutes = draw.pick([180, 240, 300]);
  const forMinutes = draw.pick([30, 40, 45]);
  const amount = rounded(capped(0.04 * strength, 0.12), 3);
  return {
    family: 'intermittent',
    regression: {
      id: `bursts-${context.index}`,
      effects: [{ metric: 'error_rate', change: 'absolute', amount }],
      onset: { type: 'intermittent', everyMinutes, forMinutes },
      cause: `${capitalise(context.changeTitle)} refreshes a credential every ${everyMinutes / 60} hours and fails about ${pp(amount)} more requests for ${forMinutes} minutes each time while it retries.`,
    },
    probes: [
      {
        text: 'You watched for an hour and saw nothing. Is an hour enough here?',
        whenMissing: 'holds',
      },
    ],
    debriefNotes: [
      `Errors came in bursts of ${forMinutes} minutes every ${everyMinutes / 60} hours: a one-hour look can fall between two bursts.`,
      'A hold longer than the gap between bursts, with an error-rate guard that reads short windows, catches the first burst it meets.',
    ],
  };
}

function clockBound(context: FamilyContext): DrawnRegression {
  const { strength } = context;
  const region = context.segments.find((segment) => segment.clockOffsetHours !== 0);
  if (!region) return lateOnset(context);
  const amount = rounded(capped(0.03 * strength, 0.08), 3);
  return {
    family: 'clock-bound',
    regression: {
      id: `peak-${context.index}`,
      effects: [
        { metric: 'error_rate', change: 'absolute', amount },
        { metric: 'latency', change: 'tail', share: 0.04, addMs: 1500 },
      ],
      segments: [region.id],
      onset: { type: 'clock-hours', from: '11:30', to: '14:00' },
      cause: `At the lunch rush of ${region.name.toLowerCase()}, ${context.changeTitle} exhausts a regional connection pool: about ${pp(amount)} more requests fail and some wait 1.5 s. Outside those hours, and elsewhere, it is fine.`,
    },
    probes: [
      {
        text: `When is it lunchtime for ${region.name.toLowerCase()}, on your clock?`,
        whenMissing: 'holds',
      },
    ],
    debriefNotes: [
      `The fault exists only from 11:30 to 14:00 local time for ${region.name}, whose clock runs ${Math.abs(region.clockOffsetHours)} hours ${region.clockOffsetHours > 0 ? 'ahead of' : 'behind'} the team's (${context.timeZone}).`,
      'Holds that cover a full day in every exposed region let the canary meet that peak while only part of the traffic has the new version.',
    ],
  };
}

const BUILDERS: Readonly<Record<RegressionFamily, (context: FamilyContext) => DrawnRegression>> = {
  'segment-only': segmentOnly,
  'load-only': loadOnly,
  'tail-only': tailOnly,
  'late-onset': lateOnset,
  leak,
  intermittent,
  'clock-bound': clockBound,
  'model-quality': modelQuality,
  'token-cost': tokenCost,
};

/** Draws one regression of the given family. */
export function drawRegression(family: RegressionFamily, context: FamilyContext): DrawnRegression {
  return BUILDERS[family](context);
}

function capitalise(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}
