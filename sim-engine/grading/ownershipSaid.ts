import { DECISIONS, supposed } from './decisionHolder';
import { CLAUSE_ENDS } from './supposition';
import { SPEAKER_BESIDE_ROLE } from './speaker';
import { findAffirmed, findAll, pastApposition } from './match';
import type { Token } from './tokens';
import { OWNERSHIP } from './vocabulary';

/** An ownership phrase the speaker asserts: not supposed ("if I owned …") nor reported by others. */
export function ownershipSaid(tokens: readonly Token[]): boolean {
  if (
    decisionsAreMyShare(tokens) ||
    myShareIsDecisions(tokens) ||
    ownsAfterSpeakersVerb(tokens) ||
    clearedToOwn(tokens)
  )
    return true;
  const apposed = withoutApposedSpeaker(tokens);
  if (apposed !== tokens && ownershipSaid(apposed)) return true;
  const apposedToSpeaker = withoutSpeakersApposition(tokens);
  if (apposedToSpeaker !== tokens && ownershipSaid(apposedToSpeaker)) return true;
  return findAffirmed(tokens, OWNERSHIP).some(
    (match) =>
      !supposed(tokens, match.start) &&
      !mineAsNoun(tokens, match.start, match.end) &&
      !faultOwned(tokens, match.start) &&
      !phoned(tokens, match.end) &&
      !choosesNotTo(tokens, match.end) &&
      !productAsThing(tokens, match.start) &&
      !roleOfRefused(tokens, match.start),
  );
}

/**
 * "I will not split what is mine as PM from what is the engineers'", "I will not set out what I
 * own as PM against …": "as PM" qualifies the words just before it, and a refusal that covers
 * them covers the role said with them.
 */
function roleOfRefused(tokens: readonly Token[], start: number): boolean {
  const qualified = tokens[start - 1];
  if (tokens[start]?.text !== 'as' || qualified?.negated !== true) return false;
  // "… what is mine as PM": the role said of the speaker's share, not "my part as PM is …".
  if (!POSSESSIVES.has(qualified.text)) return false;
  // The refusal said close by: a negation the tagger carried along a run-on transcript is not it.
  const near = tokens.slice(Math.max(0, start - REFUSAL_REACH), start);
  if (!near.some((token) => REFUSING.has(token.text))) return false;
  // "… doesn't change what I'd own as PM is …": "what I own" is refused by a verb of dividing.
  return qualified.text !== 'own' || near.some((token) => DIVIDING.has(token.lemma));
}

/** Verbs that divide the work, whose refusal refuses the shares: "set out", "split". */
const DIVIDING = new Set(['split', 'divide', 'separate', 'set', 'draw', 'list', 'spell']);

/** Words back from "as" to the refusal that covers it: "will not split what is mine as PM". */
const REFUSAL_REACH = 6;
const REFUSING = new Set(['not', 'never', 'no', 'nor']);
/** What the speaker holds, said before "as PM": "what is mine", "what I own". */
const POSSESSIVES = new Set(['mine', 'ours', 'own']);

/**
 * "I am the PM and own the course: which customers sail first, the limits, …": a second verb
 * joined to the speaker's first shares its subject, however the tagger reads "own" after "and".
 */
function ownsAfterSpeakersVerb(tokens: readonly Token[]): boolean {
  return tokens.some((token, at) => {
    if (token.text !== 'own' || token.negated || tokens[at - 1]?.text !== 'and') return false;
    const before = tokens.slice(clauseOpening(tokens, at - 1), at - 1);
    const acts = before.some((word) => word.pos === 'VERB' || word.pos === 'AUX');
    return before[0]?.text === 'i' && acts && !before.some((word) => word.negated);
  });
}

/** Where the clause holding `at` opens: after the last ";", ":" or "." before it. */
function clauseOpening(tokens: readonly Token[], at: number): number {
  let opening = at;
  while (opening > 0 && !CLAUSE_ENDS.has(tokens[opening - 1]?.text ?? '.')) opening--;
  return opening;
}

/** Words that give leave to act: "cleared to own", "free to decide". */
const GIVEN_LEAVE = new Set([
  'cleared',
  'free',
  'allowed',
  'permitted',
  'entitled',
  'empowered',
  'authorised',
  'authorized',
]);
const HOLDING_VERBS = new Set(['own', 'decide', 'set', 'choose']);

/** Words of a subject that names the speaker in apposition: "Sabar One, that is me,". */
const APPOSED_SUBJECT_WORDS = 8;
const ROLE_SUBJECTS = new Set(['pm', 'product']);

/**
 * "Cleared to own the order of players, the limits, the holds.", "I'm free to decide the order
 * and the limits", "PM cleared for: cohort order, limits, holds": leave given to the speaker, to
 * the PM, or to no one named (a note's clause opening on it), to hold two release decisions or
 * more is holding them.
 */
function clearedToOwn(tokens: readonly Token[]): boolean {
  return tokens.some((token, at) => {
    if (!GIVEN_LEAVE.has(token.text) || token.negated) return false;
    const holds = tokens[at + 1]?.text === 'to' && HOLDING_VERBS.has(tokens[at + 2]?.text ?? '');
    if (!holds && tokens[at + 1]?.text !== 'for') return false;
    let end = at + 2;
    while (end < tokens.length && !CLEARED_ENDS.has(tokens[end]?.text ?? '.')) end++;
    const named = findAll(tokens.slice(at + 2, end), DECISIONS).length >= DECISIONS_CLAIMED;
    return named && leaveGivenToSpeaker(tokens, at);
  });
}

/** Where what the leave covers ends: the clause's end, though a colon may open its list. */
const CLEARED_ENDS = new Set([...CLAUSE_ENDS].filter((mark) => mark !== ':'));

/** The subject before the leave is the speaker, the PM's role, or none at all. */
function leaveGivenToSpeaker(tokens: readonly Token[], at: number): boolean {
  const opening = clauseOpening(tokens, at);
  const subject = tokens.slice(opening, at).filter((word) => word.kind !== 'mark');
  if (subject.length === 0) return true;
  if (
    subject.length <= 3 &&
    (subject[0]?.text === 'i' || ROLE_SUBJECTS.has(subject[0]?.text ?? ''))
  )
    return true;
  // "Sabar One, that is me, cleared to own …": the speaker named beside a call sign.
  return (
    subject.length <= APPOSED_SUBJECT_WORDS &&
    subject.some((word) => word.text === 'me' && !word.negated)
  );
}

/** Release decisions named before the copula: two at least ("the order, the limits"). */
const DECISIONS_CLAIMED = 2;

/**
 * "The order of teams, the limits and the holds are my steps": release decisions said to be the
 * speaker's share, whatever the house word for it ("my steps", "my part", "my lane"), as "are
 * mine" is. One thing alone ("the limits are my guess") is not a share of the work.
 */
function decisionsAreMyShare(tokens: readonly Token[]): boolean {
  return tokens.some((token, at) => {
    const copula = tokens[at - 1];
    if (token.text !== 'my' || copula?.lemma !== 'be' || copula.negated || token.negated) {
      return false;
    }
    const after = tokens[at + 2]?.text;
    if (tokens[at + 1]?.pos !== 'NOUN' || (after !== undefined && !CLAUSE_ENDS.has(after))) {
      return false;
    }
    const named = tokens.slice(clauseOpening(tokens, at - 1), at - 1);
    return findAll(named, DECISIONS).length >= DECISIONS_CLAIMED;
  });
}

/** Who the speaker's share is set against: "…; the engineers hold the deploy and the routing". */
const ENGINEERS = new Set([
  'engineer',
  'engineers',
  'engineering',
  'developers',
  'devs',
  'platform',
]);

/**
 * "Row 1, the warp: my threads are who sees it first and when we move on; the engineers hold the
 * deploy and the routing": the speaker's share under a house word, opening its clause, said to be
 * release decisions (two at least), and set against what the engineers hold later in the
 * sentence. Without that contrast "my worries are who signs and when" is no share of the work.
 */
function myShareIsDecisions(tokens: readonly Token[]): boolean {
  return tokens.some((token, at) => {
    if (token.text !== 'my' || token.negated || clauseOpening(tokens, at) !== at) return false;
    const copula = tokens[at + 2];
    if (tokens[at + 1]?.pos !== 'NOUN' || copula?.lemma !== 'be' || copula.negated) return false;
    let end = at + 3;
    while (end < tokens.length && !CLAUSE_ENDS.has(tokens[end]?.text ?? '.')) end++;
    const named = tokens.slice(at + 3, end);
    const against = tokens.slice(end).some((word) => ENGINEERS.has(word.text));
    return against && findAll(named, DECISIONS).length >= DECISIONS_CLAIMED;
  });
}

/** "Watch what I choose not to do": choosing not to act owns nothing ("my call, not eng's" does). */
function choosesNotTo(tokens: readonly Token[], end: number): boolean {
  return tokens[end]?.text === 'not' && tokens[end + 1]?.text === 'to';
}

/** "The product team", "the product manager": people, whatever stands before them. */
const PRODUCT_PEOPLE = new Set([
  'team',
  'manager',
  'managers',
  'management',
  'side',
  'lead',
  'org',
]);

/**
 * "Product decides the limits" names the function the PM speaks for; "the product decides which
 * items a user sees", "our product owns the data" name the thing being built.
 */
function productAsThing(tokens: readonly Token[], start: number): boolean {
  if (tokens[start]?.text !== 'product' || PRODUCT_PEOPLE.has(tokens[start + 1]?.text ?? '')) {
    return false;
  }
  const before = tokens[start - 1];
  return before !== undefined && (before.pos === 'DET' || before.pos === 'PRON');
}

/** "I have the calls from support": calls taken, not decisions held. */
const PHONED = new Set(['from', 'with', 'to', 'back']);

function phoned(tokens: readonly Token[], end: number): boolean {
  return tokens[end - 1]?.text === 'calls' && PHONED.has(tokens[end]?.text ?? '');
}

/** Things owned up to, not held: "even when the fault is mine". */
const FAULTS = new Set(['fault', 'blame', 'mistake', 'error', 'slip']);

/** "The fault is mine", "the blame is mine": a fault owned up to owns no decision. */
function faultOwned(tokens: readonly Token[], start: number): boolean {
  if (tokens[start]?.lemma !== 'be' && tokens[start]?.text !== 'mine') return false;
  const subject = tokens[start]?.text === 'mine' ? start - 2 : start - 1;
  return FAULTS.has(tokens[subject]?.lemma ?? '');
}

/** What a noun phrase puts before its head: "coal mines", "the mine", "a gold mine". */
const NOUN_MODIFIERS = new Set(['DET', 'ADJ', 'NOUN', 'PROPN', 'NUM']);

/** "Mine" the noun, not the possessive ("canaries in coal mines" owns nothing). */
function mineAsNoun(tokens: readonly Token[], start: number, end: number): boolean {
  if (end - start !== 1 || tokens[start]?.lemma !== 'mine') return false;
  return tokens[start]?.text !== 'mine' || NOUN_MODIFIERS.has(tokens[start - 1]?.pos ?? '');
}

const APPOSITION_WORDS = 4;
/** "That's who I'd be", "which would be me": the longest apposition naming the speaker the role. */
const SAID_WHO_WORDS = 6;

/** "…, that's who I'd be, …", "…, which is me, …": only the speaker and "be", no act of its own. */
function speakerSaysWhoItIs(apposition: readonly Token[]): boolean {
  if (apposition.length === 0 || apposition.length > SAID_WHO_WORDS) return false;
  const names = apposition.some((token) => token.text === 'i' || token.text === 'me');
  const acts = apposition.some((token) => token.pos === 'VERB');
  return names && !acts && apposition.some((token) => token.lemma === 'be');
}

/**
 * "The product manager, in this case myself, is responsible for …": the role said with the
 * speaker between commas reads as the role alone.
 */
function withoutApposedSpeaker(tokens: readonly Token[]): readonly Token[] {
  let open = -1;
  for (let at = 1; at < tokens.length; at++) {
    if (tokens[at]?.text !== ',') continue;
    const short = open >= 0 && at - open - 1 <= APPOSITION_WORDS;
    const besideRole = short && SPEAKER_BESIDE_ROLE.has(tokens[at - 1]?.text ?? '');
    if (besideRole || (open >= 0 && speakerSaysWhoItIs(tokens.slice(open + 1, at)))) {
      return [...tokens.slice(0, open), ...tokens.slice(at + 1)];
    }
    open = at;
  }
  return tokens;
}

/**
 * "I, the PM, own the cohort order …": the speaker's own apposition between "I" and the verb
 * reads as "I own …".
 */
function withoutSpeakersApposition(tokens: readonly Token[]): readonly Token[] {
  const speaker = tokens.findIndex(
    (token, at) => token.text === 'i' && tokens[at + 1]?.text === ',',
  );
  if (speaker < 0) return tokens;
  const after = pastSpeakersApposition(tokens, speaker + 1);
  return after === speaker + 1 ? tokens : [...tokens.slice(0, speaker + 1), ...tokens.slice(after)];
}

/** Words the speaker's appositions may run to: each, and all of them together. */
const APPOSED_WORDS = 8;
const APPOSITIONS_REACH = 12;

/**
 * Past the speaker's appositions at `from`, one or more, each set off by commas and with no verb
 * of its own ("I, the PM, own …", "I, the iguana, the PM and a taquero at heart, owned …"):
 * where the speaker's verb stands, or `from` where there is none.
 */
export function pastSpeakersApposition(tokens: readonly Token[], from: number): number {
  let at = from;
  for (;;) {
    const next = pastApposition(tokens, at, APPOSED_WORDS);
    if (next === at || next - from > APPOSITIONS_REACH) return at;
    if (tokens.slice(at + 1, next - 1).some(actsIn)) return at;
    // The tagger may take "own" after the commas for an adjective: "I, the PM, own …".
    const verb = tokens[next];
    if (verb === undefined || actsIn(verb) || verb.text === 'own') return next;
    at = next - 1;
  }
}

function actsIn(token: Token): boolean {
  return token.pos === 'VERB' || token.pos === 'AUX';
}
