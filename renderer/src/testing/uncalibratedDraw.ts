import { generateScenarioEntry } from '../../../sim-engine/index';
import type { GenerationRequest, ScenarioCalibration } from '../../../sim-engine/index';
import type { FairForApp } from '../practice/generateInEngine';

/**
 * A stand-in for the worker's fair generation: the generator's first draw of the request, taken
 * as fair without calibrating it. For tests of the app's flow, not of fairness (the end-to-end
 * tests run the real calibration in the worker).
 */
export function uncalibratedDraw(request: GenerationRequest): FairForApp {
  const generated = generateScenarioEntry(request);
  const calibration = { verdict: { fair: true, reasons: [] } } as unknown as ScenarioCalibration;
  return {
    scenario: generated.scenario,
    referencePlans: generated.referencePlans,
    draws: 1,
    calibration,
  };
}
