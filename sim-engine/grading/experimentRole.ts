import type { Match } from './match';
import { findAll, fragmentOf, lexicon } from './match';
import { isRejected } from './rejection';
import type { Token } from './tokens';
import { EXPERIMENT } from './vocabulary';

/**
 * A verb that gives its subject a second role: "doubles as", "serves as", "counts as". Said of
 * the canary with an experiment as the role ("it doubles as our experiment"), it is the
 * misconception that the canary is the A/B test, whatever verb carries it.
 */
const PLAYS_ROLE = lexicon(
  'double as | doubles as | doubling as | serve as | serves as | act as | acts as | count as | ' +
    'counts as | work as | works as | function as | functions as | stand in for | stands in for',
);
/** At most a determiner and a word or two between the role verb and the experiment. */
const ROLE_REACH = 3;

/** The role-verb phrases whose role is an experiment, unrejected ("not our experiment" is not). */
export function rolesAsExperiment(tokens: readonly Token[]): readonly Match[] {
  const experiments = findAll(tokens, EXPERIMENT);
  if (experiments.length === 0) return experiments;
  const fragment = fragmentOf(tokens);
  return findAll(tokens, PLAYS_ROLE).filter(
    (role) =>
      !isRejected(tokens, role.start) &&
      experiments.some(
        (experiment) =>
          fragment[experiment.start] === fragment[role.start] &&
          experiment.start >= role.end &&
          experiment.start - role.end < ROLE_REACH,
      ),
  );
}

/** Verbs that give their object a role with "as": "treat this canary as our experiment". */
const GIVES_ROLE = new Set(['treat', 'use', 'run', 'count', 'see', 'regard', 'consider', 'view']);
/** The object the role is given to: the canary itself. */
const CANARY_WORDS = new Set(['canary', 'canaries', 'rollout', 'rollouts']);
/** At most a determiner and a word or two for the object ("this canary", "the staged rollout"). */
const OBJECT_REACH = 3;

/**
 * "I'd treat this canary as our experiment", "we use the rollout as the test": the canary given
 * an experiment's role by a verb and "as", unrejected ("I would not treat the canary as …").
 */
export function canaryGivenExperimentRole(tokens: readonly Token[]): boolean {
  const experiments = findAll(tokens, EXPERIMENT);
  if (experiments.length === 0) return false;
  for (let verb = 0; verb < tokens.length; verb++) {
    if (!GIVES_ROLE.has(tokens[verb]?.lemma ?? '') || isRejected(tokens, verb)) continue;
    const as = tokens.findIndex(
      (t, at) => at > verb && at <= verb + OBJECT_REACH + 1 && t.text === 'as',
    );
    if (as < 0) continue;
    const object = tokens.slice(verb + 1, as);
    if (!object.some((token) => CANARY_WORDS.has(token.text))) continue;
    if (experiments.some((e) => e.start > as && e.start - as <= ROLE_REACH)) return true;
  }
  return false;
}

/** Words that say what something is, plainly or nearly: "is effectively our A/B test". */
const COPULA_DETERMINERS = new Set(['a', 'an', 'the', 'our', 'my', 'its']);
const ADVERB_REACH = 2;

/**
 * "The canary group is effectively our A/B test", "is in practice the experiment": a form of "be",
 * a hedge of an adverb or two and a determiner, then an experiment — the thing before it called
 * an experiment, whatever adverb softens it. Unrejected ("is not our A/B test" is not).
 */
export function calledAnExperiment(tokens: readonly Token[]): readonly Match[] {
  const called: Match[] = [];
  for (const experiment of findAll(tokens, EXPERIMENT)) {
    let at = experiment.start - 1;
    if (!COPULA_DETERMINERS.has(tokens[at]?.text ?? '')) continue;
    at--;
    for (let adverbs = 0; adverbs < ADVERB_REACH && tokens[at]?.pos === 'ADV'; adverbs++) at--;
    const be = tokens[at];
    if (be?.lemma === 'be' && !be.negated && !isRejected(tokens, at)) {
      called.push({ start: at, end: experiment.end });
    }
  }
  return called;
}

/** How far past the canary its "is one" may stand: "the canary already is one". */
const STANDS_IN_REACH = 4;

/**
 * "No need for a separate A/B test afterwards; the canary already is one.": an experiment named,
 * then the canary said to be one — the A/B test dismissed because the canary is taken for it.
 */
export function canaryStandsInForTest(tokens: readonly Token[]): boolean {
  const experiment = findAll(tokens, EXPERIMENT)[0];
  if (experiment === undefined) return false;
  return tokens.some((token, at) => {
    if (at <= experiment.start || !CANARY_WORDS.has(token.text) || token.negated) return false;
    const rest = tokens.slice(at + 1, at + 1 + STANDS_IN_REACH);
    const being = rest.findIndex((word) => word.lemma === 'be' && !word.negated);
    if (being < 0) return false;
    // "is one" ends its clause: "the canary is one step before it" names no test.
    let one = at + 2 + being;
    while (tokens[one]?.pos === 'ADV') one++;
    const closes = (tokens[one + 1]?.kind ?? 'mark') === 'mark';
    return tokens[one]?.text === 'one' && !tokens[one]?.negated && closes;
  });
}

/** Pronouns that stand for a subject named earlier in the sentence. */
const SUBJECT_PRONOUNS = new Set(['it', 'this']);

/**
 * "The point of this canary is to prove it is as good and ideally better, so it doubles as our
 * A/B test": the role given to a pronoun whose nearest candidate before it is the canary — no
 * experiment named between them, which "it" could stand for instead.
 */
export function canaryRoleByPronoun(
  tokens: readonly Token[],
  roles: readonly Match[] = rolesAsExperiment(tokens),
): boolean {
  if (roles.length === 0) return false;
  const experiments = findAll(tokens, EXPERIMENT);
  const canaries = tokens.flatMap((token, at) => (CANARY_WORDS.has(token.text) ? [at] : []));
  return roles.some((role) => {
    if (!SUBJECT_PRONOUNS.has(tokens[role.start - 1]?.text ?? '')) return false;
    const canary = canaries.filter((at) => at < role.start - 1).pop();
    if (canary === undefined || tokens[canary]?.negated) return false;
    return !experiments.some((e) => e.start > canary && e.start < role.start);
  });
}
