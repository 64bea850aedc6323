import { formatMinutes } from '../../../sim-engine/index';
import type { Outcome, Plan, Scenario, Score } from '../../../sim-engine/index';
import { movedMetrics } from '../charts/metricPanels';
import { METRIC_LABELS } from '../text/labels';

export type VerdictTone = 'good' | 'mixed' | 'bad';

export interface Verdict {
  readonly tone: VerdictTone;
  readonly text: string;
}

const users = (n: number) => `${Math.round(n).toLocaleString('en')} ${n === 1 ? 'user' : 'users'}`;
const met = (n: number) => (n === 0 ? 'no user met it' : `${users(n)} met it`);
const duration = (minutes: number) => formatMinutes(Math.max(0, Math.round(minutes)));
const metricName = (metric: Outcome['detectionMetric']) =>
  metric ? METRIC_LABELS[metric].toLowerCase() : 'a threshold';

/** The moved metrics the plan did not watch, by name (latency counts as watched if either tail is). */
function unwatchedMoves(plan: Plan, scenario: Pick<Scenario, 'regressions'>): string[] {
  const watched = new Set(plan.thresholds.map((t) => t.metric));
  const latencyWatched = watched.has('latency_p99') || watched.has('latency_p95');
  const names = new Set<string>();
  for (const metric of movedMetrics(scenario)) {
    if (watched.has(metric)) continue;
    if (metric.startsWith('latency')) {
      if (!latencyWatched) names.add('latency');
    } else names.add(METRIC_LABELS[metric].toLowerCase());
  }
  return [...names];
}

function list(items: readonly string[]): string {
  if (items.length <= 1) return items.join('');
  return `${items.slice(0, -1).join(', ')} and ${items.at(-1)}`;
}

/**
 * The run in one honest line: what happened to the release and who paid for it. Written for each
 * way a run can end — caught, stopped on an undecided hold, caught late, missed, a false alarm,
 * a healthy ship, a healthy release still ramping when the time ran out.
 */
export function verdictLine(
  outcome: Outcome,
  plan: Plan,
  scenario: Pick<Scenario, 'regressions'>,
): Verdict {
  const o = outcome;
  const at = o.percentAtDetection === null ? '' : ` at ${o.percentAtDetection} %`;
  const after = o.detectionMinute === null ? '' : ` after ${duration(o.detectionMinute)}`;
  const stage = o.inconclusiveStage === null ? 'a stage' : `stage ${o.inconclusiveStage + 1}`;
  if (o.regressionPresent) {
    if (o.rollbackCause === 'inconclusive') {
      return {
        tone: 'mixed',
        text: `Stopped${at}${after}: ${stage} could not decide and your plan rolls back when unsure. The regression was real, so stopping was safe, but no limit proved it, so it is not a catch; ${met(o.exposedUsers)}.`,
      };
    }
    if (o.rollbackCause === 'noise') {
      return {
        tone: 'bad',
        text: `False alarm${at}${after}: ${metricName(o.detectionMetric)} breached on noise, not on anything the regression moved, so the stop was luck, not a catch; ${met(o.exposedUsers)}.`,
      };
    }
    if (o.caught) {
      const lead =
        o.onsetMinute !== null && o.detectionMinute !== null && o.detectionMinute > o.onsetMinute
          ? `, ${duration(o.detectionMinute - o.onsetMinute)} after the regression began`
          : '';
      const slow =
        o.caughtInTime === false && o.minutesToRollback !== null
          ? ` The rollback took ${duration(o.minutesToRollback)} to complete, far too long.`
          : '';
      return {
        tone: o.caughtInTime === false ? 'mixed' : 'good',
        text: `Caught${at}${after} by ${metricName(o.detectionMetric)}${lead}; ${met(o.exposedUsers)}.${slow}`,
      };
    }
    const missed = unwatchedMoves(plan, scenario);
    const unwatched =
      missed.length > 0
        ? ` Your plan did not watch ${list(missed)}, which the regression moved.`
        : '';
    if (o.rollbackRequestedMinute !== null) {
      return {
        tone: 'bad',
        text: `Caught late: the rollback came after full rollout, ${duration(o.rollbackRequestedMinute)} in, when everyone had the new version; ${met(o.exposedUsers)}.${unwatched}`,
      };
    }
    if (o.reachedFullRollout) {
      return {
        tone: 'bad',
        text: `Missed: the regression went out to everyone (100 % after ${duration(o.minutesToFullRollout ?? 0)}); ${met(o.exposedUsers)}.${unwatched}`,
      };
    }
    return {
      tone: 'bad',
      text: `Not caught before the scenario ended after ${duration(o.endMinute)}; ${met(o.exposedUsers)}.${unwatched}`,
    };
  }
  if (o.falseRollback) {
    const why =
      o.rollbackReason === 'inconclusive'
        ? `because ${stage} could not decide`
        : `on noise in ${metricName(o.detectionMetric)}`;
    return {
      tone: 'bad',
      text: `False alarm: a healthy release was rolled back${at}${after} ${why}.`,
    };
  }
  const advanced =
    o.inconclusiveStage === null
      ? ''
      : ` ${stage[0]?.toUpperCase()}${stage.slice(1)} could not decide and your plan went on.`;
  if (o.reachedFullRollout) {
    return {
      tone: 'good',
      text: `Healthy release shipped: 100 % after ${duration(o.minutesToFullRollout ?? 0)}, no false alarm.${advanced}`,
    };
  }
  return {
    tone: 'mixed',
    text: `Healthy release, not yet at 100 % when the scenario ended after ${duration(o.endMinute)}: no false alarm, but slow.${advanced}`,
  };
}

export interface Fix {
  readonly dimension: string;
  readonly text: string;
  readonly cost: number;
  /** What a strong plan does instead. */
  readonly counterpart: string | null;
  /** The run minute this deduction points at, if any. */
  readonly minute: number | null;
}

/** The single deduction that cost the most points: the fix worth making first. Null when none. */
export function mostValuableFix(score: Score): Fix | null {
  let best: Fix | null = null;
  for (const dimension of score.dimensions) {
    for (const evidence of dimension.evidence) {
      const cost = evidence.cost ?? 0;
      if (cost <= 0 || (best && cost <= best.cost)) continue;
      best = {
        dimension: dimension.title,
        text: evidence.text,
        cost,
        counterpart: dimension.strongCounterpart,
        minute: evidence.minute ?? null,
      };
    }
  }
  for (const penalty of score.penalties) {
    if (penalty.points <= 0 || (best && penalty.points <= best.cost)) continue;
    best = {
      dimension: 'Penalties',
      text: penalty.reason,
      cost: penalty.points,
      counterpart: null,
      minute: null,
    };
  }
  return best;
}
