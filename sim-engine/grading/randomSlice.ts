import { findAll, fragmentOf, fragmentsWith, has, hasAny, lexicon, localLexicon } from './match';
import type { Token } from './tokens';
import { EXPERIMENT, RANDOM } from './vocabulary';

/**
 * A random slice as the canary's cohort (read by cohorts.ts): "start with a random 1 % of users",
 * "random is the fairest cohort" — the plan itself, not the A/B test's randomisation, and not a
 * random pick judged out ("a random 5 % would hide the big accounts").
 */

const DENIAL = lexicon(
  'not | no | never | nothing | without | instead | rather | unlike | than | nor | avoid | wrong | mistake | ' +
    // What a random pick is judged to bring: "…, the worst place to find a bug".
    'worst place | worst time | worst moment | worst way | worst spot | worst possible',
);
/** Random picking judged by what it costs, in its own fragment: "a random 5 % would hide …". */
const JUDGED_OUT = localLexicon(
  'hide* | hiding | mask* | dilut* | bury | buries | scope | remit | too | ' +
    // "… their bad experience gets averaged away", "lets them in by accident".
    'averaged away | average away | averages away | washed out | washes out | by accident | ' +
    // "A random slice puts enterprise admins in on day one": whom it lets in, as a cost.
    'puts | throws',
);
const SLICE = lexicon('sample | slice | subset | users | traffic | percent | portion | selection');
/**
 * What a random pick is praised for: "random is the fairest cohort", "the sample is unbiased".
 * Not "representative": "drawn at random, so each stage is representative" (bl029) was labelled a
 * middling answer's weak order, not a misconception that leads it.
 */
const PRAISED = lexicon('fairest | unbiased | least biased');

/** What "but it …" points back at. */
const POINTING_BACK = new Set(['it', 'that', 'this']);

/**
 * "Random is a cleaner sample, but it could put a busy clinic on day one": the random pick
 * conceded a merit, then objected to with "but", a pronoun pointing back at it and the risk.
 */
function concededThenObjected(tokens: readonly Token[]): boolean {
  const randomAt = findAll(tokens, RANDOM)[0]?.start ?? -1;
  return tokens.some(
    (token, i) =>
      i > randomAt &&
      randomAt >= 0 &&
      token.text === 'but' &&
      POINTING_BACK.has(tokens[i + 1]?.text ?? '') &&
      RISKS.has(tokens[i + 2]?.text ?? ''),
  );
}

/** The risk an objection names: "but it could …", "but that might …"; not "but it has to …". */
const RISKS = new Set(['could', 'might', 'may', 'would', 'can', 'will']);

/**
 * "Start with a random 1 % of users": random as the plan itself — not the A/B test's
 * randomisation, and not a sentence that rejects it ("a random slice tells us nothing").
 */
export function endorsesRandom(tokens: readonly Token[]): boolean {
  return (
    has(tokens, RANDOM) &&
    // A share of traffic is a slice too: "route 10 % at random".
    (has(tokens, SLICE) ||
      has(tokens, PRAISED) ||
      tokens.some((token) => token.unit === 'percent' && !token.negated)) &&
    // "The right canary cohort is a random 5 %, … the only fair test": the canary itself is
    // the random pick, whatever the test it is called.
    (!hasAny(tokens, EXPERIMENT) || canaryIsRandom(tokens)) &&
    !hasAny(tokens, DENIAL) &&
    !judgedInItsFragment(tokens)
  );
}

/** "A random 5 % would hide the big accounts; …": judged out where the random pick is named. */
function judgedInItsFragment(tokens: readonly Token[]): boolean {
  if (concededThenObjected(tokens)) return true;
  const judged = fragmentsWith(tokens, JUDGED_OUT);
  if (judged.size === 0) return false;
  const fragment = fragmentOf(tokens);
  return findAll(tokens, RANDOM).some((match) => judged.has(fragment[match.start] ?? -1));
}

/** Words between "canary" and "random": "canary cohort is a random", "canary should be random". */
const CANARY_REACH = 5;
const BE = new Set(['be', 'is', 'are', 'was']);

/** "The right canary cohort is a random 5 %": the canary's group said to be the random pick. */
function canaryIsRandom(tokens: readonly Token[]): boolean {
  const randoms = findAll(tokens, RANDOM);
  return tokens.some((token, at) => {
    if (token.text !== 'canary' || token.negated) return false;
    const reach = tokens.slice(at + 1, at + 1 + CANARY_REACH);
    const be = reach.findIndex((next) => BE.has(next.lemma) || BE.has(next.text));
    return (
      be >= 0 &&
      randoms.some((match) => match.start > at + 1 + be && match.start <= at + 1 + CANARY_REACH + 2)
    );
  });
}
