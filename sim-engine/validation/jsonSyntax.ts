/**
 * A JSON syntax checker that runs before `JSON.parse`, for two reasons: it refuses deep
 * nesting before any parser has to hold it, and it says where and why text is not JSON in
 * the same plain words on every JavaScript engine (V8 often gives no position at all).
 * It is a loop with an explicit stack, so no input can overflow the call stack.
 */

/** What the checker found: valid JSON, or the first problem with its offset in the text. */
export type JsonScan =
  | { readonly ok: true }
  | {
      readonly ok: false;
      /** UTF-16 offset of the problem in the scanned text. */
      readonly position: number;
      readonly reason: string;
      /** The text nests containers deeper than allowed (otherwise it is a syntax error). */
      readonly tooDeep: boolean;
    };

const OBJECT_OPEN = 0x7b; // {
const OBJECT_CLOSE = 0x7d; // }
const ARRAY_OPEN = 0x5b; // [
const ARRAY_CLOSE = 0x5d; // ]
const QUOTE = 0x22; // "
const BACKSLASH = 0x5c;
const COMMA = 0x2c;
const COLON = 0x3a;
const MINUS = 0x2d;
const DOT = 0x2e;

const END = 'the text ends before the JSON is complete';
const TRAILING_COMMA = 'a comma must be followed by another entry';
const FIELD_NAME = 'field names must be text in double quotes';

const OK: JsonScan = { ok: true };

function fail(position: number, reason: string): JsonScan {
  return { ok: false, position, reason, tooDeep: false };
}

function isDigit(code: number): boolean {
  return code >= 0x30 && code <= 0x39;
}

function isSpace(code: number): boolean {
  return code === 0x20 || code === 0x0a || code === 0x0d || code === 0x09;
}

function skipSpace(text: string, pos: number): number {
  while (pos < text.length && isSpace(text.charCodeAt(pos))) pos++;
  return pos;
}

/** Scans a string starting at its opening quote; returns the offset after the closing one. */
function scanString(text: string, start: number): number | JsonScan {
  let pos = start + 1;
  while (pos < text.length) {
    const code = text.charCodeAt(pos);
    if (code === QUOTE) return pos + 1;
    if (code < 0x20) {
      return fail(pos, 'line breaks and other control characters inside text must be escaped');
    }
    if (code === BACKSLASH) {
      const escaped = text[pos + 1];
      if (escaped === undefined) break;
      if (escaped === 'u') {
        if (!/^[0-9A-Fa-f]{4}$/.test(text.slice(pos + 2, pos + 6))) {
          return fail(pos, 'a \\u escape needs four hexadecimal digits');
        }
        pos += 6;
        continue;
      }
      if (!'"\\/bfnrt'.includes(escaped)) return fail(pos, `"\\${escaped}" is not a valid escape`);
      pos += 2;
      continue;
    }
    pos++;
  }
  return fail(start, 'text in double quotes is never closed');
}

function scanDigits(text: string, pos: number): number {
  while (pos < text.length && isDigit(text.charCodeAt(pos))) pos++;
  return pos;
}

/** Scans a number by the JSON grammar: -?(0|[1-9][0-9]*)(.[0-9]+)?([eE][+-]?[0-9]+)? */
function scanNumber(text: string, start: number): number | JsonScan {
  const invalid = fail(start, 'is not a valid number');
  let pos = start;
  if (text.charCodeAt(pos) === MINUS) pos++;
  if (text.charCodeAt(pos) === 0x30) {
    pos++;
    if (isDigit(text.charCodeAt(pos))) return fail(start, 'numbers cannot start with 0');
  } else {
    const end = scanDigits(text, pos);
    if (end === pos) return invalid;
    pos = end;
  }
  if (text.charCodeAt(pos) === DOT) {
    const end = scanDigits(text, pos + 1);
    if (end === pos + 1) return invalid;
    pos = end;
  }
  const e = text[pos];
  if (e === 'e' || e === 'E') {
    pos++;
    if (text[pos] === '+' || text[pos] === '-') pos++;
    const end = scanDigits(text, pos);
    if (end === pos) return invalid;
    pos = end;
  }
  return pos;
}

/** Explains a character that cannot start a value here. */
function unexpected(text: string, pos: number, afterComma: boolean): JsonScan {
  const char = text[pos] ?? '';
  if (afterComma && (char === ']' || char === '}')) return fail(pos, TRAILING_COMMA);
  if (char === "'") return fail(pos, 'text must be in double quotes, not single quotes');
  if (char === '+' || char === '.') return fail(pos, 'is not a valid number');
  const word = /^[A-Za-z_][A-Za-z0-9_]*/.exec(text.slice(pos, pos + 40))?.[0];
  if (word !== undefined) {
    return fail(pos, `"${word}" is not a JSON value (text needs double quotes)`);
  }
  return fail(pos, `unexpected "${char}"`);
}

/**
 * Checks that `text` is exactly one JSON value, nested at most `maxDepth` containers deep.
 * Stops at the first problem, as a reader fixing a file one mistake at a time would.
 */
export function scanJson(text: string, maxDepth: number): JsonScan {
  const n = text.length;
  const open: number[] = []; // the containers around `pos`, innermost last
  let pos = skipSpace(text, 0);
  let afterComma = false;
  let expectKey = false; // inside an object, at the start of a "name": value entry

  for (;;) {
    if (expectKey) {
      if (pos >= n) return fail(n, END);
      if (text.charCodeAt(pos) !== QUOTE) {
        return afterComma && text.charCodeAt(pos) === OBJECT_CLOSE
          ? fail(pos, TRAILING_COMMA)
          : fail(pos, FIELD_NAME);
      }
      const afterKey = scanString(text, pos);
      if (typeof afterKey !== 'number') return afterKey;
      pos = skipSpace(text, afterKey);
      if (text.charCodeAt(pos) !== COLON) {
        return pos >= n ? fail(n, END) : fail(pos, 'expected ":" after the field name');
      }
      pos = skipSpace(text, pos + 1);
      afterComma = false;
    }

    // A value starts at `pos`.
    if (pos >= n) return fail(n, END);
    const code = text.charCodeAt(pos);
    if (code === OBJECT_OPEN || code === ARRAY_OPEN) {
      if (open.length >= maxDepth) {
        return {
          ok: false,
          position: pos,
          reason: `is nested more than ${maxDepth} levels deep`,
          tooDeep: true,
        };
      }
      const close = code === OBJECT_OPEN ? OBJECT_CLOSE : ARRAY_CLOSE;
      pos = skipSpace(text, pos + 1);
      afterComma = false;
      if (text.charCodeAt(pos) !== close) {
        open.push(code);
        expectKey = code === OBJECT_OPEN;
        continue;
      }
      pos++; // an empty container is a complete value
    } else if (code === QUOTE) {
      const end = scanString(text, pos);
      if (typeof end !== 'number') return end;
      pos = end;
    } else if (code === MINUS || isDigit(code)) {
      const end = scanNumber(text, pos);
      if (typeof end !== 'number') return end;
      pos = end;
    } else if (text.startsWith('true', pos) || text.startsWith('null', pos)) {
      pos += 4;
    } else if (text.startsWith('false', pos)) {
      pos += 5;
    } else {
      return unexpected(text, pos, afterComma);
    }

    // After a complete value: close containers until the next entry starts, or the text ends.
    for (;;) {
      pos = skipSpace(text, pos);
      const container = open[open.length - 1];
      if (container === undefined) {
        return pos < n ? fail(pos, 'unexpected text after the end of the JSON') : OK;
      }
      if (pos >= n) return fail(n, END);
      const next = text.charCodeAt(pos);
      const close = container === OBJECT_OPEN ? OBJECT_CLOSE : ARRAY_CLOSE;
      if (next === close) {
        open.pop();
        pos++;
        continue;
      }
      if (next !== COMMA) {
        return fail(pos, container === OBJECT_OPEN ? 'expected "," or "}"' : 'expected "," or "]"');
      }
      pos = skipSpace(text, pos + 1);
      afterComma = true;
      expectKey = container === OBJECT_OPEN;
      break;
    }
  }
}

/** 1-based line and column of a UTF-16 offset, counting `\n`, `\r\n` and `\r` as line ends. */
export function lineAndColumn(
  text: string,
  position: number,
): { readonly line: number; readonly column: number } {
  let line = 1;
  let lineStart = 0;
  const end = Math.min(position, text.length);
  for (let i = 0; i < end; i++) {
    const code = text.charCodeAt(i);
    if (code === 0x0a || (code === 0x0d && text.charCodeAt(i + 1) !== 0x0a)) {
      line++;
      lineStart = i + 1;
    }
  }
  return { line, column: position - lineStart + 1 };
}
