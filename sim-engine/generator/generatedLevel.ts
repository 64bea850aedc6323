import { DEFAULT_FAIRNESS_RULE, type FairnessRule } from '../calibration/fairness';
import type { Scenario } from '../domain/scenario';
import { generateScenario } from './generateScenario';
import { LEVEL_PROFILES } from './levels';
import { GENERATOR_LEVELS, requestProblem, type GenerationRequest } from './request';

/*
 * A pack (canary-pack/1, a fixed contract) does not record a generated scenario's level, but the
 * generator names each scenario after its request: generated-<level>-[<kind>-]<seed>. A name is
 * only a claim, so the level is read only when that request generates this very scenario again.
 */

const GENERATED_ID = new RegExp(
  `^generated-(${GENERATOR_LEVELS.join('|')})-(?:([a-z]+)-)?(\\d{1,10})$`,
);

/** The request a scenario's id names, if it names one the generator can take. */
function namedRequest(id: string): GenerationRequest | null {
  const match = GENERATED_ID.exec(id);
  if (!match) return null;
  const [, level, changeKind, seed] = match;
  const request = {
    seed: Number(seed),
    level: level as GenerationRequest['level'],
    ...(changeKind ? { changeKind: changeKind as GenerationRequest['changeKind'] } : {}),
  } as GenerationRequest;
  return requestProblem(request) === null ? request : null;
}

/** Plain data compared value by value, whatever order its keys were written in. */
function sameData(a: unknown, b: unknown): boolean {
  if (a === b) return true;
  if (typeof a !== 'object' || typeof b !== 'object' || a === null || b === null) return false;
  if (Array.isArray(a) !== Array.isArray(b)) return false;
  const keysA = Object.keys(a);
  const keysB = Object.keys(b);
  if (keysA.length !== keysB.length) return false;
  const recordA = a as Record<string, unknown>;
  const recordB = b as Record<string, unknown>;
  return keysA.every((key) => key in recordB && sameData(recordA[key], recordB[key]));
}

/**
 * The level a scenario was generated at: read from its id, and only when the request the id
 * names generates exactly this scenario again (an edited or renamed scenario is not the
 * generator's). Null for every other scenario.
 */
export function generatedLevel(scenario: Scenario): GenerationRequest['level'] | null {
  const request = namedRequest(scenario.id);
  if (!request) return null;
  return sameData(generateScenario(request), scenario) ? request.level : null;
}

/**
 * The fairness rule a scenario is judged by, given `generatedLevel`'s answer: its level's for a
 * scenario the generator made (generator/levels.ts), the default rule for every other.
 */
export function fairnessRuleOf(level: GenerationRequest['level'] | null): FairnessRule {
  return level ? LEVEL_PROFILES[level].fairness : DEFAULT_FAIRNESS_RULE;
}
