import { WEEKDAYS } from './quantityWords';
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
  'swap',
]);
const FORMER = new Set(['old', 'previous', 'prior', 'former', 'earlier', 'last']);
/** Days whose build is the one the change replaced: "yesterday's batch", "Tuesday's build". */
const PAST_DAYS: ReadonlySet<string> = new Set(['yesterday', ...WEEKDAYS]);

/** The version the change replaced: "the old model", "last week's prompt", "yesterday's batch". */
function namesFormer(tokens: readonly Token[], at: number): boolean {
  const text = tokens[at]?.text ?? '';
  return FORMER.has(text) || (PAST_DAYS.has(text) && tokens[at + 1]?.text === "'s");
}
const SHARES = new Set(['rest', 'remainder', 'half', 'most', 'majority', 'others']);
/** Words between the verb and "to": an object ("every request", "traffic", "them"). */
const OBJECT_REACH = 4;

/** The tagger may call "reroutes" a noun: the verb is read by its form, never after an article. */
function verbOf(verbs: ReadonlySet<string>, tokens: readonly Token[], at: number): boolean {
  const token = tokens[at] as Token;
  if (token.negated || BEFORE_A_NOUN.has(tokens[at - 1]?.pos ?? '')) return false;
  if (verbs.has(token.lemma)) return token.pos === 'VERB' || token.pos === 'NOUN';
  return formsOf(verbs).has(token.text);
}
const BEFORE_A_NOUN = new Set(['DET', 'ADJ', 'ADP']);
const ENDINGS = ['s', 'd', 'ed', 'ing'];

/** Each verb with each ending ("reroutes", "switched"), built once per set of verbs. */
const FORMS = new WeakMap<ReadonlySet<string>, ReadonlySet<string>>();
function formsOf(verbs: ReadonlySet<string>): ReadonlySet<string> {
  let forms = FORMS.get(verbs);
  if (forms === undefined) {
    forms = new Set([...verbs].flatMap((verb) => ENDINGS.map((ending) => verb + ending)));
    FORMS.set(verbs, forms);
  }
  return forms;
}

/**
 * Every reading here ends on the version the change replaced (namesFormer): a sentence naming
 * none is ruled out by one look at its words, before any verb is read (rollback.ts asks each).
 */
function mentionsFormer(tokens: readonly Token[]): boolean {
  // rollback.ts asks the five readings of one sentence in a row: its answer is kept for the next.
  if (tokens !== lastAsked) {
    lastAsked = tokens;
    lastMentions = tokens.some((token) => FORMER.has(token.text) || PAST_DAYS.has(token.text));
  }
  return lastMentions;
}
/** The last sentence asked (tokens are never changed once read) and its answer. */
let lastAsked: readonly Token[] | null = null;
let lastMentions = false;

export function returnsToOld(tokens: readonly Token[]): boolean {
  if (!mentionsFormer(tokens)) return false;
  return tokens.some((_, verb) => {
    if (!verbOf(ROUTING_VERBS, tokens, verb)) return false;
    for (let at = verb + 1; at <= verb + OBJECT_REACH + 1 && at < tokens.length; at++) {
      // "route 95 % to the old model", "the rest to the old model": a split, not a way back.
      if (tokens[at]?.kind === 'number' || SHARES.has(tokens[at]?.text ?? '')) return false;
      if (tokens[at]?.text !== 'to') continue;
      const next = tokens[at + 1]?.text === 'the' ? at + 2 : at + 1;
      return namesFormer(tokens, next);
    }
    return false;
  });
}

/** Words between the former version and "is back": its noun, an owner ("old prompt's"). */
const RESTORED_REACH = 3;

/**
 * Going back said as the old version restored: "the old prompt is back within a minute", "the
 * previous model's back in two minutes", and in a note without its verb, "old checkout back in
 * two minutes". Not "the old prompt is not back".
 */
export function formerIsBack(tokens: readonly Token[]): boolean {
  if (!mentionsFormer(tokens)) return false;
  return tokens.some((token, at) => {
    if (!FORMER.has(token.text) || token.negated) return false;
    for (let be = at + 2; be <= at + RESTORED_REACH && be < tokens.length; be++) {
      const verb = tokens[be] as Token;
      const back = tokens[be + 1];
      if (verb.lemma === 'be' && back?.text === 'back' && !back.negated && !verb.negated) {
        return true;
      }
      if (verb.text === 'back' && !verb.negated && backWithin(tokens, be + 1)) return true;
    }
    return false;
  });
}

const WITHIN = new Set(['in', 'within', 'under']);
const SHORT_UNITS = new Set(['s', 'min']);

/** A note's time to restore after "back": "in two minutes", "within 90 s", "under a minute". */
function backWithin(tokens: readonly Token[], at: number): boolean {
  if (!WITHIN.has(tokens[at]?.text ?? '')) return false;
  const next = tokens.slice(at + 1, at + 4);
  return next.some((token) => SHORT_UNITS.has(token.unit ?? '') || token.lemma === 'minute');
}

const NOUN_LEADS = new Set(['DET', 'ADJ', 'ADP', 'NUM']);
const JOURNEYS = new Set(['go', 'come', 'fall', 'get', 'be', 'head', 'move']);

/** Verbs that set a thing back in its place: "puts last week's prompt back", "brings the old one back". */
const PUTTING_VERBS = new Set(['put', 'bring', 'stick', 'swap', 'get', 'pop', 'slot']);
/** Verbs that are going back by themselves: "restores the prior version". */
const RESTORING_VERBS = new Set(['restore', 'reinstate']);
/** Words between the verb and the former version: an article. */
const ARTICLE_REACH = 2;

/**
 * Going back said as the former version put back in its place: "whoever's on call puts Tuesday's
 * build back", "brings the old one back", "restores the prior version". Not "nobody puts the old
 * one back", nor the old version merely named ("keep the old one warm").
 */
export function putsFormerBack(tokens: readonly Token[]): boolean {
  if (!mentionsFormer(tokens)) return false;
  return tokens.some(
    (_, verb) =>
      backToFormer(tokens, verb) || putBackAt(tokens, verb) || switchBackToFormer(tokens, verb),
  );
}

/** What is set back to undo a release: "one flag back to the old model", "routing back to …". */
const SWITCHES = new Set(['flag', 'toggle', 'switch', 'routing', 'route', 'traffic', 'config']);

/**
 * A note without a verb: "…: one flag back to the old model, two minutes". The switch, "back" and
 * the version the change replaced name the way back as "flip the flag back" does.
 */
function switchBackToFormer(tokens: readonly Token[], at: number): boolean {
  const token = tokens[at] as Token;
  if (token.negated || !SWITCHES.has(token.text) || tokens[at + 1]?.text !== 'back') return false;
  let former = at + 2;
  if (tokens[former]?.text === 'to') former++;
  if (tokens[former]?.text === 'the') former++;
  return namesFormer(tokens, former);
}

/**
 * A verb, "back", then the former version, with or without "to": "brings back the old version",
 * "rips back to the old checkout". Whatever the verb, going back to the version the change
 * replaced is the rollback.
 */
function backToFormer(tokens: readonly Token[], verb: number): boolean {
  const token = tokens[verb] as Token;
  if (token.negated || tokens[verb + 1]?.text !== 'back') return false;
  // "We go back to the old page" is the journey alone, read with a plan's detail or not at all
  // (rollback.ts); the verbs here send or bring something back.
  if (JOURNEYS.has(token.lemma)) return false;
  if (!verbalAt(tokens, verb)) return false;
  let at = verb + 2;
  if (tokens[at]?.text === 'to') at++;
  if (tokens[at]?.text === 'the') at++;
  return namesFormer(tokens, at);
}

/** The tagger may call "rips" or "stitches" a noun: read as the verb unless an article or a modifier leads it. */
function verbalAt(tokens: readonly Token[], at: number): boolean {
  const pos = tokens[at]?.pos;
  return pos === 'VERB' || (pos === 'NOUN' && !NOUN_LEADS.has(tokens[at - 1]?.pos ?? ''));
}

function putBackAt(tokens: readonly Token[], verb: number): boolean {
  const restoring = verbOf(RESTORING_VERBS, tokens, verb);
  if (!restoring && !verbOf(PUTTING_VERBS, tokens, verb)) return sentBack(tokens, verb);
  // "Brings in the old version", "swaps in the previous model": the former version put in place.
  if (tokens[verb + 1]?.text === 'in') {
    return namesFormer(tokens, tokens[verb + 2]?.text === 'the' ? verb + 3 : verb + 2);
  }
  for (let at = verb + 1; at <= verb + ARTICLE_REACH && at < tokens.length; at++) {
    if (!namesFormer(tokens, at)) continue;
    return restoring || backAfter(tokens, at);
  }
  return false;
}

/** Verbs that keep the former version where it is: "keep the old model back as a fallback". */
const KEEPING = new Set(['keep', 'hold', 'leave', 'have']);

/**
 * "Whoever's on call runs the old version back onto the field": whatever the verb, the former
 * version sent back is the rollback, as "back to the old version" is (backToFormer); journeys
 * ("we go …") and keeping are not.
 */
function sentBack(tokens: readonly Token[], verb: number): boolean {
  const token = tokens[verb] as Token;
  if (!verbalAt(tokens, verb) || token.negated) return false;
  if (JOURNEYS.has(token.lemma) || KEEPING.has(token.lemma)) return false;
  if (refusedBefore(tokens, verb)) return false;
  for (let at = verb + 1; at <= verb + ARTICLE_REACH && at < tokens.length; at++) {
    if (namesFormer(tokens, at)) return backAfter(tokens, at);
  }
  return false;
}

const REFUSALS = new Set(['not', 'no', 'never']);

/** "— Not running: whoever's on call running the old version back …": refused since its dash. */
function refusedBefore(tokens: readonly Token[], verb: number): boolean {
  for (let at = verb - 1; at >= 0 && tokens[at]?.text !== '—'; at--) {
    if (REFUSALS.has(tokens[at]?.text ?? '')) return true;
  }
  return false;
}

function backAfter(tokens: readonly Token[], former: number): boolean {
  for (let at = former + 1; at <= former + RESTORED_REACH + 1 && at < tokens.length; at++) {
    const token = tokens[at] as Token;
    if (token.text === 'back') return !token.negated;
    if (token.pos === 'PUNCT' || token.pos === 'VERB') return false;
  }
  return false;
}

/** Words after the former version within which "again" must come: "the old dough again". */
const AGAIN_REACH = 3;

/**
 * "Whoever's on call bakes the old dough again", "… unrolls the old suzani again": a verb, the
 * version the change replaced, then "again", makes the old one once more, whatever the trade's
 * verb. Read by rollback.ts only beside a role who may roll back.
 */
export function formerAgain(tokens: readonly Token[]): boolean {
  if (!mentionsFormer(tokens)) return false;
  return tokens.some((token, at) => {
    if (token.negated || !FORMER.has(token.text) || tokens[at - 1]?.text !== 'the') return false;
    if (!verbalAt(tokens, at - 2)) return false;
    return tokens.slice(at + 1, at + 1 + AGAIN_REACH).some((word) => word.text === 'again');
  });
}

/** Verbs that bring a thing back into use: "returns the old boxes", "restores the previous model". */
const RESTORING = new Set(['return', 'restore', 'reinstate']);

/**
 * "Whoever is on call returns the old boxes to the cabinet", "on-call restores the previous
 * model": the version the change replaced as the object of a verb of bringing back. Read by
 * rollback.ts only beside a role who may roll back ("customers return the old boxes" is trade).
 */
export function restoresFormer(tokens: readonly Token[]): boolean {
  if (!mentionsFormer(tokens)) return false;
  return tokens.some((token, at) => {
    if (token.negated || !FORMER.has(token.text) || tokens[at - 1]?.text !== 'the') return false;
    // "On-call may not return the old boxes": the tagger marks no negation after "may not".
    const refused = REFUSALS.has(tokens[at - 3]?.text ?? '');
    return at >= 2 && !refused && verbOf(RESTORING, tokens, at - 2);
  });
}
