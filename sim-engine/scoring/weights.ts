import type { ChangeKind, Scenario } from '../domain/scenario';
import type { RubricDimension } from '../domain/score';

/**
 * The built-in relative weight of each rubric dimension. A pack or scenario's
 * `rubricWeights` multiplies these (2 counts double, 0 leaves a dimension out); the
 * weights of the dimensions that count are then scaled so the maxima add up to 100.
 */
export const DEFAULT_RUBRIC_WEIGHTS: Readonly<Record<RubricDimension, number>> = {
  segments: 15,
  thresholds: 20,
  ramp: 15,
  rollback: 15,
  'model-guard': 10,
  'canary-vs-ab': 10,
  outcome: 15,
  communication: 10,
};

const MODEL_KINDS: readonly ChangeKind[] = ['model', 'prompt'];

/** Whether a change is a model or prompt change, where the model guard counts. */
export function isModelChange(kind: ChangeKind): boolean {
  return MODEL_KINDS.includes(kind);
}

/** The dimensions that count on this scenario, each with its maximum points (summing to 100). */
export function dimensionMaxima(
  scenario: Scenario,
  withCommunication: boolean,
): ReadonlyMap<RubricDimension, number> {
  const raw = new Map<RubricDimension, number>();
  for (const [id, base] of Object.entries(DEFAULT_RUBRIC_WEIGHTS) as [RubricDimension, number][]) {
    if (id === 'model-guard' && !isModelChange(scenario.changeKind)) continue;
    if (id === 'communication' && !withCommunication) continue;
    const weight = base * (scenario.rubricWeights[id] ?? 1);
    if (weight > 0) raw.set(id, weight);
  }
  const total = [...raw.values()].reduce((sum, weight) => sum + weight, 0);
  const maxima = new Map<RubricDimension, number>();
  for (const [id, weight] of raw) maxima.set(id, total > 0 ? (100 * weight) / total : 0);
  return maxima;
}
