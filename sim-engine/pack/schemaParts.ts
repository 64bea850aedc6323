import { z } from 'zod';
import { PACK_LIMITS } from './limits';

/*
 * Building blocks of the pack schema. Ranges, types and list sizes are worded by the
 * shared plain-language error map (validation/fromZod), so packs and plans speak alike;
 * only checks the map cannot explain carry their own message here.
 */

type IssueLike = { readonly input?: unknown };

/** Zod error options that say `text`, except for a missing value ("is missing"). */
export function plain(text: string): { error: (issue: IssueLike) => string | undefined } {
  return { error: (issue) => (issue.input === undefined ? undefined : text) };
}

const ID_PATTERN = /^[a-z0-9][a-z0-9-]*$/;

/** An identifier other fields and files point at: lowercase letters, digits and dashes. */
export function idSchema() {
  return z
    .string()
    .max(PACK_LIMITS.idLength)
    .regex(ID_PATTERN, plain('must be lowercase letters, digits and dashes, like "checkout-v2"'));
}

/** Free text shown to people: not blank, and no longer than `max` characters. */
export function textSchema(max: number) {
  return z.string().max(max).regex(/\S/, plain('must not be empty'));
}

/** A number in [min, max]. */
export function between(min: number, max: number) {
  return z.number().min(min).max(max);
}

/** A number above 0 and at most `max`. */
export function positive(max: number) {
  return z.number().gt(0).max(max);
}

/** A whole number in [min, max]. */
export function wholeBetween(min: number, max: number) {
  return z.number().int().min(min).max(max);
}

/** A rate: a share of events, 0 (never) to 1 (always). */
export function rateSchema() {
  return between(0, 1);
}

/** A share that must be present: above 0 and at most 1; `zeroHint` says why 0 is refused. */
export function shareSchema(zeroHint: string) {
  const range = 'must be between 0 and 1';
  return z
    .number()
    .gt(0, {
      error: (issue) => (issue.input === 0 ? `must be more than 0 (${zeroHint})` : range),
    })
    .max(1, plain(range));
}
