import { describe, expect, it } from 'vitest';
import { formatIssue } from './issues';
import type { Parsed } from './issues';
import { checkPlainData, DEFAULT_INPUT_LIMITS, parseJsonText } from './safeJson';

function lines(parsed: Parsed<unknown>): string[] {
  return parsed.ok ? [] : parsed.issues.map(formatIssue);
}

function format(issues: readonly { path: string; message: string }[]): string[] {
  return issues.map(formatIssue);
}

describe('parseJsonText', () => {
  it('returns the parsed value of valid JSON', () => {
    expect(parseJsonText('{"a": [1, "x", null, true]}')).toEqual({
      ok: true,
      value: { a: [1, 'x', null, true] },
    });
  });

  it('accepts a UTF-8 byte order mark at the start', () => {
    expect(parseJsonText('\uFEFF{"a": 1}')).toEqual({ ok: true, value: { a: 1 } });
  });

  it('refuses empty and blank text politely', () => {
    expect(lines(parseJsonText(''))).toEqual(['$: is empty: expected JSON text']);
    expect(lines(parseJsonText(' \n\t'))).toEqual(['$: is empty: expected JSON text']);
    expect(lines(parseJsonText('\uFEFF'))).toEqual(['$: is empty: expected JSON text']);
  });

  it('refuses 10 MB of text before reading it, naming the limit', () => {
    const huge = `[${'1,'.repeat(5 * 1024 * 1024)}1]`;
    expect(lines(parseJsonText(huge))).toEqual([
      '$: is too large (more than 5.0 MB); the limit is 5.0 MB',
    ]);
  });

  it('measures size in UTF-8 bytes, so non-ASCII text counts for what it weighs', () => {
    const text = `"${'é'.repeat(600)}"`; // 602 characters, 1202 bytes
    expect(lines(parseJsonText(text, { maxBytes: 1000 }))).toEqual([
      '$: is too large (1 KB); the limit is 1000 bytes',
    ]);
    expect(parseJsonText(text, { maxBytes: 1202 }).ok).toBe(true);
  });

  it('says where invalid JSON breaks, by line and column, without a stack trace', () => {
    const text = '{\n  "a": 1,\n  "b": [1, 2,],\n}';
    expect(lines(parseJsonText(text))).toEqual([
      '$: is not valid JSON: a comma must be followed by another entry (at line 3, column 14)',
    ]);
  });

  it('refuses trailing garbage after the JSON value', () => {
    expect(lines(parseJsonText('{"a": 1}\n}'))).toEqual([
      '$: is not valid JSON: unexpected text after the end of the JSON (at line 2, column 1)',
    ]);
  });

  it('refuses 100 000-deep nesting without overflowing the stack', () => {
    const deep = '['.repeat(100_000) + ']'.repeat(100_000);
    expect(lines(parseJsonText(deep))).toEqual([
      '$: is nested more than 64 levels deep (at line 1, column 65)',
    ]);
    expect(lines(parseJsonText('{"a":'.repeat(100_000)))).toEqual([
      '$: is nested more than 64 levels deep (at line 1, column 321)',
    ]);
  });

  it('refuses __proto__, constructor and prototype keys wherever they are', () => {
    const text = '{"__proto__": {"polluted": true}, "a": [{"constructor": 1}, {"prototype": {}}]}';
    expect(lines(parseJsonText(text))).toEqual([
      '$.__proto__: "__proto__" is a reserved name and cannot be used as a field',
      '$.a[0].constructor: "constructor" is a reserved name and cannot be used as a field',
      '$.a[1].prototype: "prototype" is a reserved name and cannot be used as a field',
    ]);
    expect(({} as Record<string, unknown>)['polluted']).toBeUndefined();
  });

  it('refuses lists and objects with more entries than allowed', () => {
    const text = JSON.stringify({ list: [1, 2, 3, 4], ok: [1] });
    expect(lines(parseJsonText(text, { maxEntries: 3 }))).toEqual([
      '$.list: has 4 entries; at most 3 are allowed',
    ]);
  });

  it('refuses numbers too large to be finite, such as 1e999', () => {
    expect(lines(parseJsonText('{"limit": 1e999}'))).toEqual([
      '$.limit: must be a finite number, not Infinity',
    ]);
  });

  it('exports defaults sized for packs', () => {
    expect(DEFAULT_INPUT_LIMITS).toMatchObject({ maxBytes: 5 * 1024 * 1024, maxDepth: 64 });
  });
});

describe('checkPlainData', () => {
  it('accepts plain JSON data, including objects without a prototype and shared values', () => {
    const shared = { x: 1 };
    const bare = Object.assign(Object.create(null) as object, { a: 1 });
    expect(checkPlainData({ a: [shared, shared], b: bare, c: 'x', d: null, e: false })).toEqual([]);
  });

  it('reports NaN and Infinity with their paths', () => {
    const issues = checkPlainData({ a: NaN, b: [1, Infinity, -Infinity] });
    expect(format(issues)).toEqual([
      '$.a: must be a finite number, not NaN',
      '$.b[1]: must be a finite number, not Infinity',
      '$.b[2]: must be a finite number, not -Infinity',
    ]);
  });

  it('reports functions, undefined, bigints, symbols and holes in lists', () => {
    const sparse: unknown[] = [1];
    sparse[2] = 3;
    const issues = checkPlainData({
      f: () => 1,
      u: undefined,
      big: 10n,
      sym: Symbol('s'),
      sparse,
    });
    expect(format(issues)).toEqual([
      '$.f: is a function, which is not a JSON value',
      '$.u: is undefined, which is not a JSON value',
      '$.big: is a bigint (10n), which is not a JSON value',
      '$.sym: is a symbol, which is not a JSON value',
      '$.sparse[1]: is an empty slot in the list, which is not a JSON value',
    ]);
  });

  it('reports class instances, dates and maps as not plain data', () => {
    class Custom {
      readonly a = 1;
    }
    const issues = checkPlainData([new Date(0), new Map(), new Custom()]);
    expect(format(issues)).toEqual([
      '$[0]: is a Date object, not plain JSON data',
      '$[1]: is a Map object, not plain JSON data',
      '$[2]: is a Custom object, not plain JSON data',
    ]);
  });

  it('reports cycles instead of looping forever', () => {
    const a: Record<string, unknown> = { name: 'a' };
    a['self'] = a;
    const list: unknown[] = [];
    list.push({ back: list });
    expect(format(checkPlainData({ a, list }))).toEqual([
      '$.a.self: refers back to a list or object that contains it (a cycle)',
      '$.list[0].back: refers back to a list or object that contains it (a cycle)',
    ]);
  });

  it('reports getters without running them, and symbol keys', () => {
    let ran = false;
    const withGetter = {
      get secret(): number {
        ran = true;
        return 1;
      },
    };
    const withSymbol = { [Symbol('s')]: 1 };
    expect(format(checkPlainData({ withGetter, withSymbol }))).toEqual([
      '$.withGetter.secret: is a computed property, not plain JSON data',
      '$.withSymbol: has a symbol key, which JSON cannot hold',
    ]);
    expect(ran).toBe(false);
  });

  it('reports an own __proto__ key on a value built in code', () => {
    const value = JSON.parse('{"__proto__": {"admin": true}}') as unknown;
    expect(format(checkPlainData(value))).toEqual([
      '$.__proto__: "__proto__" is a reserved name and cannot be used as a field',
    ]);
  });

  it('walks a 100 000-deep value built in code without overflowing the stack', () => {
    let deep: unknown = 1;
    for (let i = 0; i < 100_000; i++) deep = [deep];
    expect(format(checkPlainData(deep))).toEqual([
      '$' + '[0]'.repeat(64) + ': is nested more than 64 levels deep',
    ]);
  });

  it('stops after the issue limit and says there is more', () => {
    const issues = checkPlainData(new Array(50).fill(NaN), { maxIssues: 3 });
    expect(format(issues)).toEqual([
      '$[0]: must be a finite number, not NaN',
      '$[1]: must be a finite number, not NaN',
      '$[2]: must be a finite number, not NaN',
      '$: has more problems than are listed here',
    ]);
  });

  it('refuses more values in total than allowed', () => {
    const value = { a: [1, 2], b: [3, 4] };
    expect(format(checkPlainData(value, { maxValues: 5 }))).toEqual(['$: has more than 5 values']);
  });
});
