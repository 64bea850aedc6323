/** The one public entry of the simulation engine: everything the app, the CLI and tests use. */

// Kept in its own module so the engine's modules can read it without importing this entry.
export { ENGINE_VERSION } from './version';

export type * from './domain/plan';
export type * from './domain/scenario';
export type * from './domain/run';
export type * from './domain/score';
export type * from './domain/report';
export { RUBRIC_DIMENSIONS, BANDS } from './domain/score';
export { CHECK_INTERVAL_MINUTES } from './domain/run';
export { CHANGE_KINDS, DIFFICULTIES, PROBE_TRIGGERS } from './domain/scenario';
export {
  COMPARISONS,
  COVERAGES,
  GUARDED_METRICS,
  INCONCLUSIVE_CHOICES,
  ROLES,
  ROLLBACK_MECHANISMS,
  SEGMENT_KINDS,
  THRESHOLD_UNITS,
} from './domain/plan';

export { simulate } from './run/simulate';
export {
  stageDetectionProbability,
  stageHoldForPower,
  stageHoldMinutes,
  type StagePowerQuestion,
} from './power/stagePower';
export { variancePerMinute } from './power/varianceModel';
export { createScenarioClock, type ScenarioClock } from './clock/localTime';
export { segmentExposure, exposureOrder } from './traffic/exposure';

export type { Parsed, ValidationIssue } from './validation/issues';
export { formatIssue } from './validation/issues';
export { parseJsonText, checkPlainData } from './validation/safeJson';
export { parseWithSchema } from './validation/fromZod';
export { parsePlan, parsePlanText, checkPlanAgainstScenario, planWarnings } from './plan/parsePlan';
export { describeHold, describeStage, describeThreshold, formatMinutes } from './plan/describePlan';
export { loadPack, loadPackText, type LoadedPack } from './pack/loadPack';

// --- scoring, debrief and reports (issue 4): exports below this line
export {
  scoreAttempt,
  scoreRun,
  replayEdited,
  type Attempt,
  type AttemptInput,
} from './scoring/scoreAttempt';
export { strongPlanFor, WEAK_REFERENCE_PLAN, referencePlansFor } from './scoring/referencePlans';
export { DEFAULT_RUBRIC_WEIGHTS, dimensionMaxima } from './scoring/weights';
export { BAND_CUTOFFS, VERDICT_CUTOFFS, bandFor } from './scoring/bands';
export { CEILINGS } from './scoring/ceilings';
export { thresholdTrials, TRIAL_SEEDS, type ThresholdTrial } from './scoring/thresholdTrials';
export { summarizeOutcome as summarizeCounterfactual } from './scoring/counterfactuals';
export { buildNarrative } from './scoring/narrative';
export type { CommunicationGrade } from './scoring/communicationDimension';
export { buildReport, parseReport, parseReportText, type ReportContext } from './report/report';
export { renderReport, reportsToCsv, type ReportFormat } from './report/render';

// --- scenario library and calibration (issue 5): exports below this line
export {
  calibrateScenario,
  runSeeds,
  seedRange,
  simulateOnly,
  summarizeCalibration,
  type AttemptRunner,
  type ScenarioCalibration,
} from './calibration/calibrateScenario';
export { calibrationPlans, type CalibrationPlans } from './calibration/calibrationPlans';
export {
  fairnessVerdict,
  weakFailureRate,
  weakPlanFailed,
  STRONG_FALSE_ROLLBACK_RATE,
  STRONG_SUCCESS_RATE,
  WEAK_FAILURE_RATE,
  type FairnessVerdict,
} from './calibration/fairness';
export { planStatistics, type PlanStatistics } from './calibration/planStatistics';
export { spreadOf, type Spread } from './calibration/quantiles';
export { CONTAINED_WITHIN_MINUTES, seedOutcome, type SeedOutcome } from './calibration/seedOutcome';
export type { ReferencePlans } from './pack/loadPack';

// --- written-answer grading (issue 7): exports below this line
// Types, the length limit and what a grade cannot judge only: the grader itself, with its language model, is the second
// entry `sim-engine/grader.ts`, imported by the grading worker and the CLI (never by the page).
export type { AnswerGrade, PointGrade } from './grading/gradeAnswer';
export type { MisconceptionFound, SentenceFeedback } from './grading/feedback';
export { MAX_ANSWER_CHARACTERS } from './grading/answerLimits';
export { GRADER_BLIND_SPOT } from './grading/blindSpot';

// --- scenario generator and daily challenge (issue 17): exports below this line
export * from './generator/index';
