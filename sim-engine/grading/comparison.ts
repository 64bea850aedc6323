import type { Findings } from './findings';
import { emptyFindings, noteDetail, noteMisconception, noteNamed } from './findings';
import { fragmentsWith, has, hasAffirmed, lexicon, statesUnrejected } from './match';
import type { Sentence } from './sentences';
import type { Token } from './tokens';
import {
  BETTER,
  CANARY,
  EXPERIMENT,
  HEDGE,
  NOT_RANDOM,
  SAFE,
  SAME_AS_AB,
  SEQUENCE,
} from './vocabulary';

/** Canary vs A/B: the canary says safe, a randomised A/B test says better, and which comes first. */

const NEGATORS = lexicon('not | no | never | without | nor | neither | unlike | rather | instead');

/** Finds the safe/better split, randomisation, the A/B test following, and lift read from a canary. */
export function detectCanaryVsAb(sentences: readonly Sentence[]): Findings {
  const findings = emptyFindings();
  let canarySafe: Sentence | null = null;
  let testBetter: Sentence | null = null;
  for (const sentence of sentences) {
    const tokens = sentence.tokens;
    const experiment = hasAffirmed(tokens, EXPERIMENT);
    const canary = has(tokens, CANARY);
    if (experiment) noteNamed(findings, sentence);
    if (sentence.isClause && canary && hasAffirmed(tokens, SAFE)) canarySafe ??= sentence;
    if (sentence.isClause && experiment && hasAffirmed(tokens, BETTER)) testBetter ??= sentence;
    if ((experiment || canary) && has(tokens, NOT_RANDOM)) {
      noteDetail(findings, 'randomised', sentence);
    }
    if (experiment && has(tokens, SEQUENCE)) noteDetail(findings, 'sequence', sentence);
    if (readsLiftFromCanary(tokens) || statesUnrejected(tokens, SAME_AS_AB)) {
      noteMisconception(findings, sentence);
    }
  }
  if (canarySafe !== null && testBetter !== null) {
    noteDetail(findings, 'safe-better', testBetter);
  }
  return findings;
}

/** "The canary tells us whether it is better": a fragment about the canary claiming lift, unhedged. */
function readsLiftFromCanary(tokens: readonly Token[]): boolean {
  const better = fragmentsWith(tokens, BETTER);
  if (better.size === 0) return false;
  const canary = fragmentsWith(tokens, CANARY);
  const excused = [EXPERIMENT, HEDGE, NEGATORS].map((lex) => fragmentsWith(tokens, lex));
  return [...better].some(
    (fragment) => canary.has(fragment) && excused.every((set) => !set.has(fragment)),
  );
}
