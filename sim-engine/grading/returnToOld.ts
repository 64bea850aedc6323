import type { Token } from './tokens';

/**
 * Going back said as a destination: "the on-call engineer reroutes to the old model at once",
 * "sends every request to the previous version". A verb that moves traffic, then "to" and the
 * version the change replaced, names the rollback as "switch back" does. Read by rollback.ts.
 */

const ROUTING_VERBS = new Set([
  'route',
  'reroute',
  'send',
  'move',
  'switch',
  'shift',
  'point',
  'return',
  'revert',
  'repoint',
  'redirect',
]);
const FORMER = new Set(['old', 'previous', 'prior', 'former', 'earlier', 'last']);
const SHARES = new Set(['rest', 'remainder', 'half', 'most', 'majority', 'others']);
/** Words between the verb and "to": an object ("every request", "traffic", "them"). */
const OBJECT_REACH = 4;

/** The tagger may call "reroutes" a noun: the verb is read by its form, never after an article. */
function routingVerb(tokens: readonly Token[], at: number): boolean {
  const token = tokens[at] as Token;
  if (token.negated || ['DET', 'ADJ', 'ADP'].includes(tokens[at - 1]?.pos ?? '')) return false;
  if (ROUTING_VERBS.has(token.lemma)) return token.pos === 'VERB' || token.pos === 'NOUN';
  return ENDINGS.some(
    (ending) =>
      token.text.endsWith(ending) && ROUTING_VERBS.has(token.text.slice(0, -ending.length)),
  );
}
const ENDINGS = ['s', 'd', 'ed', 'ing'];

export function returnsToOld(tokens: readonly Token[]): boolean {
  return tokens.some((_, verb) => {
    if (!routingVerb(tokens, verb)) return false;
    for (let at = verb + 1; at <= verb + OBJECT_REACH + 1 && at < tokens.length; at++) {
      // "route 95 % to the old model", "the rest to the old model": a split, not a way back.
      if (tokens[at]?.kind === 'number' || SHARES.has(tokens[at]?.text ?? '')) return false;
      if (tokens[at]?.text !== 'to') continue;
      const next = tokens[at + 1]?.text === 'the' ? at + 2 : at + 1;
      return FORMER.has(tokens[next]?.text ?? '');
    }
    return false;
  });
}

/** Words between the former version and "is back": its noun, an owner ("old prompt's"). */
const RESTORED_REACH = 3;

/**
 * Going back said as the old version restored: "the old prompt is back within a minute", "the
 * previous model's back in two minutes". Not "the old prompt is not back".
 */
export function formerIsBack(tokens: readonly Token[]): boolean {
  return tokens.some((token, at) => {
    if (!FORMER.has(token.text) || token.negated) return false;
    for (let be = at + 2; be <= at + RESTORED_REACH && be < tokens.length; be++) {
      const verb = tokens[be] as Token;
      const back = tokens[be + 1];
      if (verb.lemma === 'be' && back?.text === 'back' && !back.negated && !verb.negated) {
        return true;
      }
    }
    return false;
  });
}
