import type { Token } from './tokens';

const MOTIONS = new Set(['move', 'go', 'jump', 'step']);
/** How many words may stand between the signing and the motion it signs: "sign the move to". */
const SIGNED_REACH = 3;

/**
 * "Both sign the move to 5 %": a motion to the next share, signed, is a stage change signed for,
 * though no word for a stage is said. "We move to 5 % and I sign the notes" signs something else.
 */
export function signsMoveToShare(tokens: readonly Token[]): boolean {
  return tokens.some(
    (token, i) =>
      MOTIONS.has(token.lemma) &&
      tokens[i + 1]?.text === 'to' &&
      tokens[i + 2]?.kind === 'number' &&
      tokens.slice(Math.max(0, i - SIGNED_REACH), i).some((before) => before.lemma === 'sign'),
  );
}
