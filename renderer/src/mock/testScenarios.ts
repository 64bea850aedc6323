import type { Scenario } from '../../../sim-engine/index';
import { loadBuiltInLibrary } from '../engine/library';

/** A built-in scenario by id, for the mock interview's tests. */
export function builtInScenario(id: string): Scenario {
  const scenario = loadBuiltInLibrary().scenarios.find((s) => s.id === id);
  if (!scenario) throw new Error(`No built-in scenario ${id}.`);
  return scenario;
}
