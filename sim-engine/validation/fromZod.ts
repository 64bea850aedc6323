import type * as z from 'zod';
import { jsonPath } from './issues';
import type { Parsed, ValidationIssue } from './issues';

/**
 * Plain-English messages for zod 4 issues, written once for every validator (plans, packs,
 * reports). Each message follows a JSON path and a colon, so it starts with a verb:
 * `$.stages[0].percent: must be a number, not text ("5")`.
 *
 * For schema authors: write whole numbers as `z.number().multipleOf(1)`, not `.int()`. A failed
 * `.int()` is an explicit abort in zod 4, which silences every enclosing cross-field check
 * (even one with `when`), so the reader would not get all issues at once.
 */

/** Phrases shared by every validator so packs and plans speak the same language. */
export const messages = {
  missing: 'is missing',
  unknownField: 'is not a known field',
  notValid: 'is not valid',
  /** `must be one of: pm, eng-lead, oncall-sre, exec, anyone` */
  oneOf: (values: readonly unknown[]): string => `must be one of: ${values.map(String).join(', ')}`,
  /** For the second and later copies of a value in a list that must not repeat. */
  listedTwice: (value: string, firstIndex: number): string =>
    `"${value}" is listed twice (first at [${firstIndex}])`,
  /** `must be a number, not text ("5")` */
  wrongType: (expected: string, input: unknown): string =>
    `must be ${expected}, not ${describeFound(input)}`,
} as const;

const EXPECTED: Readonly<Record<string, string>> = {
  string: 'text',
  number: 'a number',
  int: 'a whole number',
  boolean: 'true or false',
  null: 'null',
  array: 'a list',
  tuple: 'a list',
  object: 'an object',
  record: 'an object',
};

function describeExpected(expected: string): string {
  return EXPECTED[expected] ?? expected;
}

/** A short, reader-facing description of a value that was found where something else belongs. */
export function describeFound(input: unknown): string {
  if (typeof input === 'string') {
    const shown = input.length > 24 ? `${input.slice(0, 21)}…` : input;
    return `text (${JSON.stringify(shown)})`;
  }
  if (typeof input === 'number' || typeof input === 'boolean') return String(input);
  if (input === null) return 'null';
  if (Array.isArray(input)) return 'a list';
  if (typeof input === 'object') return 'an object';
  return typeof input;
}

function quoted(value: unknown): string {
  return typeof value === 'string' ? JSON.stringify(value) : String(value);
}

interface Bound {
  readonly value: number;
  readonly inclusive: boolean;
}

/** The other side of a number's range, read from the schema's checks, to say "between". */
function boundOf(
  schema: z.core.$ZodType | undefined,
  check: 'greater_than' | 'less_than',
): Bound | undefined {
  let found: Bound | undefined;
  for (const ch of schema?._zod.def.checks ?? []) {
    const def: object = ch._zod.def;
    if ('check' in def && def.check === check && 'value' in def && typeof def.value === 'number') {
      found = { value: def.value, inclusive: 'inclusive' in def && def.inclusive === true };
    }
  }
  return found;
}

function rangeMessage(lower: Bound | undefined, upper: Bound | undefined): string {
  const low = lower && `${lower.inclusive ? 'at least' : 'greater than'} ${lower.value}`;
  const high = upper && `${upper.inclusive ? 'at most' : 'less than'} ${upper.value}`;
  if (lower?.inclusive && upper?.inclusive) {
    return `must be between ${lower.value} and ${upper.value}`;
  }
  return `must be ${[low, high].filter((part) => part !== undefined).join(' and ')}`;
}

function sizeMessage(
  origin: string,
  bound: number,
  side: 'min' | 'max',
  exact: boolean,
  input: unknown,
): string | undefined {
  const count = Array.isArray(input) ? `, not ${input.length}` : '';
  if (origin === 'array' || origin === 'set') {
    if (side === 'min' && bound === 1 && !exact) return 'must not be empty';
    const which = exact ? 'exactly' : side === 'min' ? 'at least' : 'at most';
    return `must have ${which} ${bound} ${bound === 1 ? 'entry' : 'entries'}${count}`;
  }
  if (origin === 'string') {
    if (side === 'min' && bound === 1 && !exact) return 'must not be empty';
    const which = exact ? 'exactly' : side === 'min' ? 'at least' : 'at most';
    return `must be ${which} ${bound} characters long`;
  }
  return undefined;
}

/** `"random" or a list`: what each alternative of a union wanted at the top level. */
function alternatives(branches: readonly (readonly z.core.$ZodIssue[])[], input: unknown): string {
  const wanted = new Set<string>();
  for (const branch of branches) {
    for (const issue of branch) {
      if (issue.path.length > 0) continue;
      if (issue.code === 'invalid_value') issue.values.forEach((v) => wanted.add(quoted(v)));
      if (issue.code === 'invalid_type') wanted.add(describeExpected(issue.expected));
    }
  }
  return wanted.size > 0 ? messages.wrongType([...wanted].join(' or '), input) : messages.notValid;
}

/**
 * The error map that writes every message: pass it to `safeParse(x, { error: plainErrorMap })`.
 * A message set on a schema itself (`{ error: … }`) still wins, as zod gives it precedence.
 */
export const plainErrorMap: z.core.$ZodErrorMap = (issue) => {
  const input = issue.input;
  switch (issue.code) {
    case 'invalid_type':
      if (input === undefined) return messages.missing;
      if (typeof input === 'number' && !Number.isFinite(input)) {
        return `must be a finite number, not ${input}`;
      }
      if (issue.expected === 'int' && typeof input === 'number') {
        return `must be a whole number, not ${input}`;
      }
      return messages.wrongType(describeExpected(issue.expected), input);
    case 'invalid_value':
      if (input === undefined && issue.values.length > 1) {
        return `${messages.missing}; it ${messages.oneOf(issue.values)}`;
      }
      if (input === undefined) return messages.missing;
      return issue.values.length === 1
        ? `must be ${quoted(issue.values[0])}`
        : messages.oneOf(issue.values);
    case 'too_small':
    case 'too_big': {
      const side = issue.code === 'too_small' ? 'min' : 'max';
      const bound = Number(issue.code === 'too_small' ? issue.minimum : issue.maximum);
      const sized = sizeMessage(issue.origin, bound, side, issue.exact === true, input);
      if (sized !== undefined) return sized;
      const own: Bound = { value: bound, inclusive: issue.inclusive === true };
      return side === 'min'
        ? rangeMessage(own, boundOf(issue.schema, 'less_than'))
        : rangeMessage(boundOf(issue.schema, 'greater_than'), own);
    }
    case 'not_multiple_of': {
      const found = typeof input === 'number' ? `, not ${input}` : '';
      const what = issue.divisor === 1 ? 'a whole number' : `a multiple of ${issue.divisor}`;
      return `must be ${what}${found}`;
    }
    case 'unrecognized_keys':
      return messages.unknownField;
    case 'invalid_union': {
      const options: unknown = issue.options;
      if (typeof issue.discriminator === 'string' && Array.isArray(options)) {
        const tag = isRecord(input) ? input[issue.discriminator] : undefined;
        const oneOf = messages.oneOf(options);
        return tag === undefined ? `${messages.missing}; it ${oneOf}` : oneOf;
      }
      if (input === undefined) return messages.missing;
      return alternatives(issue.errors, input);
    }
    case 'invalid_format':
      return 'is not in the expected format';
    case 'invalid_key':
      return 'is not an allowed field name';
    case 'invalid_element':
      return 'has an entry that is not allowed';
    default:
      return messages.notValid;
  }
};

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/**
 * A per-schema error for values of the wrong shape, where "must be an object" would not help:
 * `z.strictObject({…}, { error: expecting('null or an object like {"confidence": 0.95}') })`.
 */
export function expecting(phrase: string): z.core.$ZodErrorMap {
  return (issue) => {
    if (issue.code !== 'invalid_type' && issue.code !== 'invalid_union') return undefined;
    return issue.input === undefined ? messages.missing : messages.wrongType(phrase, issue.input);
  };
}

/** Of a union's failed alternatives, the one that got past the top-level type, if exactly clear. */
function closestBranch(
  branches: readonly (readonly z.core.$ZodIssue[])[],
): readonly z.core.$ZodIssue[] | undefined {
  let best: readonly z.core.$ZodIssue[] | undefined;
  for (const branch of branches) {
    const typeMatched = branch.length > 0 && branch.every((issue) => issue.path.length > 0);
    if (typeMatched && (best === undefined || branch.length < best.length)) best = branch;
  }
  return best;
}

/**
 * Turns zod issues into ours: one issue per unknown key at that key's own path, unions
 * resolved to the alternative the reader evidently meant, exact duplicates dropped.
 */
export function issuesFromZod(
  issues: readonly z.core.$ZodIssue[],
  prefix: readonly PropertyKey[] = [],
): ValidationIssue[] {
  const out: ValidationIssue[] = [];
  for (const issue of issues) {
    const path = [...prefix, ...issue.path];
    if (issue.code === 'unrecognized_keys') {
      for (const key of issue.keys) {
        out.push({ path: jsonPath([...path, key]), message: messages.unknownField });
      }
      continue;
    }
    const branch = issue.code === 'invalid_union' ? closestBranch(issue.errors) : undefined;
    if (branch !== undefined) out.push(...issuesFromZod(branch, path));
    else out.push({ path: jsonPath(path), message: issue.message });
  }
  const seen = new Set<string>();
  return out.filter((issue) => {
    const key = `${issue.path}\n${issue.message}`;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}

/** Validates `input` with `schema`, reporting every issue at once in plain language. */
export function parseWithSchema<T>(schema: z.ZodType<T>, input: unknown): Parsed<T> {
  const result = schema.safeParse(input, { error: plainErrorMap });
  return result.success
    ? { ok: true, value: result.data }
    : { ok: false, issues: issuesFromZod(result.error.issues) };
}
