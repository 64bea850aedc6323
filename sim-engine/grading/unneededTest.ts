import { findAll } from './match';
import type { Token } from './tokens';
import { BETTER, CANARY, EXPERIMENT, OTHER_GAINS } from './vocabulary';

/** Verbs of needing a test: "will not need", "doesn't require". */
const NEEDING = new Set(['need', 'require']);
/** How far before the test its verb of needing may stand: "will not need a separate A/B test". */
const NEED_REACH = 4;

/** How far after the test its participle may stand: "no separate A/B test needed". */
const NEEDED_REACH = 2;

/**
 * "If the canary cohort beats last week, we have our uplift and will not need a separate A/B
 * test": a gain read in a sentence about the canary, and the A/B test declared unneeded — the
 * canary taken for the experiment. "The canary only shows it is safe; we will not need an A/B
 * test because we are not claiming it is better" claims no gain. The canary may be named in the
 * sentence before ("The canary is our proof. If the thumbs-up rise at the first stage, the warm
 * prompt is better …; no separate A/B test needed.").
 */
export function testDeclaredUnneeded(tokens: readonly Token[], canaryBefore = false): boolean {
  const unneeded = findAll(tokens, EXPERIMENT).some(
    (test) =>
      tokens[test.start]?.negated === true &&
      (tokens
        .slice(Math.max(0, test.start - NEED_REACH), test.start)
        .some((token) => NEEDING.has(token.lemma)) ||
        tokens.slice(test.end, test.end + NEEDED_REACH).some((token) => NEEDING.has(token.lemma))),
  );
  const canary =
    canaryBefore || findAll(tokens, CANARY).some((match) => !tokens[match.start]?.negated);
  if (!unneeded || !canary) return false;
  return [...findAll(tokens, BETTER), ...findAll(tokens, OTHER_GAINS)].some(
    (gain) => !tokens[gain.start]?.negated,
  );
}
