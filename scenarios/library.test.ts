import { describe, expect, it } from 'vitest';
import { checkPlanAgainstScenario, SEGMENT_KINDS } from '../sim-engine/index';
import { builtInLibrary } from './library';

const library = builtInLibrary();

describe('builtInLibrary', () => {
  it('loads the canary-coach-library pack with at least eleven scenarios', () => {
    expect(library.id).toBe('canary-coach-library');
    expect(library.scenarios.length).toBeGreaterThanOrEqual(11);
  });

  it('gives every scenario a brief, probes, debrief notes and both reference plans', () => {
    for (const scenario of library.scenarios) {
      expect(scenario.brief.context, scenario.id).not.toBe('');
      expect(scenario.probes.length, scenario.id).toBeGreaterThan(0);
      expect(scenario.debriefNotes.length, scenario.id).toBeGreaterThan(0);
      const plans = library.referencePlans[scenario.id];
      expect(plans?.strong, scenario.id).toBeDefined();
      expect(plans?.weak, scenario.id).toBeDefined();
    }
  });

  it('uses only the standard segment kinds, and reference plans that fit their scenario', () => {
    for (const scenario of library.scenarios) {
      for (const segment of scenario.segments) expect(SEGMENT_KINDS).toContain(segment.kind);
      const plans = library.referencePlans[scenario.id] ?? {};
      for (const plan of [plans.strong, plans.weak]) {
        if (plan) expect(checkPlanAgainstScenario(plan, scenario), scenario.id).toEqual([]);
      }
    }
  });

  it('covers the onsets and change kinds the course is built around', () => {
    const onsets = new Set(
      library.scenarios.flatMap((s) => s.regressions.map((r) => r.onset.type)),
    );
    expect([...onsets].sort()).toEqual(
      ['above-share', 'clock-hours', 'delayed', 'growing', 'immediate', 'intermittent'].sort(),
    );
    const kinds = new Set(library.scenarios.map((s) => s.changeKind));
    expect(kinds).toEqual(new Set(['surface', 'backend', 'infrastructure', 'model', 'prompt']));
    expect(library.scenarios.filter((s) => s.regressions.length === 0).length).toBeGreaterThan(0);
  });

  it('returns the same pack on every call', () => {
    expect(builtInLibrary()).toBe(library);
  });
});
