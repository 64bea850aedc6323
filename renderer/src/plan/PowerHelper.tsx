import {
  formatMinutes,
  stageDetectionProbability,
  stageHoldForPower,
} from '../../../sim-engine/index';
import type { Plan, Scenario } from '../../../sim-engine/index';
import { METRIC_LABELS, formatInUnit } from '../text/labels';

interface Props {
  readonly scenario: Scenario;
  readonly plan: Plan | null;
  readonly stageIndex: number;
  readonly thresholdIndex: number;
  /** The true move to catch, in the threshold's units; twice the limit when absent. */
  readonly effect?: number | undefined;
}

/** "At 5 % for 6 h, the chance to catch a 2 % conversion drop is 31 %; …". */
export function powerSentence({
  scenario,
  plan,
  stageIndex,
  thresholdIndex,
  effect: asked,
}: Props): string | null {
  const stage = plan?.stages[stageIndex];
  const threshold = plan?.thresholds[thresholdIndex];
  if (!plan || !stage || !threshold || stage.hold === undefined) return null;
  // A move right at the limit is a coin toss for any guard; by default ask about twice the limit.
  const effect =
    asked !== undefined && asked > 0 ? asked : threshold.limit > 0 ? 2 * threshold.limit : 1;
  const question = { scenario, plan, stageIndex, thresholdIndex, effect };
  const probability = stageDetectionProbability(question);
  const needed = stageHoldForPower(question);
  const hold = stage.hold.type === 'time' ? stage.hold.minutes : stage.hold.stableMinutes;
  const direction = threshold.metric === 'conversion' ? 'drop' : 'rise';
  const what = `a ${formatInUnit(effect, threshold.unit)} ${METRIC_LABELS[threshold.metric].toLowerCase()} ${direction}`;
  const need =
    needed === null
      ? 'no hold under 14 days reaches 80 %'
      : `a hold of ${formatMinutes(Math.ceil(needed))} would reach 80 %`;
  return `At ${stage.percent} % for ${formatMinutes(hold)}, the chance to catch ${what} is ${Math.round(probability * 100)} %; ${need}.`;
}

/** The chance to catch, under a stage: how likely this hold is to see the limit's move. */
export function PowerHelper(props: Props) {
  const sentence = powerSentence(props);
  return (
    <p className="power-helper">
      {sentence ?? 'The chance to catch a regression appears here when the plan is valid.'}
    </p>
  );
}
