import { opensOnLength } from './holdNotes';
import { stageShares } from './quantities';
import type { Sentence } from './sentences';
import type { Token } from './tokens';

/**
 * "First coat 5 %, polishing cloth 25 %, final gloss 100 %." then, a line or two on, "1,500
 * conversations at the first coat, seven days at the polishing cloth": a ladder's stages named by
 * the words before their shares, each then given a length by its name. The ladder and the
 * sentence that holds its stages (read by ramp.ts).
 */

/** Shares a ladder needs, as a ramp does. */
const LADDER_SHARES = 3;
/** Sentences after the ladder in which its stages may be held by name. */
const HELD_WITHIN = 3;
/** Stages that must be held by name: more than one, so a single "at the last" is not a ramp's. */
const HELD_BY_NAME = 2;
/** Words a stage's name may have: "polishing cloth", "the first coat". */
const NAME_WORDS = 3;
const SEPARATORS = new Set([',', ';', ':', 'then', '→', '>']);

export function laddersHeldByName(sentences: readonly Sentence[]): Sentence[] {
  const held: Sentence[] = [];
  sentences.forEach((ladder, i) => {
    const names = stageNames(ladder.tokens);
    if (names.size < LADDER_SHARES) return;
    const holding = sentences
      .slice(i + 1, i + 1 + HELD_WITHIN)
      .find((sentence) => heldByName(sentence.tokens, names) >= HELD_BY_NAME);
    if (holding !== undefined) held.push(ladder, holding);
  });
  return held;
}

/** The names before each share of a ladder: "first coat", "polishing cloth", "final gloss". */
function stageNames(tokens: readonly Token[]): Set<string> {
  const names = new Set<string>();
  const shares = stageShares(tokens);
  if (shares.length < LADDER_SHARES) return names;
  for (const share of shares) {
    let from = share.index;
    while (
      from > 0 &&
      tokens[from - 1]?.kind === 'word' &&
      !SEPARATORS.has(tokens[from - 1]?.text ?? '')
    ) {
      from--;
    }
    const words = tokens.slice(from, share.index).filter((token) => token.pos !== 'DET');
    if (words.length > 0 && words.length <= NAME_WORDS) {
      names.add(words.map((token) => token.text).join(' '));
    }
  }
  return names;
}

/** How many of the ladder's stages the sentence gives a length "at" by name. */
function heldByName(tokens: readonly Token[], names: ReadonlySet<string>): number {
  const found = new Set<string>();
  tokens.forEach((token, at) => {
    if (token.text !== 'at' || token.negated) return;
    const from = tokens[at + 1]?.pos === 'DET' ? at + 2 : at + 1;
    const name = [...names].find((candidate) => namedAt(tokens, from, candidate));
    if (name === undefined) return;
    let start = at;
    while (start > 0 && tokens[start - 1]?.kind !== 'mark') start--;
    if (opensOnLength(tokens.slice(start, at))) found.add(name);
  });
  return found.size;
}

function namedAt(tokens: readonly Token[], from: number, name: string): boolean {
  const words = name.split(' ');
  return words.every((word, k) => tokens[from + k]?.text === word);
}
