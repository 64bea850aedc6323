import { negatedToken } from './pieces';
import { refusesListAfterColon } from './refusedLists';
import type { Token } from './tokens';

/**
 * A decision named before a colon and refused after it: "Which users go first: I wouldn't
 * choose.", "Who signs each step: nobody, because there wouldn't be steps.", "Rollback limits
 * before Friday: I wouldn't fix any." The words before the colon are turned down with it. A
 * refusal that goes on to say something ("Rollback: nobody waits for me, on-call flips it") or
 * a speaker who refuses one thing and does another ("Ownership: I don't own the routing; …") is
 * not this; "Sign-off: nobody would sign off an advance, not even me" is.
 */

const NOBODY = new Set(['nobody', 'none', 'nothing', 'noone']);
/** What may follow a bare refusal: the sentence's end, a comma, or the reason for it. */
const BARE_ENDS = new Set(['.', ',', ';', '!', '—', '–', 'because', 'since', 'either']);
const SPEAKERS = new Set(['i', 'we']);
const CONDITIONS = new Set(['if', 'when', 'once', 'unless', 'whenever']);
/** Where a speaker's bare refusal may end: the sentence, or its reason ("I wouldn't, because …"). */
const SPEAKER_ENDS = new Set(['.', ';', '!', 'because', 'since']);
/** What a refused verb may take and stay bare: "I wouldn't fix any", "I wouldn't run one either". */
const BARE_OBJECTS = new Set(['it', 'one', 'any', 'them', 'either', 'that', 'this', 'anything']);
const LABEL_WORDS = 8;
const VERB_REACH = 3;

/** Where the refusing colon stands, or -1: everything before it is turned down. */
export function refusedAfterColon(tokens: readonly Token[]): number {
  const colon = tokens.findIndex((token) => token.text === ':');
  if (colon < 1) return -1;
  // "If the canary shows it converts better: we don't wait, we ship": a condition, not a label.
  if (CONDITIONS.has(tokens[0]?.text ?? '')) return -1;
  const refused = refusedAt(tokens, colon, 0);
  if (refused >= 0 || colon > LEADING_LABEL_TOKENS) return refused;
  // "Pitch 6, grade I: the master signing off each step: not needed.": a line's own short label
  // before the label that is turned down.
  const next = tokens.findIndex((token, at) => at > colon && token.text === ':');
  return next < 0 ? -1 : refusedAt(tokens, next, colon + 1);
}

/** Tokens of a line's own label before the label a refusal turns down: "Pitch 6, grade I". */
const LEADING_LABEL_TOKENS = 5;

function refusedAt(tokens: readonly Token[], colon: number, start: number): number {
  const labelWords = colon - start;
  const first = tokens[colon + 1];
  if (first === undefined) return -1;
  // A subjectless refusal is short and plain enough to turn down a longer label, a whole item.
  if (first.text === 'not') return refusedWithoutSubject(tokens, colon + 1) ? colon : -1;
  // "…, years buying: none of it.": a refusal pointing back at all of the label, and ending
  // there, turns down a longer label, as a subjectless one does.
  const pointsBack = ofWhatWasNamed(tokens, colon + 2);
  const wholeLabel = NOBODY.has(first.text) && pointsBack > 0;
  const endsThere = (tokens[colon + 4]?.text ?? '.') === '.';
  // "Saying the canary is only about safety and then running an A/B test: I would not do that
  // either.": the speaker's bare refusal of "that" turns down a longer label too.
  const refusedBack = SPEAKERS.has(first.text) && refusesWhatWasNamed(tokens, colon + 2);
  if (labelWords > LABEL_WORDS && !(wholeLabel && endsThere) && !refusedBack) return -1;
  if (NOBODY.has(first.text) || (first.text === 'no' && tokens[colon + 2]?.text === 'one')) {
    const subjectEnd = colon + (first.text === 'no' ? 3 : 2) + pointsBack;
    const after = tokens[subjectEnd];
    if (after === undefined || BARE_ENDS.has(after.text)) return colon;
    return nobodyDoesIt(tokens, subjectEnd) ? colon : -1;
  }
  if (!SPEAKERS.has(first.text)) return -1;
  return speakerRefusesBare(tokens, colon + 2) ? colon : -1;
}

const NAMED_BEFORE = new Set(['it', 'them', 'that', 'those', 'this', 'these']);

/** "Staff first, opted-in first: none of it.": the refusal points back at the label (2 words). */
function ofWhatWasNamed(tokens: readonly Token[], at: number): number {
  return tokens[at]?.text === 'of' && NAMED_BEFORE.has(tokens[at + 1]?.text ?? '') ? 2 : 0;
}

/** The tagger reads a subjectless "packing" as a noun: its ending says it is the verb. */
function isVerbForm(token: Token): boolean {
  if (token.pos === 'VERB') return true;
  return token.pos === 'NOUN' && /(?:ing|ed)$/.test(token.text);
}

/** Verbs whose denial keeps the practice: "Holds: not skipped." */
const LEAVING_OUT = new Set(['skip', 'drop', 'cut', 'omit', 'remove', 'forget', 'miss', 'ignore']);

/**
 * "New clients last: not packing it.", "Rollback on any hour: not needed.": "not" and a verb
 * with no subject, at most a bare object after it, refuses the label as "I wouldn't" does.
 */
function refusedWithoutSubject(tokens: readonly Token[], not: number): boolean {
  // "…, first-time guests last: not for this one.": the plan named is not this change's.
  if (tokens[not + 1]?.text === 'for') return notForThis(tokens.slice(not + 2));
  const verb = tokens[not + 1];
  if (verb === undefined || !isVerbForm(verb) || LEAVING_OUT.has(verb.lemma)) return false;
  for (let at = not + 2; at < tokens.length; at++) {
    const text = tokens[at]?.text ?? '';
    if (SPEAKER_ENDS.has(text)) return true;
    // "not gating on any of them": what is refused, pointed back at through a preposition.
    if (!BARE_OBJECTS.has(text) && !BARE_LINKS.has(text)) return false;
  }
  return true;
}

const BARE_LINKS = new Set(['on', 'of', 'for', 'to', 'with', 'about']);

/** Words naming this change after "not for": "this one", "this change", "us", "now". */
const NOT_FOR_WORDS = 3;

function notForThis(rest: readonly Token[]): boolean {
  const words = rest.filter((token) => token.kind !== 'mark');
  const end = rest.findIndex((token) => SPEAKER_ENDS.has(token.text));
  const before = end < 0 ? rest : rest.slice(0, end);
  const plain = before.every(
    (token) => token.kind === 'mark' || !['VERB', 'AUX'].includes(token.pos),
  );
  return (
    words.length > 0 &&
    before.filter((token) => token.kind !== 'mark').length <= NOT_FOR_WORDS &&
    plain
  );
}

/**
 * "Sign-off: nobody would sign off an advance, not me and not an engineering lead." Every verb
 * after "nobody" is negated: nothing in the clause is done. A later verb outside the negation
 * ("nobody waits for me, on-call flips it"), or one an exception affirms ("nobody moves up
 * without my ok", negationScope.ts), makes it a statement.
 */
function nobodyDoesIt(tokens: readonly Token[], from: number): boolean {
  const verbs = tokens.slice(from).filter((token) => token.pos === 'VERB' || token.pos === 'AUX');
  return verbs.length > 0 && verbs.every((verb) => verb.negated);
}

/** "I wouldn't choose.", "I wouldn't fix any.": a negated verb with at most a bare object. */
function speakerRefusesBare(tokens: readonly Token[], from: number): boolean {
  // "I would not do that": the tagger reads the main verb "do" as an auxiliary before its object.
  const verb = tokens.findIndex(
    (token, at) =>
      at >= from &&
      at < from + VERB_REACH &&
      (token.pos === 'VERB' ||
        (token.lemma === 'do' && NAMED_BEFORE.has(tokens[at + 1]?.text ?? ''))),
  );
  if (verb < 0 || tokens[verb]?.negated !== true) return false;
  for (let at = verb + 1; at < tokens.length; at++) {
    const text = tokens[at]?.text ?? '';
    if (SPEAKER_ENDS.has(text)) return true;
    if (!BARE_OBJECTS.has(text)) return false;
  }
  return true;
}

/**
 * "I would not do that (either).": a refusal whose object points back at the label (that it is
 * bare is checked after, as for any speaker's refusal).
 */
function refusesWhatWasNamed(tokens: readonly Token[], from: number): boolean {
  const rest = tokens.slice(from).filter((token) => BARE_OBJECTS.has(token.text));
  return rest.some((token) => NAMED_BEFORE.has(token.text));
}

/** A list after the colon turned round by a word of contrast: "…: none of that; instead, …". */
const CONTRASTS = new Set(['instead', 'but', 'rather']);

/**
 * "Three things I would leave out of this release: an order of cohorts, thresholds and holds."
 * A refusing heading and its list in one sentence: the list after the colon is what is turned
 * down, as the items under a refusing heading are (refusedLists.ts).
 */
export function withListRefusedBeforeColon(tokens: Token[]): Token[] {
  const colon = tokens.findIndex((token) => token.text === ':');
  if (colon < 1 || colon === tokens.length - 1) return tokens;
  const head = tokens.slice(0, colon);
  if (!refusesListAfterColon(head) && !claimRefused(head)) return tokens;
  if (tokens.slice(colon + 1).some((token) => CONTRASTS.has(token.text))) return tokens;
  return tokens.map((token, at) => (at > colon ? negatedToken(token) : token));
}

/** Nouns for something said: "One claim I don't want to hear later: that …". */
const CLAIMS = new Set([
  'claim',
  'line',
  'story',
  'conclusion',
  'headline',
  'argument',
  'sentence',
]);
/** Verbs of voicing or taking a claim, negated in the heading that refuses it. */
const VOICING = new Set(['hear', 'say', 'accept', 'make', 'draw', 'tell', 'read', 'repeat']);

/**
 * "One claim I don't want to hear later: that this canary showed the new model is better", "The
 * conclusion nobody should draw: …": a heading that names a claim and refuses to hear or make it
 * turns down what follows the colon. "One claim I want everyone to hear: …" asserts it.
 */
function claimRefused(head: readonly Token[]): boolean {
  if (!head.some((token) => CLAIMS.has(token.lemma))) return false;
  return head.some((token) => VOICING.has(token.lemma) && token.negated);
}
