import { describe, expect, it } from 'vitest';
import * as z from 'zod';
import { expecting, messages, parseWithSchema } from './fromZod';
import { formatIssue } from './issues';

function problems<T>(schema: z.ZodType<T>, input: unknown): string[] {
  const parsed = parseWithSchema(schema, input);
  return parsed.ok ? [] : parsed.issues.map(formatIssue);
}

describe('parseWithSchema', () => {
  it('returns the parsed value when the input is valid', () => {
    expect(parseWithSchema(z.strictObject({ a: z.number() }), { a: 1 })).toEqual({
      ok: true,
      value: { a: 1 },
    });
  });

  it('says a missing field is missing, and a wrong type what it must be and what it is', () => {
    const schema = z.strictObject({
      a: z.number(),
      b: z.string(),
      c: z.boolean(),
      d: z.array(z.number()),
    });
    expect(problems(schema, { b: 5, c: 'yes', d: {} })).toEqual([
      '$.a: is missing',
      '$.b: must be text, not 5',
      '$.c: must be true or false, not text ("yes")',
      '$.d: must be a list, not an object',
    ]);
  });

  it('shortens long text it quotes back', () => {
    expect(problems(z.number(), 'x'.repeat(100))).toEqual([
      `$: must be a number, not text ("${'x'.repeat(21)}…")`,
    ]);
  });

  it('reports each unknown key at its own path, one issue per key', () => {
    const schema = z.strictObject({ stages: z.array(z.strictObject({ percent: z.number() })) });
    expect(
      problems(schema, { stages: [{ percent: 1, colour: 'red', size: 2 }], extra: true }),
    ).toEqual([
      '$.stages[0].colour: is not a known field',
      '$.stages[0].size: is not a known field',
      '$.extra: is not a known field',
    ]);
  });

  it('lists the allowed values of an enum, and quotes a single literal', () => {
    const schema = z.strictObject({
      role: z.enum(['pm', 'eng-lead', 'oncall-sre', 'exec', 'anyone']),
      format: z.literal('canary-plan/1'),
    });
    expect(problems(schema, { role: 'boss', format: 'x' })).toEqual([
      '$.role: must be one of: pm, eng-lead, oncall-sre, exec, anyone',
      '$.format: must be "canary-plan/1"',
    ]);
    expect(problems(schema, { format: 'canary-plan/1' })).toEqual([
      '$.role: is missing; it must be one of: pm, eng-lead, oncall-sre, exec, anyone',
    ]);
  });

  it('states both ends of a number range when the schema has both', () => {
    expect(problems(z.number().min(0).max(1), 2)).toEqual(['$: must be between 0 and 1']);
    expect(problems(z.number().gt(0).max(100), 0)).toEqual([
      '$: must be greater than 0 and at most 100',
    ]);
    expect(problems(z.number().min(0.5).lt(1), 1)).toEqual([
      '$: must be at least 0.5 and less than 1',
    ]);
    expect(problems(z.number().min(0), -1)).toEqual(['$: must be at least 0']);
    expect(problems(z.number().multipleOf(1), 1.5)).toEqual(['$: must be a whole number, not 1.5']);
    expect(problems(z.number(), NaN)).toEqual(['$: must be a finite number, not NaN']);
  });

  it('describes list and text sizes in words', () => {
    expect(problems(z.array(z.number()).min(1), [])).toEqual(['$: must not be empty']);
    expect(problems(z.array(z.number()).max(2), [1, 2, 3])).toEqual([
      '$: must have at most 2 entries, not 3',
    ]);
    expect(problems(z.string().min(1), '')).toEqual(['$: must not be empty']);
    expect(problems(z.string().max(3), 'abcd')).toEqual(['$: must be at most 3 characters long']);
  });

  it('follows the union alternative whose shape matched, instead of a vague union error', () => {
    const cohorts = z.union([z.literal('random'), z.array(z.string().min(1))]);
    expect(problems(cohorts, ['a', 5, ''])).toEqual([
      '$[1]: must be text, not 5',
      '$[2]: must not be empty',
    ]);
    expect(problems(cohorts, 7)).toEqual(['$: must be "random" or a list, not 7']);
  });

  it('names the allowed tags of a discriminated union at the tag itself', () => {
    const hold = z.discriminatedUnion('type', [
      z.strictObject({ type: z.literal('time'), minutes: z.number() }),
      z.strictObject({ type: z.literal('metric'), stableMinutes: z.number() }),
    ]);
    expect(problems(hold, { type: 'later' })).toEqual(['$.type: must be one of: time, metric']);
    expect(problems(hold, { minutes: 5 })).toEqual([
      '$.type: is missing; it must be one of: time, metric',
    ]);
    expect(problems(hold, { type: 'time' })).toEqual(['$.minutes: is missing']);
  });

  it('lets a schema say what shape it wants, and keeps messages written on a schema', () => {
    const schema = z.strictObject({
      significance: z
        .strictObject({ confidence: z.number() }, { error: expecting('null or an object') })
        .nullable(),
      name: z.string().refine((s) => s === s.trim(), 'must not start or end with spaces'),
    });
    expect(problems(schema, { significance: 'yes', name: ' x' })).toEqual([
      '$.significance: must be null or an object, not text ("yes")',
      '$.name: must not start or end with spaces',
    ]);
  });

  it('reports every issue at once, not only the first', () => {
    const schema = z.strictObject({ a: z.number(), b: z.string(), c: z.array(z.number()) });
    expect(problems(schema, { a: 'x', b: 1, c: [1, 'y', 'z'] })).toHaveLength(4);
  });
});

describe('messages', () => {
  it('words a repeated list entry the same way for every validator', () => {
    expect(messages.listedTwice('pm', 0)).toBe('"pm" is listed twice (first at [0])');
    expect(messages.oneOf(['a', 'b'])).toBe('must be one of: a, b');
  });
});
