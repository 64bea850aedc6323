import type { GuardedMetric, Hold, Role, Stage, Threshold } from '../domain/plan';

/** One plain sentence per plan part, for the plan editor, the replay and the debrief. */

const METRIC_NAMES: Readonly<Record<GuardedMetric, string>> = {
  error_rate: 'the error rate',
  latency_p99: 'p99 latency',
  latency_p95: 'p95 latency',
  conversion: 'conversion',
  hallucination_rate: 'the hallucination rate',
  thumbs_down_rate: 'the thumbs-down rate',
  token_cost: 'token cost per query',
};

const ROLE_NAMES: Readonly<Record<Role, string>> = {
  pm: 'the PM',
  'eng-lead': 'the engineering lead',
  'oncall-sre': 'the on-call SRE',
  exec: 'an executive',
  anyone: 'anyone',
};

/** `45 min`, `1 h 30 min`, `24 h`, `3 days`: hours up to two days, as people say them. */
export function formatMinutes(minutes: number): string {
  if (minutes < 60) return `${minutes} min`;
  if (minutes >= 3 * 24 * 60 && minutes % (24 * 60) === 0) return `${minutes / (24 * 60)} days`;
  const hours = Math.floor(minutes / 60);
  const rest = minutes % 60;
  return rest === 0 ? `${hours} h` : `${hours} h ${rest} min`;
}

function amount(limit: number, unit: Threshold['unit']): string {
  if (unit === 'pp') return `${limit} percentage ${limit === 1 ? 'point' : 'points'}`;
  return unit === 'pct' ? `${limit} %` : `${limit} ms`;
}

/** "Roll back if the error rate rises more than 0.5 percentage points above control" */
export function describeThreshold(threshold: Threshold): string {
  // Conversion is the one metric whose bad direction is down.
  const falls = threshold.metric === 'conversion';
  const baseline = threshold.compare === 'control' ? 'control' : "the same segments' baseline";
  const move = falls ? 'falls' : 'rises';
  const side = `${falls ? 'below' : 'above'} ${baseline}`;
  const what = METRIC_NAMES[threshold.metric];
  return threshold.limit === 0
    ? `Roll back if ${what} ${move} ${side} at all`
    : `Roll back if ${what} ${move} more than ${amount(threshold.limit, threshold.unit)} ${side}`;
}

/** "Hold 6 h with every guarded metric inside its threshold, give up after 24 h" */
export function describeHold(hold: Hold): string {
  return hold.type === 'time'
    ? `Hold ${formatMinutes(hold.minutes)}`
    : `Hold ${formatMinutes(hold.stableMinutes)} with every guarded metric inside its threshold, ` +
        `give up after ${formatMinutes(hold.maxMinutes)}`;
}

/** "5 %: hold 1 h, then the PM signs off"; the final stage reads "100 %: full rollout". */
export function describeStage(stage: Stage): string {
  if (stage.hold === undefined) return `${stage.percent} %: full rollout`;
  const hold = describeHold(stage.hold);
  const holdPhrase = hold.charAt(0).toLowerCase() + hold.slice(1);
  const signOff =
    stage.signOff === undefined ? '' : `, then ${ROLE_NAMES[stage.signOff]} signs off`;
  return `${stage.percent} %: ${holdPhrase}${signOff}`;
}
