import { findAll, fragmentOf, fragmentsWith, hasAny, localLexicon } from './match';
import { isRejected } from './rejection';
import type { Token } from './tokens';
import { BETTER, CANARY, EXPERIMENT, SAFE } from './vocabulary';

/**
 * "Larger photos should sell more, and the canary is how we prove it": the canary named as the
 * proof of a gain said in the same sentence, whichever fragment holds the gain. Read by
 * comparison.ts as the misconception that the canary shows the change is better. Not when the
 * proof is denied ("the canary can't prove it sells more"), when the sentence keeps the canary
 * to safety ("the canary proves it is safe, not that it is better"), or when the proof's or the
 * gain's own fragment hands it to an experiment. A noun of proof ("someone reads a clean canary
 * as proof that …") reports a reading, often to warn against it, so only the verb counts.
 */

/** Proof given by the canary: "the canary is how we prove it", "the canary proves that". */
const PROOF = localLexicon(
  'prove | proves | proved | proven | proving | ' +
    // "The main thing this canary gives us is the answer to whether it sells more."
    'answer to whether | answers whether | tells us whether | tell us whether | ' +
    // "the canary also gives us the proof that reviews above the fold sell more"
    'gives us the proof | give us the proof | gives us proof | give us proof',
);
/** A gain said as sales rather than "better": "should sell more", "people buy more". */
const GAIN = localLexicon(
  'sell more | sells more | buy more | buys more | convert more | converts more | ' +
    'pay for itself | pays for itself | paid for itself',
);

/** "Proving it is better is beyond the canary's remit": the proof put outside what the canary is for. */
const OUTSIDE = localLexicon('beyond | remit | scope | outside');

export function provesGainWithCanary(tokens: readonly Token[]): boolean {
  if (!hasAny(tokens, CANARY) || hasAny(tokens, SAFE) || hasAny(tokens, OUTSIDE)) return false;
  const fragment = fragmentOf(tokens);
  const canary = fragmentsWith(tokens, CANARY);
  const experiments = fragmentsWith(tokens, EXPERIMENT);
  // "… but proving that needs a randomised A/B test after the canary": the test proves, not the canary.
  const purpose = opensOnCanaryPurpose(tokens);
  const proofByCanary = findAll(tokens, PROOF).some((proof) => {
    const where = fragment[proof.start] ?? -1;
    // "If ratings in the canary beat the rest, that proves …": a pointer to the canary's result.
    const byCanary =
      canary.has(where) || purpose || pointsBackTo(tokens, fragment, where, canary, experiments);
    return byCanary && !experiments.has(where) && !isRejected(tokens, proof.start);
  });
  if (!proofByCanary) return false;
  return [...findAll(tokens, BETTER), ...findAll(tokens, GAIN)].some(
    (gain) => !isRejected(tokens, gain.start) && !experiments.has(fragment[gain.start] ?? -1),
  );
}

const POINTERS = new Set(['that', 'this', 'it', 'which']);

/**
 * The fragment opens on a pointer, and an earlier fragment names the canary with no experiment
 * between them: "we compare the canary clinics' ratings with everyone else's, and if theirs are
 * higher, that proves …" points at the canary's result past the condition.
 */
function pointsBackTo(
  tokens: readonly Token[],
  fragment: readonly number[],
  where: number,
  canary: ReadonlySet<number>,
  experiments: ReadonlySet<number>,
): boolean {
  const opening = fragment.indexOf(where);
  const first = tokens.slice(opening).find((token) => token.kind !== 'mark');
  if (!POINTERS.has(first?.text ?? '')) return false;
  const named = [...canary].filter((at) => at < where);
  if (named.length === 0) return false;
  const latest = Math.max(...named);
  return ![...experiments].some((at) => at > latest && at <= where);
}

/** The canary's purpose as the sentence's subject: "The point of this canary, for me, is to …". */
const PURPOSES = new Set(['point', 'purpose', 'goal', 'aim', 'job', 'idea']);
const PURPOSE_REACH = 4;

function opensOnCanaryPurpose(tokens: readonly Token[]): boolean {
  const purpose = tokens.findIndex((token, at) => at < 3 && PURPOSES.has(token.lemma));
  if (purpose < 0 || tokens[purpose + 1]?.text !== 'of') return false;
  return findAll(tokens, CANARY).some(
    (match) => match.start > purpose && match.start <= purpose + PURPOSE_REACH,
  );
}
