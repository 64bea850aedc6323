import type { Sentence } from './sentences';
import type { Token } from './tokens';

/**
 * Decisions handed to someone else to make at run time: "which riders go first is the on-call
 * engineer's call", "the thresholds are theirs to set", "sign-off is whoever holds the pager",
 * "how long each stage holds, the on-call picks". The practice is named, but the speaker decides
 * none of it. Read from the parsed sentence: a possessive before a word for a decision, "theirs
 * to", a decider introduced by "whoever", or a decision fronted before its decider's verb.
 */

const DECISION_NOUNS = new Set(['call', 'decision', 'choice', 'pick', 'say']);
const OTHERS_POSSESSIVES = new Set(['their', 'his', 'her', 'its']);
const SPEAKER = new Set(['i', 'me', 'my', 'mine', 'we', 'our', 'us', 'pm', 'product']);
const DECIDING = new Set(['pick', 'decide', 'choose', 'agree', 'set', 'settle', 'judge']);

/**
 * "the on-call engineer's call", "their call too": a decision possessed by someone else. Not a
 * decision word that names a kind of thing: "like a pilot's decision speeds, the limits are set".
 */
function othersCall(tokens: readonly Token[]): boolean {
  return tokens.some((token, i) => {
    if (!DECISION_NOUNS.has(token.text) || token.negated) return false;
    if (tokens[i + 1]?.pos === 'NOUN') return false;
    const before = tokens[i - 1];
    if (before === undefined) return false;
    if (OTHERS_POSSESSIVES.has(before.text)) return true;
    const owner = tokens[i - 2]?.text ?? '';
    return (before.text === "'s" || before.text === '’s') && !SPEAKER.has(owner);
  });
}

/** "are theirs to set", "up to them": the decision placed with another party. */
function theirsTo(tokens: readonly Token[]): boolean {
  return tokens.some(
    (token, i) =>
      (token.text === 'theirs' && tokens[i + 1]?.text === 'to') ||
      (token.text === 'up' && tokens[i + 1]?.text === 'to' && tokens[i + 2]?.text === 'them'),
  );
}

/** "Sign-off at each gate is whoever holds the pager": the decider left to whoever it turns out to be. */
function whoeverDecides(tokens: readonly Token[]): boolean {
  return tokens.some((token, i) => token.text === 'whoever' && tokens[i - 1]?.lemma === 'be');
}

/**
 * "How long each stage holds, six hours or overnight, the on-call picks.": the decision fronted,
 * the clause closing on a decider other than the speaker and a verb of deciding.
 */
function frontedForAnother(tokens: readonly Token[]): boolean {
  const words = tokens.filter((token) => token.kind !== 'mark');
  const last = words.length - 1;
  const verb = words[last];
  if (verb === undefined || !DECIDING.has(verb.lemma)) return false;
  // A decider deciding now ("the on-call picks"), not a passive ("the cohorts were hand-picked").
  if (verb.text !== `${verb.lemma}s` && verb.text !== `${verb.lemma}es`) return false;
  // "…, the rotation agrees among themselves": a closing phrase after the verb is allowed.
  const subject = words.slice(Math.max(0, last - 3), last);
  return subject.length > 0 && !subject.some((word) => SPEAKER.has(word.text));
}

function closingVerbClause(tokens: readonly Token[]): readonly Token[] {
  const comma = tokens.map((token) => token.text).lastIndexOf(',');
  const clause = tokens.slice(comma + 1);
  const among = clause.findIndex((token) => token.text === 'among');
  return among > 0 ? clause.slice(0, among) : clause;
}

/** Words of rolling back: giving that call to the on-call engineer is the plan's own rule. */
const ROLLING_BACK = new Set(['rollback', 'revert', 'roll']);

/**
 * True when the sentence hands a release decision to someone other than the speaker. A sentence
 * the speaker is in ("we write the numbers down and everyone agrees") is theirs, and the call to
 * roll back given to the on-call engineer is the rollback point itself, not a decision handed over.
 */
export function handsDecisionOver(sentence: Sentence): boolean {
  const tokens = sentence.tokens;
  if (tokens.some((token) => SPEAKER.has(token.text) && token.text !== 'pm')) return false;
  if (tokens.some((token) => ROLLING_BACK.has(token.lemma))) return false;
  return (
    othersCall(tokens) ||
    theirsTo(tokens) ||
    whoeverDecides(tokens) ||
    frontedForAnother(closingVerbClause(tokens))
  );
}
