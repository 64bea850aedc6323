import type { Match } from './match';
import { findAll, has, hasAny, localLexicon } from './match';
import { isRejected } from './rejection';
import { openingWord } from './sentences';
import type { Token } from './tokens';
import { BETTER, CANARY, SAFE } from './vocabulary';

/**
 * The canary's side of the safe/better contrast (read by comparison.ts): the canary, or the
 * rollout, kept to the question of safety.
 */

/**
 * Words that put a question outside what the canary is for: "uplift is out of scope for the
 * canary", "beyond the canary's remit". Said of lift, they are the right view, not the
 * misconception.
 */
export const OUT_OF_SCOPE = localLexicon(
  'scope | remit | out of bounds | beyond what | beyond its | beyond the canary* | ' +
    'off the table | separate question | different question | another question | other question',
);
/** Words that confine the canary to one answer: "the canary only tells us it's safe". */
export const ONLY = localLexicon('only | just | merely | solely | purely');

/**
 * The canary's side of the contrast: the canary (or "it" just after it) is called safe, a sentence
 * sets safe against better ("this tells us it's safe, not that it's better"), or the canary is
 * denied as proof of better ("not to read the canary as proof that the new model is better").
 */
export function canaryAnswersSafety(
  tokens: readonly Token[],
  canary: boolean,
  previousCanary: boolean,
  better: boolean,
): boolean {
  // "Doesn't hurt anyone" says safe as much as "is safe" does.
  if (hasAny(tokens, SAFE)) {
    const pronoun = ['it', 'this', 'that'].includes(openingWord(tokens));
    if (canary || (previousCanary && pronoun) || better) return true;
    // "This only tells us the index is safe to run": the rollout just described, confined to safety.
    // So is the rollout named: "reaching 100 % will only tell us the SDK is safe".
    // "To be clear about what all this proves: only that nothing breaks": the plan, pointed at as
    // what shows, confined to safety.
    const pointed = opensOnPointer(tokens) || opensOnRollout(tokens) || pointerShows(tokens);
    if ((pointed && hasAny(tokens, ONLY)) || allItShows(tokens)) return true;
  }
  // "Out of scope: whether wallets lift orders": "better" put outside what the plan answers.
  if (better && hasAny(tokens, OUT_OF_SCOPE)) return true;
  // "I won't claim wallets lift conversion off the back of this": the rollout just described,
  // pointed at, is denied as the proof of a gain, as the canary named would be.
  if (!canary && !restsOnThis(tokens)) return false;
  // "The speed-up claim doesn't get proven by the canary": the canary denied as proof of a claim
  // is the canary kept to its own question, as "not evidence it is better" is.
  const denied = (match: Match) => isRejected(tokens, match.start);
  if (findAll(tokens, BETTER).some(denied) || findAll(tokens, PROOF).some(denied)) return true;
  // "Whether it is better is for a randomised A/B test afterwards, never for this canary": the
  // canary turned away from the question of "better" is kept to its own.
  return better && findAll(tokens, CANARY).some(denied);
}

/** Words before a pointer at the rollout as the ground of a claim: "off the back of this", "from this". */
const GROUNDS = new Set(['of', 'from', 'on']);

function restsOnThis(tokens: readonly Token[]): boolean {
  return tokens.some(
    (token, at) => token.text === 'this' && GROUNDS.has(tokens[at - 1]?.text ?? ''),
  );
}

/** Words for proof: what the canary does not give ("the claim isn't proven by the canary"). */
const PROOF = localLexicon('prove | proves | proven | proved | proof | establish* | demonstrat*');

/** The rollout as a subject: "reaching 100 %", "the ramp", "passing every stage". */
const ROLLOUT_SUBJECTS = new Set(['reaching', 'reach', 'ramp', 'rollout', 'passing', 'getting']);
const ROLLOUT_REACH = 3;

function opensOnRollout(tokens: readonly Token[]): boolean {
  return tokens
    .slice(0, ROLLOUT_REACH)
    .some((token) => ROLLOUT_SUBJECTS.has(token.text) && !token.negated);
}

/**
 * "Full time: this tells us the new index is safe.": the plan, pointed at, shows safety. Alone it
 * confines nothing (no "only"); comparison.ts reads it as the canary's side when the question of
 * "better" is raised and sent to a test straight after ("Better search? A/B test afterwards.").
 */
export function pointerShowsSafe(tokens: readonly Token[]): boolean {
  return has(tokens, SAFE) && pointerShows(tokens);
}

/** Verbs of what a plan shows: "what all this proves", "all of this tells us". */
const SHOWING = new Set(['prove', 'show', 'tell', 'demonstrate']);

/** A pointer back as the subject of a verb of showing: "what all this proves", "this shows". */
function pointerShows(tokens: readonly Token[]): boolean {
  return tokens.some(
    (token, at) =>
      (token.text === 'this' || token.text === 'that') &&
      SHOWING.has(tokens[at + 1]?.lemma ?? '') &&
      !token.negated,
  );
}

/**
 * "All this shows me is that it's safe": "all" before the pointer confines what the plan shows,
 * as "only" does.
 */
function allItShows(tokens: readonly Token[]): boolean {
  return tokens.some(
    (token, at) =>
      token.text === 'all' &&
      !token.negated &&
      ['this', 'that', 'it'].includes(tokens[at + 1]?.text ?? '') &&
      SHOWING.has(tokens[at + 2]?.lemma ?? ''),
  );
}

/** "This …", "And this …", "But that …": a sentence opening on a pointer back. */
function opensOnPointer(tokens: readonly Token[]): boolean {
  // "Just that it's safe.": the confining word may come first, spoken after "This won't tell us …".
  const at = tokens.findIndex(
    (token) => token.kind !== 'mark' && token.pos !== 'CCONJ' && !CONFINING.has(token.text),
  );
  return ['it', 'this', 'that'].includes(tokens[at]?.text ?? '');
}
const CONFINING = new Set(['just', 'only', 'merely']);
