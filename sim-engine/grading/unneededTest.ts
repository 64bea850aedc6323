import { findAll } from './match';
import type { Token } from './tokens';
import { BETTER, CANARY, EXPERIMENT, OTHER_GAINS } from './vocabulary';

/** Verbs of needing a test: "will not need", "doesn't require". */
const NEEDING = new Set(['need', 'require']);
/** How far before the test its verb of needing may stand: "will not need a separate A/B test". */
const NEED_REACH = 4;

/**
 * "If the canary cohort beats last week, we have our uplift and will not need a separate A/B
 * test": a gain read in a sentence about the canary, and the A/B test declared unneeded — the
 * canary taken for the experiment. "The canary only shows it is safe; we will not need an A/B
 * test because we are not claiming it is better" claims no gain.
 */
export function testDeclaredUnneeded(tokens: readonly Token[]): boolean {
  const unneeded = findAll(tokens, EXPERIMENT).some(
    (test) =>
      tokens[test.start]?.negated === true &&
      tokens
        .slice(Math.max(0, test.start - NEED_REACH), test.start)
        .some((token) => NEEDING.has(token.lemma)),
  );
  if (!unneeded || !findAll(tokens, CANARY).some((match) => !tokens[match.start]?.negated)) {
    return false;
  }
  return [...findAll(tokens, BETTER), ...findAll(tokens, OTHER_GAINS)].some(
    (gain) => !tokens[gain.start]?.negated,
  );
}
