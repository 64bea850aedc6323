import type { Token } from './tokens';
import { normaliseText, tokenise } from './tokens';
import { isVerb } from './verbs';

/** One sentence of an answer: its own words for evidence, its tokens for matching. */
export interface Sentence {
  readonly index: number;
  /** As the learner wrote it, trimmed (quoted back as evidence). */
  readonly text: string;
  readonly tokens: readonly Token[];
  /** Word and number tokens. */
  readonly words: number;
  readonly verbs: number;
  /** A verb and not a comma-separated run of short fragments: only clauses earn credit. */
  readonly isClause: boolean;
}

/** Answers are spoken-style and short; longer text is graded on its beginning so grading stays fast. */
export const MAX_ANSWER_CHARS = 30_000;

const BULLET = /^\s*(?:[-*•·▪‣◦>]|\d{1,2}[.)]|\(?[a-z][.)])\s+/u;
const ENDS_SENTENCE = /[.!?:;]\s*$/;
const ABBREVIATIONS = new Set(['vs', 'e.g', 'i.e', 'etc', 'approx', 'incl', 'cf', 'esp', 'min']);

/** Splits an answer into sentences: bullets and blank lines break, hard-wrapped lines rejoin. */
export function splitSentences(answer: string): Sentence[] {
  const texts = blocks(answer.slice(0, MAX_ANSWER_CHARS)).flatMap(splitBlock);
  return texts.map((text, index) => analyse(text, index));
}

function blocks(answer: string): string[] {
  const lines = answer.replace(/\r\n?/g, '\n').replace(/\p{Cc}/gu, (c) => (c === '\n' ? c : ' '));
  const result: string[] = [];
  let current = '';
  for (const line of lines.split('\n')) {
    const bullet = BULLET.test(line);
    const blank = line.trim() === '';
    if (bullet || blank || ENDS_SENTENCE.test(current) || current === '') {
      if (current.trim() !== '') result.push(current.trim());
      current = blank ? '' : line.replace(BULLET, '');
    } else {
      current = `${current} ${line.trim()}`;
    }
  }
  if (current.trim() !== '') result.push(current.trim());
  return result;
}

function splitBlock(block: string): string[] {
  const parts: string[] = [];
  let start = 0;
  for (const match of block.matchAll(/[.!?]+(?=\s|$)/g)) {
    const end = match.index + match[0].length;
    const tail = block.slice(Math.max(start, end - 12), end);
    const before = /([\p{L}.]+)\.$/u.exec(tail)?.[1]?.toLowerCase();
    if (match[0] === '.' && before !== undefined && ABBREVIATIONS.has(before)) continue;
    parts.push(block.slice(start, end).trim());
    start = end;
  }
  parts.push(block.slice(start).trim());
  return parts.filter((part) => /[\p{L}\p{N}]/u.test(part));
}

function analyse(text: string, index: number): Sentence {
  const tokens = tokenise(normaliseText(text));
  const words = tokens.filter((token) => token.kind !== 'mark').length;
  const verbs = tokens.filter((token) => token.kind === 'word' && isVerb(token.text)).length;
  return { index, text, tokens, words, verbs, isClause: verbs > 0 && !isList(tokens) };
}

/** "canary, rollback, thresholds, p99": mostly fragments of three words or fewer. */
function isList(tokens: readonly Token[]): boolean {
  const lengths: number[] = [0];
  for (const token of tokens) {
    if (token.text === ',' || token.text === ';') lengths.push(0);
    else if (token.kind !== 'mark') lengths[lengths.length - 1] = (lengths.at(-1) ?? 0) + 1;
  }
  const short = lengths.filter((length) => length <= 3).length;
  return lengths.length >= 4 && short / lengths.length >= 0.7;
}
