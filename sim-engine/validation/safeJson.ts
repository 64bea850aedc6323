import type { Parsed, ValidationIssue } from './issues';
import type { InputLimits } from './inputLimits';
import { DEFAULT_INPUT_LIMITS } from './inputLimits';
import { lineAndColumn, scanJson } from './jsonSyntax';
import { checkPlainData } from './plainData';

export type { InputLimits } from './inputLimits';
export { DEFAULT_INPUT_LIMITS, FORBIDDEN_KEYS } from './inputLimits';
export { checkPlainData } from './plainData';

const BOM = '\uFEFF';

/** UTF-8 length of `text`, counting a surrogate pair as the 4 bytes it encodes to. */
function utf8Length(text: string): number {
  let bytes = 0;
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if (code < 0x80) bytes += 1;
    else if (code < 0x800) bytes += 2;
    else if (code >= 0xd800 && code <= 0xdbff && isLowSurrogate(text.charCodeAt(i + 1))) {
      bytes += 4;
      i++;
    } else bytes += 3; // includes a lone surrogate, which encoders replace with 3 bytes
  }
  return bytes;
}

function isLowSurrogate(code: number): boolean {
  return code >= 0xdc00 && code <= 0xdfff;
}

function formatBytes(bytes: number): string {
  if (bytes >= 1024 * 1024) return `${(bytes / (1024 * 1024)).toFixed(1)} MB`;
  if (bytes >= 1024) return `${Math.round(bytes / 1024)} KB`;
  return `${bytes} bytes`;
}

/** The refusal for text over `maxBytes`, counting bytes only when the length leaves it open. */
function sizeIssue(text: string, maxBytes: number): ValidationIssue | undefined {
  // A UTF-16 unit encodes to 1–3 bytes (a pair of them to 4), which bounds the count cheaply.
  if (text.length * 3 <= maxBytes) return undefined;
  const bytes = text.length > maxBytes ? text.length : utf8Length(text);
  if (bytes <= maxBytes) return undefined;
  const size = text.length > maxBytes ? `more than ${formatBytes(maxBytes)}` : formatBytes(bytes);
  return { path: '$', message: `is too large (${size}); the limit is ${formatBytes(maxBytes)}` };
}

/**
 * The one door for every file from outside (packs, plans, reports, history): parses JSON
 * text into plain data, or says politely and precisely why not. Never throws.
 */
export function parseJsonText(text: string, limits?: Partial<InputLimits>): Parsed<unknown> {
  const all: InputLimits = { ...DEFAULT_INPUT_LIMITS, ...limits };
  if (typeof text !== 'string') return refuse('$', 'must be text');
  // Editors on Windows may save UTF-8 with a byte order mark; it is not part of the JSON.
  const body = text.startsWith(BOM) ? text.slice(1) : text;
  const tooLarge = sizeIssue(body, all.maxBytes);
  if (tooLarge) return { ok: false, issues: [tooLarge] };
  if (body.trim() === '') return refuse('$', 'is empty: expected JSON text');

  const scan = scanJson(body, all.maxDepth);
  if (!scan.ok) {
    const { line, column } = lineAndColumn(body, scan.position);
    const where = `line ${line}, column ${column}`;
    return scan.tooDeep
      ? refuse('$', `${scan.reason} (at ${where})`)
      : refuse('$', `is not valid JSON: ${scan.reason} (at ${where})`);
  }

  let value: unknown;
  try {
    value = JSON.parse(body);
  } catch {
    // The scanner accepted the text, so this is a disagreement between parsers; stay polite.
    return refuse('$', 'is not valid JSON');
  }
  const issues = checkPlainData(value, all);
  return issues.length > 0 ? { ok: false, issues } : { ok: true, value };
}

function refuse(path: string, message: string): Parsed<never> {
  return { ok: false, issues: [{ path, message }] };
}
