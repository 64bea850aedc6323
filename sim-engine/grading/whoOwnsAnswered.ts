import type { Token } from './tokens';

/** Words from "who owns what" to the "me" that answers it: ", which is me". */
const WHO_OWNS_REACH = 4;

/**
 * "The first hail is who owns what, which is me for the order of cohorts, …, and engineering for
 * the routing …": the question named, then answered with the speaker for the decisions; where
 * the speaker's share begins, or -1.
 */
export function meForAfterWhoOwns(tokens: readonly Token[]): number {
  const asked = tokens.findIndex(
    (token, at) =>
      token.text === 'who' && tokens[at + 1]?.lemma === 'own' && tokens[at + 2]?.text === 'what',
  );
  if (asked < 0) return -1;
  for (let me = asked + 3; me <= asked + 3 + WHO_OWNS_REACH; me++) {
    if (tokens[me]?.text !== 'me') continue;
    const answered = tokens[me - 1]?.lemma === 'be' && tokens[me + 1]?.text === 'for';
    return answered ? me + 2 : -1;
  }
  return -1;
}
