import { InputError } from './inputError';

/** Largest seed: seeds are 31-bit so every platform and language reads them the same. */
export const MAX_SEED = 2 ** 31 - 1;

/** Parses a whole number from an option, inside [min, max], or explains the problem. */
export function parseWholeNumber(text: string, option: string, min: number, max: number): number {
  const value = /^\d+$/.test(text.trim()) ? Number(text.trim()) : Number.NaN;
  if (!Number.isSafeInteger(value) || value < min || value > max) {
    throw new InputError(`${option}: must be a whole number from ${min} to ${max}, not "${text}"`);
  }
  return value;
}
