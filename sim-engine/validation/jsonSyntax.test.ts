import seedrandom from 'seedrandom';
import { describe, expect, it } from 'vitest';
import { lineAndColumn, scanJson } from './jsonSyntax';

function verdictOfJsonParse(text: string): boolean {
  try {
    JSON.parse(text);
    return true;
  } catch {
    return false;
  }
}

const VALID = [
  '0',
  '-0.5e+10',
  '1E3',
  '"a\\"b\\\\c\\/\\b\\f\\n\\r\\t\\u00e9"',
  'true',
  'false',
  'null',
  '[]',
  '{}',
  ' [ 1 , [ ] , { } , "x" ] ',
  '{"a":{"b":[1,{"c":null}]},"d":"\\ud83d"}',
  '\n\t{"k" : -0}\r\n',
];

const INVALID = [
  '',
  '[',
  '{"a":1',
  '[1,]',
  '{"a":1,}',
  '{a:1}',
  "{'a':1}",
  "['a']",
  '{"a" 1}',
  '{"a":1 "b":2}',
  '[1 2]',
  '01',
  '-',
  '1.',
  '.5',
  '+1',
  '1e',
  'tru',
  'NaN',
  'Infinity',
  'undefined',
  '"abc',
  '"a\nb"',
  '"\\x"',
  '"\\u12"',
  '{} {}',
  '[]]',
  '{"a":}',
  ',',
];

describe('scanJson', () => {
  it('accepts exactly what JSON.parse accepts on hand-picked texts', () => {
    for (const text of [...VALID, ...INVALID]) {
      expect(scanJson(text, 64).ok, text).toBe(verdictOfJsonParse(text));
    }
  });

  it('agrees with JSON.parse on thousands of randomly damaged documents', () => {
    const random = seedrandom('json-syntax');
    const source = '{"a": [1, -2.5e3, "x\\"y", true, null, {"b": {}}], "c": "\\u00e9"}';
    const alphabet = '{}[]",:0123456789-+.eE \\tnrufalsex\'';
    for (let round = 0; round < 3000; round++) {
      const chars = source.split('');
      const edits = 1 + Math.floor(random() * 3);
      for (let e = 0; e < edits; e++) {
        const at = Math.floor(random() * chars.length);
        const char = alphabet[Math.floor(random() * alphabet.length)] ?? ' ';
        const kind = random();
        if (kind < 0.33) chars.splice(at, 1);
        else if (kind < 0.66) chars.splice(at, 0, char);
        else chars[at] = char;
      }
      const text = chars.join('');
      expect(scanJson(text, 64).ok, text).toBe(verdictOfJsonParse(text));
    }
  });

  it('names a trailing comma where the closing bracket is', () => {
    expect(scanJson('[1,\n 2,\n]', 64)).toEqual({
      ok: false,
      position: 8,
      reason: 'a comma must be followed by another entry',
      tooDeep: false,
    });
  });

  it('explains unquoted field names, single quotes, bare words and unclosed text', () => {
    const reason = (text: string): string | undefined => {
      const scan = scanJson(text, 64);
      return scan.ok ? undefined : scan.reason;
    };
    expect(reason('{a: 1}')).toBe('field names must be text in double quotes');
    expect(reason("['a']")).toBe('text must be in double quotes, not single quotes');
    expect(reason('[yes]')).toBe('"yes" is not a JSON value (text needs double quotes)');
    expect(reason('"abc')).toBe('text in double quotes is never closed');
    expect(reason('{"a": 1} x')).toBe('unexpected text after the end of the JSON');
    expect(reason('[1 2]')).toBe('expected "," or "]"');
    expect(reason('{"a": 1')).toBe('the text ends before the JSON is complete');
    expect(reason('012')).toBe('numbers cannot start with 0');
  });

  it('stops at the first container nested deeper than the limit, without recursion', () => {
    const deep = '['.repeat(100_000) + ']'.repeat(100_000);
    const scan = scanJson(deep, 64);
    expect(scan).toEqual({
      ok: false,
      position: 64,
      reason: 'is nested more than 64 levels deep',
      tooDeep: true,
    });
    expect(scanJson('['.repeat(64) + ']'.repeat(64), 64).ok).toBe(true);
  });
});

describe('lineAndColumn', () => {
  it('counts lines from 1 and columns from 1, treating \\r\\n as one line end', () => {
    expect(lineAndColumn('abc', 0)).toEqual({ line: 1, column: 1 });
    expect(lineAndColumn('ab\ncd', 4)).toEqual({ line: 2, column: 2 });
    expect(lineAndColumn('ab\r\ncd', 5)).toEqual({ line: 2, column: 2 });
    expect(lineAndColumn('a\rb', 2)).toEqual({ line: 2, column: 1 });
  });
});
