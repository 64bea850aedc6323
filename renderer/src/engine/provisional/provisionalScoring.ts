import { createScenarioClock, ENGINE_VERSION, simulate } from '../../../../sim-engine/index';
import type {
  Band,
  CanaryReport,
  Counterfactual,
  NarrativeStep,
  RunEvent,
  RunResult,
  Scenario,
  Score,
} from '../../../../sim-engine/index';
import type { ScoredAttempt, ScoreRequest, ScoringApi } from '../scoringApi';
import { provisionalDimensions } from './provisionalRubric';
import { renderProvisionalReport } from './provisionalReport';
import { strongPlanFor, weakPlan } from './referencePlans';

const HINT_COST = 3;
const OVERRIDE_COST = 5;

function band(total: number): Band {
  return total >= 75 ? 'strong' : total >= 50 ? 'adequate' : 'weak';
}

function score(request: ScoreRequest, run: RunResult): Score {
  const dimensions = provisionalDimensions(request.scenario, request.plan, run);
  const points = dimensions.reduce((sum, d) => sum + d.points, 0);
  const max = dimensions.reduce((sum, d) => sum + d.max, 0);
  const hints = request.hintsUsed ?? 0;
  const overrides = request.overrides?.length ?? 0;
  const penalties = [
    ...(hints > 0
      ? [{ reason: `${hints} hint${hints === 1 ? '' : 's'} used`, points: hints * HINT_COST }]
      : []),
    ...(overrides > 0
      ? [
          {
            reason: `${overrides} threshold override${overrides === 1 ? '' : 's'} mid-run`,
            points: overrides * OVERRIDE_COST,
          },
        ]
      : []),
  ];
  const penalty = penalties.reduce((sum, p) => sum + p.points, 0);
  const total = Math.max(0, Math.round((100 * points) / Math.max(1, max) - penalty));
  return { total, band: band(total), dimensions, penalties };
}

function narrate(event: RunEvent): Pick<NarrativeStep, 'kind' | 'text'> | null {
  switch (event.type) {
    case 'stage-entered':
      return { kind: 'stage', text: `The canary moved to ${event.percent} % of traffic.` };
    case 'regression-onset':
      return {
        kind: 'onset',
        text: `A hidden regression (${event.regressionId}) began on exposed traffic.`,
      };
    case 'breach':
      return {
        kind: 'breach',
        text: `${event.metric} crossed its limit at stage ${event.stage + 1}.`,
      };
    case 'sign-off-waiting':
    case 'rollback-waiting':
      return { kind: 'waiting', text: 'The gate waited for someone with authority to be on duty.' };
    case 'rollback-complete':
      return { kind: 'rollback', text: 'The rollback completed; nobody is on the new version.' };
    case 'full-rollout':
      return { kind: 'full-rollout', text: 'Everyone is on the new version.' };
    default:
      return null;
  }
}

function narrative(scenario: Scenario, run: RunResult): NarrativeStep[] {
  const clock = createScenarioClock(scenario.start);
  return run.events.flatMap((event) => {
    const step = narrate(event);
    return step ? [{ ...step, minute: event.minute, clock: clock.label(event.minute) }] : [];
  });
}

function scoreAttempt(request: ScoreRequest): ScoredAttempt {
  const { scenario, plan, seed } = request;
  const run = simulate(scenario, plan, {
    seed,
    ...(request.overrides ? { overrides: request.overrides } : {}),
  });
  const strong = request.referencePlans?.strong ?? strongPlanFor(scenario);
  const weak = request.referencePlans?.weak ?? weakPlan();
  const counterfactuals: Counterfactual[] = [
    { label: 'yours', plan, outcome: run.outcome },
    { label: 'strong', plan: strong, outcome: simulate(scenario, strong, { seed }).outcome },
    { label: 'weak', plan: weak, outcome: simulate(scenario, weak, { seed }).outcome },
  ];
  return { run, score: score(request, run), counterfactuals, narrative: narrative(scenario, run) };
}

function buildReport(
  attempt: ScoredAttempt,
  scenario: Scenario,
  options: { readonly packId: string; readonly mode: 'practice' | 'mock' },
): CanaryReport {
  const { run } = attempt;
  const hints = attempt.score.penalties.find((p) => p.reason.includes('hint'));
  return {
    format: 'canary-report/1',
    scenarioId: scenario.id,
    scenarioTitle: scenario.title,
    packId: options.packId,
    seed: run.seed,
    engineVersion: ENGINE_VERSION,
    mode: options.mode,
    plan: run.plan,
    score: attempt.score,
    outcome: run.outcome,
    events: run.events,
    narrative: attempt.narrative,
    counterfactuals: attempt.counterfactuals,
    hintsUsed: hints ? hints.points / HINT_COST : 0,
  };
}

/** Stands in for the engine's scoring (issue 4) until `sim-engine/index.ts` exports it. */
export const provisionalScoring: ScoringApi = {
  scoreAttempt,
  replayEdited: (attempt, scenario, editedPlan) => ({
    label: 'edited',
    plan: editedPlan,
    outcome: simulate(scenario, editedPlan, { seed: attempt.run.seed }).outcome,
  }),
  strongPlanFor,
  buildReport,
  renderReport: renderProvisionalReport,
};
