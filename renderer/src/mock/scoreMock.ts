import { buildReport, gradeAnswer } from '../../../sim-engine/index';
import type { CanaryReport, MockTranscript, Plan, Scenario } from '../../../sim-engine/index';
import type { ScoreRequest } from '../engine/scoringApi';
import { useAppStore } from '../store/appStore';
import { findPack, selectReferencePlans } from '../store/selectors';
import { services } from '../store/services';

/**
 * Commits the plan, grades the answer offline, simulates and scores through the app's engine
 * client (the grade travels with the request, so Communication is scored in the worker with
 * the rest), and saves the attempt as a mock report with its transcript.
 */
export async function scoreMock(
  scenario: Scenario,
  plan: Plan,
  transcript: MockTranscript,
): Promise<CanaryReport> {
  const app = useAppStore.getState();
  const pack = findPack(app);
  if (!pack) throw new Error('The interview’s pack is no longer loaded.');
  app.commitPlan(plan);
  app.runStarted('Grading your answer and simulating the rollout');
  const grade = gradeAnswer(transcript.answer, scenario);
  const request: ScoreRequest = {
    scenario,
    plan,
    seed: app.seed,
    referencePlans: selectReferencePlans(app),
    overrides: [],
    hintsUsed: 0,
    communication: { score: grade.score, covered: grade.covered, missed: grade.missed },
  };
  try {
    const attempt = await services().engine.score(request, (step) =>
      useAppStore.getState().runStarted(step),
    );
    useAppStore.getState().runFinished(attempt, []);
    const createdAt = new Date().toISOString();
    const learner = useAppStore.getState().settings.learnerName.trim();
    const report = buildReport(attempt, scenario, {
      packId: pack.id,
      mode: 'mock',
      mock: transcript,
      createdAt,
      ...(learner ? { learner } : {}),
    });
    const record = { id: crypto.randomUUID(), savedAt: createdAt, report };
    await services().platform.saveAttempt(record);
    useAppStore.getState().putAttempt(record);
    // Score and Replay now show this saved attempt: it has an address and reopens from History.
    useAppStore.getState().showAttempt(record.id);
    return report;
  } catch (error) {
    useAppStore.getState().runFailed(error instanceof Error ? error.message : String(error));
    throw error;
  }
}
