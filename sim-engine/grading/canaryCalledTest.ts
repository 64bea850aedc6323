import {
  calledAnExperiment,
  canaryGivenExperimentRole,
  canaryRoleByPronoun,
  canaryStandsInForTest,
  rolesAsExperiment,
} from './experimentRole';
import type { Match } from './match';
import { findAll, fragmentOf, lexicon } from './match';
import { findUnrejected } from './rejection';
import { openingWord } from './sentences';
import type { Token } from './tokens';
import { CANARY, SAME_AS_AB } from './vocabulary';

/**
 * The canary called the A/B test (read by comparison.ts as the canary-vs-ab misconception): "the
 * canary is really our A/B test", "what this canary is for: it's our A/B test".
 */

/** Words that place the A/B test after the canary: "that's an A/B test later". */
const AFTERWARDS = lexicon(
  'later | afterwards | afterward | after* | then | next | follow* | subsequent* | once | eventually',
);
const PRO_FORMS = new Set(['it', 'this', 'that', 'which']);

/**
 * "The canary is really our A/B test": the claim needs the canary as its subject, in the sentence
 * or as the "it"/"that" opening it right after a sentence about the canary, and it is not the
 * misconception when it places the A/B test after the canary ("That's an A/B test later").
 */
export function callsCanaryAnAbTest(tokens: readonly Token[], canaryBefore: boolean): boolean {
  if (canaryGivenExperimentRole(tokens) || canaryStandsInForTest(tokens)) return true;
  const experimentRoles = rolesAsExperiment(tokens);
  if (canaryRoleByPronoun(tokens, experimentRoles)) return true;
  const roles = [...experimentRoles, ...calledAnExperiment(tokens)];
  const named = findUnrejected(tokens, SAME_AS_AB);
  const stated = roles.length === 0 ? named : [...named, ...roles];
  if (stated.length === 0) return false;
  const fragment = fragmentOf(tokens);
  // The placing word belongs to the claim's own fragment: "an A/B test later", not "… and later
  // we roll out to everyone".
  const placedAfter = new Set(findAll(tokens, AFTERWARDS).map((match) => fragment[match.start]));
  const claims = stated.filter((claim) => !placedAfter.has(fragment[claim.start]));
  const canary = findAll(tokens, CANARY);
  const aboutCanary = (start: number) =>
    canary.some((match) => match.start < start && isSubjectOf(tokens, match.start, start));
  const opensOnCanary = canaryBefore && PRO_FORMS.has(openingWord(tokens));
  const afterColon = canaryBeforeColon(tokens, canary);
  return claims.some(
    (claim) =>
      aboutCanary(claim.start) ||
      (opensOnCanary && fragment[claim.start] === 0) ||
      (afterColon >= 0 && fragment[claim.start] === fragment[afterColon]),
  );
}

/**
 * "Let me say plainly what this canary is for: it's our A/B test": "it" opening what follows a
 * colon is the canary named before it. The pronoun's place, or -1.
 */
function canaryBeforeColon(tokens: readonly Token[], canary: readonly Match[]): number {
  const colon = tokens.findIndex((token) => token.text === ':');
  if (colon < 0 || !PRO_FORMS.has(tokens[colon + 1]?.text ?? '')) return -1;
  const named = canary.some((match) => match.start < colon && !tokens[match.start]?.negated);
  return named ? colon + 1 : -1;
}

/** Marks after which a new clause has its own subject: "the canary says safe; whether … is an A/B". */
const CLAUSE_BREAKS = new Set([';', ':', '—', '–', '.', '?', '!', 'whether', 'if', 'and', 'but']);

/**
 * The canary is the claim's subject: its own fragment holds both, or only a parenthesis stands
 * between them ("The canary, honestly, is our A/B test"), never a clause of its own after a
 * semicolon, a colon, "whether", "and" or "but".
 */
function isSubjectOf(tokens: readonly Token[], canaryAt: number, claimAt: number): boolean {
  // "The canary is a safety check and the A/B test is our experiment": a clause between them
  // has its own subject, in one fragment or not.
  for (let at = canaryAt + 1; at < claimAt; at++) {
    if (CLAUSE_BREAKS.has(tokens[at]?.text ?? '')) return false;
  }
  const fragment = fragmentOf(tokens);
  if (fragment[canaryAt] === fragment[claimAt]) return true;
  // The claim opens its fragment: its subject is the canary before the parenthesis.
  return [',', ')', '('].includes(tokens[claimAt - 1]?.text ?? '');
}
