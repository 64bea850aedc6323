import { describe, expect, it } from 'vitest';
import { scoreAttempt, strongPlanFor, WEAK_REFERENCE_PLAN } from '../sim-engine/index';
import { builtInLibrary } from './library';

// The rubric's promise on the shipped library (DESIGN §4): the seed's strong answer, entered
// as a plan, scores strong on every built-in scenario; its weak answer scores weak.
const library = builtInLibrary();

describe('the built-in library scored against the seed', () => {
  it.each(library.scenarios.map((scenario) => [scenario.id, scenario] as const))(
    "scores the seed's strong answer strong and its weak answer weak on %s",
    (_id, scenario) => {
      const strong = scoreAttempt({ scenario, plan: strongPlanFor(scenario), seed: 1 }).score;
      const weak = scoreAttempt({ scenario, plan: WEAK_REFERENCE_PLAN, seed: 1 }).score;
      expect(strong.band).toBe('strong');
      expect(weak.band).toBe('weak');
    },
    60_000,
  );
});
