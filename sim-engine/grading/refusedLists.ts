import { NEGATOR_WORDS } from './match';
import type { Token } from './tokens';

/**
 * A heading that refuses ("What I would not do for this change:", "Things to avoid:", "Not
 * doing:") scopes its refusal over every item of the list under it, as "I would not do a, b or c"
 * does over its objects: the items are what the answer turns down, not its plan. A heading that
 * sets a limit or a gate ("What we won't tolerate:", "We don't advance until:") heads the plan's
 * own limits, and one that tells another party's refusal ("What they won't do:") is theirs.
 */

/** Verbs whose negation states a limit or a gate, not a refusal of the items. */
const LIMIT_VERBS = new Set([
  'tolerate',
  'accept',
  'allow',
  'exceed',
  'happen',
  'cross',
  'breach',
  'pass',
  'see',
  'go',
  'let',
  'ship',
  'move',
  'advance',
  'promote',
  'widen',
  'proceed',
  'continue',
]);
/** Verbs that refuse without a negator: "Things to avoid:", "What I'd skip:". */
const AVOIDING = new Set(['avoid', 'skip', 'refuse', 'reject']);
/** A condition makes the heading a gate: "We won't advance until:", "Don't move on unless:". */
const CONDITIONS = new Set(['until', 'unless', 'if', 'before', 'when', 'without', 'after', 'once']);
/** Another party's refusal is theirs: "What they won't do:". */
const OTHER_PARTIES = new Set(['he', 'she', 'they', 'you', 'people', 'teams', 'others']);
const VERB_REACH = 3;

/**
 * Whether a sentence is a heading that refuses the list under it: ending in a colon, or a
 * Markdown heading of its own ("### Won't do" over its bullets).
 */
export function headsRefusedList(tokens: readonly Token[], markedHeading = false): boolean {
  if (tokens.at(-1)?.text !== ':' && !markedHeading) return false;
  if (tokens.some((token) => CONDITIONS.has(token.text) || OTHER_PARTIES.has(token.text))) {
    return false;
  }
  return tokens.some((token, at) => {
    if (AVOIDING.has(token.lemma)) return !token.negated;
    if (leavesOut(tokens, at)) return true;
    return NEGATOR_WORDS.has(token.text) && refusesDoing(tokens, at);
  });
}

/**
 * The same heading written before its list in one sentence ("Three things I'd leave out of this
 * release: …"). Only a verb that refuses by itself counts: a negator before a colon in a sentence
 * more often qualifies its own clause ("lines drawn beforehand, not judged at dawn: …").
 */
export function refusesListAfterColon(head: readonly Token[]): boolean {
  if (head.some((token) => CONDITIONS.has(token.text) || OTHER_PARTIES.has(token.text))) {
    return false;
  }
  return head.some((token, at) => {
    const refuses = (AVOIDING.has(token.lemma) && !token.negated) || leavesOut(head, at);
    // "To avoid unnecessary risk: …", "Skipping the holds was ruled out: …": the verb has an
    // object of its own, so the list after the colon is not what it refuses.
    return refuses && !OBJECT_OPENERS.has(head[at + 1]?.pos ?? '');
  });
}

const OBJECT_OPENERS = new Set(['DET', 'NOUN', 'ADJ', 'PROPN', 'PRON', 'NUM']);

/** Words that make "left out" a stage's exclusions: "Left out of the first stage:". */
const STAGE_WORDS = new Set(['stage', 'step', 'phase', 'wave', 'ring', 'first', '%', 'percent']);

/**
 * "Things I'd leave out of this release:", "What I'm leaving out:": the phrasal verb refuses as
 * "skip" does, unless the heading names a stage, whose exclusions are the cohort order.
 */
function leavesOut(tokens: readonly Token[], at: number): boolean {
  const token = tokens[at] as Token;
  if (token.lemma !== 'leave' || token.negated) return false;
  const particle = tokens.slice(at + 1, at + 3).some((next) => next.text === 'out');
  return particle && !tokens.some((other) => STAGE_WORDS.has(other.lemma));
}

/** The negator's verb refuses a doing: "would not do", "not doing", "don't:", never a limit verb. */
function refusesDoing(tokens: readonly Token[], negator: number): boolean {
  const verb = tokens
    .slice(negator + 1, negator + 1 + VERB_REACH)
    .find((token) => token.pos === 'VERB' || token.pos === 'AUX');
  // A bare "Don't:" refuses whatever follows.
  if (verb === undefined) return tokens[negator + 1]?.text === ':';
  if (LIMIT_VERBS.has(verb.lemma) || INTRANSITIVE.has(verb.lemma)) return false;
  return !hasOwnObject(tokens, tokens.indexOf(verb));
}

/**
 * "Don't page me first:", "don't wake the team:": the verb has its own object, so the items under
 * the heading are not what it refuses ("I would not use the following:" leaves its object open).
 */
function hasOwnObject(tokens: readonly Token[], verb: number): boolean {
  const after = tokens[verb + 1];
  if (OBJECT_PRONOUNS.has(after?.text ?? '')) return true;
  const noun = tokens[verb + 2];
  return (
    OWN_DETERMINERS.has(after?.text ?? '') && noun?.pos === 'NOUN' && noun.text !== 'following'
  );
}

/** Verbs that take no object ("don't wait for the morning:") cannot refuse the items under them. */
const INTRANSITIVE = new Set(['wait', 'hesitate', 'panic', 'worry', 'sleep']);
const OBJECT_PRONOUNS = new Set([
  'me',
  'us',
  'him',
  'her',
  'them',
  'anyone',
  'anybody',
  'everyone',
]);
const OWN_DETERMINERS = new Set(['the', 'a', 'an', 'my', 'our', 'your']);
