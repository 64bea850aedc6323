import type { Token } from './tokens';

/**
 * Blanks a template leaves to fill ("[metric]", "<N>", "TBD"), told apart from a config's inline
 * list of filled values ("each_advance: [pm, eng_lead]"), which names its parties as a sentence
 * would.
 */

/** A blank to fill: "[metric]", "[N]", "[segment A]" (square brackets round a few words). */
export function hasBlank(tokens: readonly Token[]): boolean {
  for (let i = 0; i < tokens.length; i++) {
    const text = tokens[i]?.text ?? '';
    if (BLANKS.has(text) || /^_{3,}$/.test(text)) return true;
    const closing = BRACKETS.get(text);
    if (closing === undefined) continue;
    const close = tokens.findIndex((token, at) => at > i && token.text === closing);
    // "[x]", "[ ]": a checkbox, not a blank.
    // "[DONE]", "[TODO]", "[WIP]": a checklist's status tag, as a box is.
    const inside = tokens.slice(i + 1, close).map((token) => token.text);
    const checkbox =
      (close === i + 2 && CHECKS.has(tokens[i + 1]?.text ?? '')) ||
      STATUS_TAGS.has(inside.join(' '));
    // "[End of note.]": a sentence in brackets is a note; a blank is never a sentence.
    const note = ['.', '!', '?'].includes(tokens[close - 1]?.text ?? '');
    if (close > i + 1 && close - i <= 6 && !checkbox && !note && !filledList(tokens, i, close)) {
      return true;
    }
  }
  return false;
}

/** Brackets round a placeholder ("[metric]", "<N>"), and placeholders said in words ("TBD"). */
const BRACKETS = new Map([
  ['[', ']'],
  ['<', '>'],
]);
const BLANKS = new Set(['tbd', 'tba']);
const CHECKS = new Set(['x', '✓', '✔', 'v']);
const STATUS_TAGS = new Set([
  'done',
  'todo',
  'to do',
  'to-do',
  'wip',
  'open',
  'closed',
  'pending',
  'blocked',
  'in progress',
  'ok',
  'agreed',
  'decided',
]);

/** Words that hold a slot open rather than fill it. */
const PLACEHOLDERS = new Set([
  'x',
  'y',
  'n',
  'name',
  'names',
  'metric',
  'value',
  'number',
  'owner',
  'person',
  'who',
  'tbd',
  'tba',
  '…',
  '...',
  'etc',
  'role',
]);

/**
 * "[pm, eng_lead]", "[staff, beta]": two or more filled items separated by commas, none a
 * placeholder, are a list of values (YAML, JSON), not a blank; "[metric]" or "[X, Y]" stays one.
 */
function filledList(tokens: readonly Token[], open: number, close: number): boolean {
  const inside = tokens.slice(open + 1, close);
  if (!inside.some((token) => token.text === ',')) return false;
  return inside.every((token) => token.text === ',' || !PLACEHOLDERS.has(token.text));
}
