import {
  ADDRESSEES,
  CONDITIONS,
  INSTRUMENTS,
  NOT_A_TELLING,
  NOTHING_TOLD,
  SPEAKER,
  SPEAKER_ROLES,
  SUBJECT_POS,
  TELLING,
  THIRD_PRONOUNS,
  VERB_POS,
} from './narratorWords';
import type { Token } from './tokens';

/**
 * A telling (read by narrator.ts): another person or source telling a plan ("the poets say",
 * "here's what it said"), heard from a clause's subject and its verb of telling — not the
 * speaker, not a condition ("if the lead says so"), not a reason, not a telling of nothing.
 */

export function isSpeaker(token: Token): boolean {
  return SPEAKER.has(token.text) && (token.text !== 'us' || token.pos === 'PRON');
}

/** The verb after a subject at `at`, within two words (an adverb may come between). */
export function verbAfter(tokens: readonly Token[], at: number): number {
  for (let i = at + 1; i <= at + 3 && i < tokens.length; i++) {
    const token = tokens[i] as Token;
    if (VERB_POS.has(token.pos)) return i;
    if (token.pos !== 'ADV' && token.pos !== 'PART') return -1;
  }
  return -1;
}

const MODIFIERS = new Set(['NOUN', 'ADJ', 'PROPN']);

/** "our platform team", "my lead": the speaker's own people, not another narrator. */
function ownedBySpeaker(tokens: readonly Token[], at: number): boolean {
  for (let i = at - 1; i >= 0 && i >= at - 3; i--) {
    const token = tokens[i] as Token;
    if (isSpeaker(token)) return true;
    if (!MODIFIERS.has(token.pos)) return false;
  }
  return false;
}

function tellingWithin(tokens: readonly Token[], at: number): boolean {
  for (let i = at + 1; i <= at + 3 && i < tokens.length; i++) {
    if (TELLING.has((tokens[i] as Token).lemma)) return true;
  }
  return false;
}

/** "the poets say", "what it said", "their blog spelled it out": another voice telling. */
/** Words a condition may open before the telling's subject: "if that's what it says" (four). */
const CONDITION_REACH = 4;

/**
 * "… regulars from Sidi Bou Said and La Marsa": a name after a preposition is the preposition's
 * object, and a verb of telling inside it is part of the name.
 */
function insidePlaceName(tokens: readonly Token[], at: number): boolean {
  let start = at;
  while (tokens[start - 1]?.pos === 'PROPN') start--;
  return tokens[at]?.pos === 'PROPN' && tokens[start - 1]?.pos === 'ADP';
}

/** Words from the verb to the "safe" it tells: "this show says the managed cluster is safe". */
const SAFE_REACH = 8;

/**
 * "The closing look: this show says the managed cluster is safe …": the release at hand, pointed
 * at and called whatever the answer calls it, telling what it shows, is the speaker's canary, not
 * another narrator.
 */
function thisReleaseCallsSafe(tokens: readonly Token[], at: number, verb: number): boolean {
  if (tokens[at - 1]?.text !== 'this') return false;
  return tokens.slice(verb + 1, verb + 1 + SAFE_REACH).some((token) => token.lemma === 'safe');
}

/**
 * "Movement | Rider or stage | What the plan says | Mark", "the plan says: …": in an answer to
 * "how would you run it", the plan, with nothing else owning it, is the one being answered with.
 * "The vendor's plan says" or "the month-end plan says" is someone else's.
 */
function answersOwnPlan(tokens: readonly Token[], at: number): boolean {
  return tokens[at]?.lemma === 'plan' && OWN_PLAN_POINTERS.has(tokens[at - 1]?.text ?? '');
}
const OWN_PLAN_POINTERS = new Set(['the', 'this']);

export function tellsAt(tokens: readonly Token[], at: number): boolean {
  const subject = tokens[at] as Token;
  // The verb of telling comes within three words of its subject: test that first, it is rare.
  if (!tellingWithin(tokens, at)) return false;
  if (!SUBJECT_POS.has(subject.pos) || isSpeaker(subject) || subject.text === 'you') return false;
  if (INSTRUMENTS.has(subject.lemma)) return false;
  if (subject.pos === 'PRON' && !THIRD_PRONOUNS.has(subject.text)) return false;
  if (ownedBySpeaker(tokens, at) || SPEAKER_ROLES.has(subject.lemma)) return false;
  if (insidePlaceName(tokens, at)) return false;
  const verb = verbAfter(tokens, at);
  if (thisReleaseCallsSafe(tokens, at, verb)) return false;
  if (answersOwnPlan(tokens, at)) return false;
  if (saysForExample(tokens, at, verb)) return false;
  const told = tokens[verb];
  if (told === undefined || !TELLING.has(told.lemma) || told.negated) return false;
  // "1 point more recommended items out of stock": after a comparative, the participle describes
  // the noun it stands before; no one tells.
  if (COMPARATIVES.has(tokens[verb - 1]?.text ?? '') && tokens[verb + 1]?.pos === 'NOUN') {
    return false;
  }
  // "The flag puts checkout back on the old SDK" places something: "put" tells only in "as she
  // put it", "puts it bluntly", "puts forward".
  if (told.lemma === 'put' && !PUT_TELLING.has(tokens[verb + 1]?.text ?? '')) return false;
  // "Whoever's on call lays the old SDK back on the loom" places something: "lay" tells only as
  // "lays out" or "lays it out".
  if (told.lemma === 'lay' && !laysOut(tokens, verb)) return false;
  // "The speed-up claim doesn't get proven": followed by an auxiliary, the word is the subject
  // noun, not a verb of telling (the tagger may read "claim" either way).
  if (tokens[verb + 1]?.pos === 'AUX') return false;
  // "[ ] On-call told: flip it yourself, any hour": a note that someone has been told, with the
  // instruction after the colon; one who tells names whom ("told me: …", "told the team: …").
  if (told.text === 'told' && tokens[verb + 1]?.text === ':') return false;
  if (inTheMannerOf(tokens, at, verb)) return false;
  const said = tokens.slice(verb + 1).find((token) => token.kind !== 'mark');
  if (NOT_A_TELLING.has(said?.text ?? '')) return false;
  if (tellsNothing(tokens, verb) || tellsOfEvents(tokens, verb)) return false;
  // "If the lead says so …", "when the SRE says stop", "if that's what it says": a condition,
  // not a telling. "If a candidate told me the following: …" introduces a plan all the same.
  const conditioned = tokens
    .slice(Math.max(0, at - CONDITION_REACH), at)
    .some((t) => CONDITIONS.has(t.text));
  return !(conditioned || givenAsReason(tokens, at)) || colonAfter(tokens, verb);
}

/**
 * "Here is the scoresheet, as the judge says it into the wind:", "as the umpire writes it": the
 * speaker's own words in the manner of someone, present tense with "it", not a telling of theirs.
 * "As she put it" still quotes her.
 */
function inTheMannerOf(tokens: readonly Token[], at: number, verb: number): boolean {
  const as =
    tokens[at - 1]?.text === 'as' ||
    (tokens[at - 2]?.text === 'as' && tokens[at - 1]?.pos === 'DET');
  const told = tokens[verb];
  if (!as || told === undefined || told.lemma === 'put') return false;
  return told.text.endsWith('s') && tokens[verb + 1]?.text === 'it';
}

const COMPARATIVES = new Set(['more', 'most', 'fewer', 'less', 'least']);

/** Prepositions that open a telling of their own: "as the poets say", "like my lead says". */
const TELLING_PREPOSITIONS = new Set(['as', 'like']);
const NOUN_PHRASE_WORDS = new Set(['DET', 'ADJ', 'NUM']);

/**
 * "Whether it is better, faster for users say, is for an A/B test": a preposition's object is
 * not a subject, so the bare "say" after it, set off by a comma, is the speaker's "for example",
 * not users telling.
 */
function saysForExample(tokens: readonly Token[], at: number, verb: number): boolean {
  if (tokens[verb]?.text !== 'say' || tokens[verb + 1]?.text !== ',') return false;
  let before = at - 1;
  while (before >= 0 && NOUN_PHRASE_WORDS.has(tokens[before]?.pos ?? '')) before--;
  const preposition = tokens[before];
  return preposition?.pos === 'ADP' && !TELLING_PREPOSITIONS.has(preposition.text);
}

/** Words from "lay" to its "out": "lays out", "lays it all out", "laid the plan out". */
const LAY_OUT_REACH = 4;

function laysOut(tokens: readonly Token[], verb: number): boolean {
  return tokens.slice(verb + 1, verb + 1 + LAY_OUT_REACH).some((token) => token.text === 'out');
}

const PUT_TELLING = new Set(['it', 'this', 'that', 'forward']);

/** "…, because a failed order loses them and a heavy user tells everyone": a reason, not a telling. */
function givenAsReason(tokens: readonly Token[], at: number): boolean {
  for (let i = at - 1; i >= 0 && !CLAUSE_BREAKS.has(tokens[i]?.text ?? ''); i--) {
    if (tokens[i]?.text === 'because') return true;
  }
  return false;
}
const CLAUSE_BREAKS = new Set([';', ':', '—']);

/**
 * "Weekends tell you nothing", "load tests had told us nothing about a cold start": what is
 * told is nothing, so the clause judges a source as uninformative and tells no one's plan.
 */
function tellsNothing(tokens: readonly Token[], verb: number): boolean {
  let at = verb + 1;
  if (ADDRESSEES.has(tokens[at]?.text ?? '')) at++;
  return NOTHING_TOLD.has(tokens[at]?.text ?? '');
}

/** What tells of events as they happen, not of a plan: "they tell us first if it sounds rude". */
const EVENTS = new Set(['if', 'when', 'whenever', 'whether']);

/**
 * "Early-look buyers (they tell us first if it sounds rude to an elder)": people who report what
 * happens, to the speaker — a reason to put them early, not another voice telling a plan.
 */
function tellsOfEvents(tokens: readonly Token[], verb: number): boolean {
  let at = verb + 1;
  if (ADDRESSEES.has(tokens[at]?.text ?? '')) at++;
  // "… tell us first if …": the tagger may take "first" for an adjective.
  while (tokens[at]?.pos === 'ADV' || tokens[at]?.text === 'first') at++;
  return EVENTS.has(tokens[at]?.text ?? '');
}

/** "here's roughly what it said", "…, or so the poets say:": the telling introduces what follows. */
export function colonAfter(tokens: readonly Token[], from: number): boolean {
  for (let at = from + 1; at < tokens.length; at++) {
    // "… because they forgive and they tell us, then …; phase two, …, cut early: …": a colon past
    // a semicolon opens another clause's list, in an answer said in one breath.
    if (tokens[at]?.text === ';') return false;
    if (tokens[at]?.text === ':') return true;
  }
  return false;
}
