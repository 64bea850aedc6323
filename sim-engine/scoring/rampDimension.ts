import type { Plan, Stage } from '../domain/plan';
import type { ChangeKind, Scenario } from '../domain/scenario';
import { formatMinutes } from '../plan/describePlan';
import type { Criterion, Judgement } from './criteria';
import { quoteRamp } from './wording';

const STRONG_RAMP =
  'Climb 1 % → 5 % → 20–25 % → 50 % → 100 %: a small first step to prove nothing is broken, a ' +
  'stage big enough for business metrics to show, holds long enough to gather volume (metric-based ' +
  'for risky changes), and a named person signing off every gate.';

/** The shortest hold worth having: an hour at a small canary, four once business metrics matter. */
export const MIN_HOLD_MINUTES = { small: 60, large: 240 } as const;

/** Changes where a time-based hold is a gamble: the seed asks for metric-based gates. */
const RISKY_KINDS: readonly ChangeKind[] = ['backend', 'infrastructure', 'model', 'prompt'];

const gates = (plan: Plan) => plan.stages.filter((stage) => stage.percent < 100);

/** The least hold a stage of this size needs to gather volume. */
export function minimumHold(stage: Stage): number {
  return stage.percent < 10 ? MIN_HOLD_MINUTES.small : MIN_HOLD_MINUTES.large;
}

/** How long a stage holds at least: a time hold's minutes, a metric hold's stable period. */
export function holdMinutes(stage: Stage): number {
  if (!stage.hold) return 0;
  return stage.hold.type === 'time' ? stage.hold.minutes : stage.hold.stableMinutes;
}

function stages(plan: Plan): Criterion[] {
  const first = plan.stages[0]?.percent ?? 100;
  const middle = plan.stages.some((stage) => stage.percent >= 10 && stage.percent <= 30);
  const steps = gates(plan).length;
  return [
    {
      share: 0.15,
      credit: first <= 5 ? 1 : first <= 10 ? 0.5 : 0,
      text: `Ramp ${quoteRamp(plan)} starts at ${first} %`,
    },
    middle
      ? {
          share: 0.15,
          credit: 1,
          text: 'A 10–30 % stage gives business metrics the volume they need',
        }
      : {
          share: 0.15,
          credit: 0,
          text: 'No stage between 10 and 30 %: business metrics never get the volume to show a change',
        },
    {
      share: 0.1,
      credit: Math.min(1, steps / 4),
      text: `${steps} ${steps === 1 ? 'gate' : 'gates'} before full rollout`,
    },
  ];
}

function holds(plan: Plan): Criterion {
  const short = gates(plan).filter((stage) => holdMinutes(stage) < minimumHold(stage));
  const all = gates(plan).length;
  if (short.length === 0)
    return { share: 0.2, credit: all > 0 ? 1 : 0, text: 'Every hold gathers enough volume' };
  const worst = short[0]!;
  return {
    share: 0.2,
    credit: 1 - short.length / all,
    text: `Hold at ${worst.percent} % is only ${formatMinutes(holdMinutes(worst))}`,
  };
}

function gateType(plan: Plan, scenario: Scenario): Criterion {
  const later = gates(plan).slice(1);
  const metric = later.filter((stage) => stage.hold?.type === 'metric').length;
  // A metric hold reads the thresholds; with none, it waits like a time hold and proves nothing.
  if (metric > 0 && plan.thresholds.length === 0) {
    return {
      share: 0.2,
      credit: 0,
      text: 'Metric holds with no thresholds guard nothing: they wait like time holds',
    };
  }
  if (!RISKY_KINDS.includes(scenario.changeKind)) {
    return {
      share: 0.2,
      credit: 1,
      text: `Time-based holds are acceptable for a ${scenario.changeKind} change`,
    };
  }
  if (metric === 0) {
    return {
      share: 0.2,
      credit: 0,
      text: `Time holds only on a ${scenario.changeKind} change: gates advance whatever the metrics say`,
    };
  }
  const credit = later.length === 0 ? 0 : Math.min(1, (2 * metric) / later.length);
  return { share: 0.2, credit, text: `${metric} of ${later.length} later gates are metric-based` };
}

function signOff(plan: Plan): Criterion {
  const all = gates(plan);
  const missing = all.filter((stage) => stage.signOff === undefined);
  if (all.length === 0) return { share: 0.2, credit: 0, text: 'No gates to sign off' };
  return missing.length === 0
    ? { share: 0.2, credit: 1, text: 'Every gate has an explicit sign-off' }
    : {
        share: 0.2,
        credit: 1 - missing.length / all.length,
        text: `No sign-off at ${missing.map((stage) => `${stage.percent} %`).join(', ')}`,
      };
}

/** Ramp and holds: sensible stages, holds that gather volume, gate types fitting the risk, sign-offs. */
export function judgeRamp(plan: Plan, scenario: Scenario): Judgement {
  return {
    id: 'ramp',
    title: 'Ramp and holds',
    criteria: [...stages(plan), holds(plan), gateType(plan, scenario), signOff(plan)],
    strongCounterpart: STRONG_RAMP,
  };
}
