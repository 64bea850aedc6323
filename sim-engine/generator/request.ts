import { CHANGE_KINDS, type ChangeKind } from '../domain/scenario';

/**
 * What the generator is asked for: a seed, a level and, when practice is due on one kind of
 * change, that kind. The same request ⇒ the same scenario.
 */

export const GENERATOR_LEVELS = ['introductory', 'standard', 'hard'] as const;
export type GeneratorLevel = (typeof GENERATOR_LEVELS)[number];

export interface GenerationRequest {
  /** A whole number from 0 to 2³¹ − 1, like every seed the engine takes. */
  readonly seed: number;
  readonly level: GeneratorLevel;
  /**
   * Only this kind of change (spaced practice schedules per kind). Absent: any kind, and the
   * scenario a request without it has always given.
   */
  readonly changeKind?: ChangeKind;
}

/** Largest seed: 31-bit, so every platform and language reads it the same. */
export const MAX_GENERATOR_SEED = 2 ** 31 - 1;

/** Why a request cannot be generated, or null when it can. */
export function requestProblem(request: GenerationRequest): string | null {
  if (!GENERATOR_LEVELS.includes(request.level))
    return `level must be one of ${GENERATOR_LEVELS.join(', ')}, not "${String(request.level)}"`;
  if (!Number.isInteger(request.seed) || request.seed < 0 || request.seed > MAX_GENERATOR_SEED)
    return `seed must be a whole number from 0 to ${MAX_GENERATOR_SEED}, not ${String(request.seed)}`;
  if (request.changeKind !== undefined && !CHANGE_KINDS.includes(request.changeKind))
    return `changeKind must be one of ${CHANGE_KINDS.join(', ')}, not "${String(request.changeKind)}"`;
  return null;
}

/**
 * The n-th seed derived from a request's seed, for regenerating after an unfair draw: a
 * 32-bit mix (splitmix-style) so neighbouring seeds do not give neighbouring derived seeds.
 */
export function derivedSeed(seed: number, attempt: number): number {
  if (attempt === 0) return seed;
  let x = (seed ^ Math.imul(attempt, 0x9e3779b1)) >>> 0;
  x = Math.imul(x ^ (x >>> 16), 0x85ebca6b) >>> 0;
  x = Math.imul(x ^ (x >>> 13), 0xc2b2ae35) >>> 0;
  return (x ^ (x >>> 16)) & MAX_GENERATOR_SEED;
}
