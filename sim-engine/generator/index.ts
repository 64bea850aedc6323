// The scenario generator (issue 17): seeded, validated scenarios, calibrated until fair.
export {
  GENERATOR_LEVELS,
  MAX_GENERATOR_SEED,
  derivedSeed,
  requestProblem,
  type GenerationRequest,
  type GeneratorLevel,
} from './request';
export {
  generateScenario,
  generateScenarioEntry,
  GENERATED_HORIZON_MINUTES,
  type GeneratedScenario,
} from './generateScenario';
export {
  calibrateGenerated,
  generateFairScenario,
  generateFairScenarioWith,
  DEFAULT_MAX_ATTEMPTS,
  type CalibrationJobRunner,
  GENERATOR_CALIBRATION_SEEDS,
  type FairScenario,
  type FairScenarioOptions,
} from './fairScenario';
export {
  runCalibrationJob,
  runJobsOnHelpers,
  transferableBuffers,
  type CalibrationJob,
  type CalibrationJobResult,
} from './calibrationJobs';
export { dailyChallengeRequest, dailyLevel } from './dailyChallenge';
export { LEVEL_PROFILES, type LevelProfile } from './levels';
export { REGRESSION_FAMILIES, type RegressionFamily } from './families';
export { detectabilityRatios } from './detectability';
export { fairnessRuleOf, generatedLevel } from './generatedLevel';
