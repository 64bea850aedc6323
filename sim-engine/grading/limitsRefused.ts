import type { Match } from './match';
import type { Token } from './tokens';

/**
 * Limits refused in so many words, read by limitTiming.ts beside the limits' own words: not
 * written down ("I don't write stop numbers down"), or said to be unknowable before the start
 * ("nobody can know the right rollback limits before the game starts"). Either is the thresholds
 * misconception: the lines are left to be drawn while watching.
 */

const DOWN_REACH = 5;
/** Verbs that fix limits "down": written, pinned or nailed down. */
const DOWN_VERBS = new Set(['write', 'pin', 'nail']);

/**
 * "I don't write stop numbers down before we roll", "I'd rather not pin numbers down ahead of
 * time": writing (or pinning) the limits down is committing them first (PRECOMMIT's "write down",
 * here with the limits between), and the speaker refuses it (limitTiming.ts lets a time after the
 * start say the limits were written first).
 */
export function refusesWritingDown(tokens: readonly Token[]): boolean {
  return tokens.some(
    (token, at) =>
      token.negated &&
      DOWN_VERBS.has(token.lemma) &&
      // Right after "not" the tagger may take the verb for a noun: "I'd rather not pin …".
      (token.pos === 'VERB' || tokens[at - 1]?.text === 'not') &&
      ownNegator(tokens, at) &&
      tokens.slice(at + 1, at + 1 + DOWN_REACH).some((word) => word.text === 'down'),
  );
}

const NEGATORS = new Set(['not', 'never', "n't"]);

/**
 * "I don't write", "we never write": the writing negated by its own clause, not by a negation
 * reaching it from a verb before ("the next cohort does not move, stop limits written down").
 */
function ownNegator(tokens: readonly Token[], verb: number): boolean {
  // "don't write", "won't ever write"; not "limits we would never cross, written down".
  const between = tokens[verb - 1];
  const adverb = between?.pos === 'ADV' || between?.pos === 'AUX';
  const negator =
    NEGATORS.has(between?.text ?? '') ||
    (adverb && NEGATORS.has(tokens[verb - 2]?.text ?? '')) ||
    believedIn(tokens, verb);
  return negator && !supposed(tokens, verb);
}

/** "I don't believe in writing them down": the writing refused as a practice. */
function believedIn(tokens: readonly Token[], verb: number): boolean {
  const believe = tokens[verb - 2];
  return tokens[verb - 1]?.text === 'in' && believe?.lemma === 'believe' && believe.negated;
}

const SUPPOSING = new Set(['if', 'unless']);
const SUPPOSING_REACH = 5;

/** "… that if you don't write these down first, every spike becomes noise": a case, not a plan. */
function supposed(tokens: readonly Token[], verb: number): boolean {
  const before = tokens.slice(Math.max(0, verb - SUPPOSING_REACH), verb);
  return before.some((word) => SUPPOSING.has(word.text));
}

const KNOW_REACH = 5;
const ASKING = new Set(['whether', 'if', 'how', 'when']);
const DENIERS = new Set(['nobody', 'no', 'not', "n't", 'never', 'cannot']);

/** "Nobody can know", "you can't know", "there's no knowing": knowing negated by its own clause. */
export function knowingDenied(tokens: readonly Token[]): boolean {
  return knowingAt(tokens) >= 0;
}

function knowingAt(tokens: readonly Token[]): number {
  return tokens.findIndex(
    (token, at) =>
      token.lemma === 'know' &&
      tokens.slice(Math.max(0, at - 3), at).some((word) => DENIERS.has(word.text)),
  );
}

/**
 * "Nobody can know the right rollback limits before the game starts": knowing denied, the limits
 * its object, and a time before the start after them.
 */
export function saidUnknowableFirst(
  tokens: readonly Token[],
  limits: readonly Match[],
  beforehand: readonly Match[],
): boolean {
  const know = knowingAt(tokens);
  if (know < 0) return false;
  // "… the right number of stages" counts something else.
  const object = limits.find(
    (match) =>
      match.start > know && match.start <= know + KNOW_REACH && tokens[match.end]?.text !== 'of',
  );
  if (object === undefined) return false;
  // "Nobody can know whether the limits will hold": a question about limits already set.
  if (tokens.slice(know + 1, object.start).some((word) => ASKING.has(word.text))) return false;
  const first = (at: number) => at >= object.end && at <= object.end + KNOW_REACH;
  return (
    beforehand.some((match) => first(match.start)) ||
    tokens.some((token, at) => token.text === 'before' && first(at))
  );
}

/** Pro-forms for limits named just before: "I don't write any down", "we won't pin them down". */
const POINTING_BACK = new Set(['any', 'them', 'those', 'these']);

/**
 * "Limits set before you've seen the water are guesses. I don't write any down ahead of time.":
 * writing down refused of a pro-form, after a sentence about the limits (read by thresholds.ts,
 * which knows what came before).
 */
export function refusesWritingThemDown(tokens: readonly Token[]): boolean {
  return refusesWritingDown(tokens) && tokens.some((token) => POINTING_BACK.has(token.text));
}
