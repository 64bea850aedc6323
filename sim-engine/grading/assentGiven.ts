import { givenBy, nobodyGives, opensGoNoGo } from './goGivers';
import { describesGroup } from './approvalSense';
import { findAll } from './match';
import {
  ASSENT,
  OPENS_QUOTE,
  jointQuotedGoAhead,
  quotedGoAheadVerb,
  quotedReply,
  quotedWhole,
} from './quotedAssent';
import { rolesNamed } from './roles';
import type { Token } from './tokens';
import { EACH_GATE, STAGE_CHANGE } from './vocabulary';

/**
 * Who signs or assents in a clause (read by signOff.ts): the verb "sign", an assent noun ("a
 * written yes", "the go", "said yes") led by an article or a giving verb or given by a named role,
 * and "ok" said as a verb on the stage itself.
 */

/** What may stand before an assent noun: articles and possessives, then up to two modifiers. */
const ASSENT_LEADS = new Set([
  'a',
  'an',
  'the',
  'their',
  'my',
  'our',
  'his',
  'her',
  'your',
  'both',
]);
const MODIFIER_POS = new Set(['ADJ', 'VERB', 'ADV']);
/**
 * Verbs that give or state assent: "said yes", "give the go". By form as well as lemma: the tagger
 * reads "both saying yes" as a noun.
 */
const ASSENT_VERBS = new Set([
  'say',
  'says',
  'said',
  'saying',
  'give',
  'gives',
  'gave',
  'giving',
  'given',
  'get',
  'need',
  'require',
]);
/** "A sign", "the sign" is a noun; "both sign the step", "need to sign" is the approval. */
const ARTICLES = new Set(['a', 'an', 'the', 'this', 'that', 'no']);
/** "sign up", "sign in" are a product's actions, not an approval. */
const NOT_APPROVAL_AFTER = new Set(['up', 'in', 'into', 'live']);

export function signsOrAssents(tokens: readonly Token[]): boolean {
  return tokens.some((token, i) => !token.negated && (signsAt(tokens, i) || assentAt(tokens, i)));
}

/** Assent said as a verb on the stage: "me + eng lead ok each step", "the two of us okay every move". */
const ASSENT_AS_VERB = new Set(['ok', 'okay', 'oks', 'okays']);

/** Named people assent, as a verb, to the stage itself: the stage is the assent's object. */
export function okaysStage(tokens: readonly Token[], i: number): boolean {
  if (!ASSENT_AS_VERB.has(tokens[i]?.text ?? '')) return false;
  const object = tokens[i + 1]?.text === 'the' ? i + 2 : i + 1;
  const stage = [...findAll(tokens, EACH_GATE), ...findAll(tokens, STAGE_CHANGE)];
  if (!stage.some((match) => match.start === object)) return false;
  return rolesNamed(tokens).some((role) => role.end <= i);
}

/**
 * The verb "sign" by its form as well as its lemma: the tagger reads "both signing" as the noun
 * "signing" ("nobody moves a step without me and the eng lead both signing").
 */
const SIGN_FORMS = new Set(['sign', 'signs', 'signed', 'signing']);

/** A cheap first look: a word that could sign or assent at all. */
export function mayApprove(token: Token): boolean {
  return ASSENT.has(token.text) || token.lemma === 'sign' || SIGN_FORMS.has(token.text);
}

function signsAt(tokens: readonly Token[], i: number): boolean {
  const token = tokens[i] as Token;
  return (
    (token.lemma === 'sign' || SIGN_FORMS.has(token.text)) &&
    !ARTICLES.has(tokens[i - 1]?.text ?? '') &&
    !anotherVerb(tokens, i)
  );
}

/** Words that open a place after "in": "a go in the channel", "sign in the release doc". */
const PLACE_LEADS = new Set(['the', 'a', 'an', 'our', 'my', 'their', 'writing']);

/**
 * "Sign up", "sign in", "go live" are other verbs; "in" opening a place ("both saying go in the
 * channel", "sign in the release doc") says where the assent is given.
 */
function anotherVerb(tokens: readonly Token[], i: number): boolean {
  const next = tokens[i + 1]?.text ?? '';
  const place = tokens[i + 2]?.text ?? '';
  // "sign in #release": a channel named by its hash is a place, as "the channel" is.
  if (next === 'in' && (PLACE_LEADS.has(place) || place.startsWith('#'))) return false;
  return NOT_APPROVAL_AFTER.has(next);
}

/**
 * "A written yes", "the go", "said yes": an assent noun led by an article or a giving verb, or
 * given by a named role ("Each gate: written go from me + the support lead").
 */
function assentAt(tokens: readonly Token[], i: number): boolean {
  const token = tokens[i] as Token;
  if (quotedReply(tokens, i)) return true;
  const saying = Math.max(quotedGoAheadVerb(tokens, i), jointQuotedGoAhead(tokens, i));
  if (saying >= 0) return !describesGroup(tokens, saying);
  if (!ASSENT.has(token.text) || anotherVerb(tokens, i)) return false;
  if (opensGoNoGo(tokens, i) && nobodyGives(tokens)) return false;
  if (tokens[i + 1]?.text === 'from' && givenBy(tokens, i + 2)) return true;
  for (let back = i - 1, modifiers = 0; back >= 0 && modifiers <= 2; back--) {
    const before = tokens[back] as Token;
    // "both say "go on, then"": the assent quoted whole after its verb, not "go faster".
    if (OPENS_QUOTE.has(before.text)) {
      if (!quotedWhole(tokens, i)) return false;
      continue;
    }
    if (ASSENT_LEADS.has(before.text)) return true;
    if (ASSENT_VERBS.has(before.lemma) || ASSENT_VERBS.has(before.text)) {
      return !describesGroup(tokens, back);
    }
    if (!MODIFIER_POS.has(before.pos)) return false;
    modifiers++;
  }
  return false;
}
