import type { Plan } from '../domain/plan';
import type { RunResult, ThresholdOverride } from '../domain/run';
import type { Scenario } from '../domain/scenario';
import type { Counterfactual, NarrativeStep, Score } from '../domain/score';
import { simulate } from '../run/simulate';
import { bandFor } from './bands';
import { judgeCanaryVsAb } from './canaryVsAbDimension';
import { counterfactual, comparisonStrip } from './counterfactuals';
import { scoreDimension, type Judgement } from './criteria';
import { judgeCommunication, type CommunicationGrade } from './communicationDimension';
import { judgeModelGuard } from './modelGuardDimension';
import { buildNarrative } from './narrative';
import { judgeOutcome } from './outcomeDimension';
import { penaltiesFor } from './penalties';
import { judgeRamp } from './rampDimension';
import { referencePlansFor } from './referencePlans';
import { judgeRollback } from './rollbackDimension';
import { judgeSegments } from './segmentsDimension';
import { thresholdTrials, type ThresholdTrial } from './thresholdTrials';
import { ceilingPenalty, ceilingsFor } from './ceilings';
import { trialBar, type TrialBar } from './referenceTrials';
import { judgeThresholds } from './thresholdsDimension';
import { dimensionMaxima } from './weights';

/** What one attempt produced: the run, its score, the comparison strip and the debrief. */
export interface Attempt {
  readonly run: RunResult;
  readonly score: Score;
  readonly counterfactuals: Counterfactual[];
  readonly narrative: NarrativeStep[];
  /** Practice-mode hints taken (already counted in `score.penalties`). */
  readonly hintsUsed?: number;
}

export interface AttemptInput {
  readonly scenario: Scenario;
  readonly plan: Plan;
  readonly seed: number;
  readonly referencePlans?: { readonly strong?: Plan; readonly weak?: Plan };
  readonly overrides?: readonly ThresholdOverride[];
  /** Hints taken in practice mode; each costs points. */
  readonly hintsUsed?: number;
  /** The written answer's grade (mock mode); without it Communication is left out. */
  readonly communication?: CommunicationGrade;
}

function judgements(
  input: AttemptInput,
  run: RunResult,
  trials: readonly ThresholdTrial[],
  bar: TrialBar,
): Judgement[] {
  const { plan, scenario } = input;
  return [
    judgeSegments(plan, scenario),
    judgeThresholds(plan, scenario, trials, run, bar),
    judgeRamp(plan, scenario),
    judgeRollback(plan, scenario, run.events),
    judgeModelGuard(plan),
    judgeCanaryVsAb(plan),
    judgeOutcome(run, scenario),
    ...(input.communication ? [judgeCommunication(input.communication)] : []),
  ];
}

/** The plan's threshold trials and the strong reference's bar, for one scenario and plan. */
interface TrialsAndBar {
  readonly referencePlans: AttemptInput['referencePlans'];
  readonly trials: readonly ThresholdTrial[];
  readonly bar: TrialBar;
}

/**
 * Kept by scenario and plan object. thresholdTrials finds its cached trials by writing the
 * scenario and plan out as text, twice per score (the plan's and the reference's): a run
 * scored again with the same objects, as every seed of an attempt or a calibration is, reuses
 * them. The same values: trials depend only on the scenario and the plans, which the engine
 * never changes.
 */
const knownTrials = new WeakMap<Scenario, WeakMap<Plan, TrialsAndBar>>();

function trialsAndBar(input: AttemptInput): TrialsAndBar {
  const { scenario, plan, referencePlans } = input;
  let byPlan = knownTrials.get(scenario);
  if (!byPlan) knownTrials.set(scenario, (byPlan = new WeakMap()));
  const known = byPlan.get(plan);
  if (known && known.referencePlans === referencePlans) return known;
  const found = {
    referencePlans,
    trials: thresholdTrials(scenario, plan),
    bar: trialBar(scenario, referencePlansFor(scenario, referencePlans).strong),
  };
  byPlan.set(plan, found);
  return found;
}

/** Scores a run against the rubric: dimensions weighted by the scenario, penalties, band. */
export function scoreRun(input: AttemptInput, run: RunResult): Score {
  const maxima = dimensionMaxima(input.scenario, input.communication !== undefined);
  const { trials, bar } = trialsAndBar(input);
  const dimensions = judgements(input, run, trials, bar).flatMap((judgement) => {
    const max = maxima.get(judgement.id);
    return max === undefined ? [] : [scoreDimension(judgement, max)];
  });
  const earned = dimensions.reduce((sum, dimension) => sum + dimension.points, 0);
  const penalties = penaltiesFor(run, input.hintsUsed ?? 0);
  const lost = penalties.reduce((sum, penalty) => sum + penalty.points, 0);
  const before = Math.min(100, Math.max(0, Math.round(earned - lost)));
  const ceiling = ceilingPenalty(before, ceilingsFor(input.plan, input.scenario, trials, run, bar));
  const total = before - (ceiling?.points ?? 0);
  return {
    total,
    band: bandFor(total),
    dimensions,
    penalties: ceiling ? [...penalties, ceiling] : penalties,
  };
}

/** Simulates and scores an attempt, with the strong and weak plans on the same seed and the debrief. */
export function scoreAttempt(input: AttemptInput): Attempt {
  const { scenario, plan, seed } = input;
  const run = simulate(scenario, plan, {
    seed,
    ...(input.overrides ? { overrides: input.overrides } : {}),
  });
  const references = referencePlansFor(scenario, input.referencePlans);
  return {
    run,
    score: scoreRun(input, run),
    counterfactuals: comparisonStrip(run, scenario, references),
    narrative: buildNarrative(run, scenario),
    hintsUsed: input.hintsUsed ?? 0,
  };
}

/** The learner's edited plan on the attempt's seed, for "what if I had…" after the debrief. */
export function replayEdited(
  attempt: Attempt,
  scenario: Scenario,
  editedPlan: Plan,
): Counterfactual {
  return counterfactual('edited', scenario, editedPlan, attempt.run.seed);
}
