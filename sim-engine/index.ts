/** The one public entry of the simulation engine: everything the app, the CLI and tests use. */

/** Bumped whenever a change alters any simulated number for the same scenario, plan and seed. */
export const ENGINE_VERSION = '0.1.0';

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
  variancePerMinute,
  type StagePowerQuestion,
} from './power/stagePower';
export { createScenarioClock, type ScenarioClock } from './clock/localTime';
export { segmentExposure, exposureOrder } from './traffic/exposure';

export type { Parsed, ValidationIssue } from './validation/issues';
export { formatIssue } from './validation/issues';
export { parseJsonText, checkPlainData } from './validation/safeJson';
export { parsePlan, parsePlanText, checkPlanAgainstScenario } from './plan/parsePlan';
export { describeHold, describeStage, describeThreshold, formatMinutes } from './plan/describePlan';
export { loadPack, loadPackText, type LoadedPack } from './pack/loadPack';

// --- scoring, debrief and reports (issue 4): exports below this line

// --- scenario library and calibration (issue 5): exports below this line

// --- written-answer grading (issue 7): exports below this line
