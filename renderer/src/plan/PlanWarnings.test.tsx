import { render, screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { SEGMENT_KINDS, strongPlanFor } from '../../../sim-engine/index';
import type { Plan } from '../../../sim-engine/index';
import { loadBuiltInLibrary } from '../engine/library';
import { PlanWarnings } from './PlanWarnings';

/** A built-in scenario and a segment kind it has no segment of. */
function scenarioLackingAKind() {
  for (const scenario of loadBuiltInLibrary().scenarios) {
    const missing = SEGMENT_KINDS.find((k) => !scenario.segments.some((s) => s.kind === k));
    if (missing) return { scenario, missing };
  }
  throw new Error('Every scenario has every kind.');
}

describe('PlanWarnings', () => {
  it('tells the learner which step of the order names a segment the scenario lacks', () => {
    const { scenario, missing } = scenarioLackingAKind();
    const strong = strongPlanFor(scenario);
    const plan: Plan = {
      ...strong,
      cohorts: [...scenario.segments.map((s) => s.id), missing],
    };
    render(<PlanWarnings plan={plan} scenario={scenario} />);
    const region = screen.getByRole('region', { name: 'Worth knowing about your plan' });
    expect(region).toHaveTextContent(
      new RegExp(
        `^Worth knowing about your plan.*Step ${scenario.segments.length + 1} of your exposure order names .*no such segment: that step is skipped\\.$`,
      ),
    );
  });

  it('says nothing about a plan that names only the scenario’s own segments', () => {
    const { scenario } = scenarioLackingAKind();
    const plan: Plan = { ...strongPlanFor(scenario), cohorts: scenario.segments.map((s) => s.id) };
    const { container } = render(<PlanWarnings plan={plan} scenario={scenario} />);
    expect(container).toBeEmptyDOMElement();
  });
});
