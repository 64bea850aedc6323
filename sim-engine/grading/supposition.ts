import { findAffirmed, localLexicon } from './match';
import type { Token } from './tokens';

/**
 * Whether a subject stands in the speaker's own claim: not in a supposition ("if I owned the
 * order") nor in what others report ("people will tell you the PM should own the plan"), and
 * whether a call is held ahead or made from what the rollout shows.
 */

/** Where a clause ends inside a sentence. */
export const CLAUSE_ENDS = new Set([';', '.', ':', '?', 'while', 'whereas', 'but', '|']);
/** Words between a subject and its verb that keep the subject: "I'd", "I personally". */
export const BETWEEN_POS = new Set(['AUX', 'ADV', 'PART']);
/** A clause that only supposes or wishes: "if I owned the order", "ideally the PM would decide". */
const SUPPOSING = new Set(['if', 'unless', 'whether', 'ideally', 'hypothetically']);

/** Others' word, not the speaker's: "people will tell you the PM should own the plan". */
const REPORTING = new Set([
  'tell',
  'say',
  'claim',
  'argue',
  'insist',
  'hear',
  'suggest',
  'recommend',
]);
const SPEAKERS = new Set(['i', 'we']);
const SUBJECT_POS = new Set(['NOUN', 'PROPN', 'PRON']);

/** The subject stands in a supposition or in what others report, not in the speaker's claim. */
export function supposed(tokens: readonly Token[], at: number): boolean {
  for (let i = at - 1; i >= 0 && !CLAUSE_ENDS.has(tokens[i]?.text ?? '.'); i--) {
    const word = tokens[i] as Token;
    // "If the error rate climbs, I decide …": the condition ends at its comma.
    if (word.text === ',') return false;
    if (SUPPOSING.has(word.text) && !embeddedQuestion(tokens, i)) return true;
    if (REPORTING.has(word.lemma) && word.pos === 'VERB' && reportedByOthers(tokens, i)) {
      return true;
    }
  }
  return false;
}

/**
 * "The decisions that determine whether the canary catches anything are mine": "whether" or "if"
 * as the object of a verb asks an embedded question, it supposes nothing of the main clause.
 */
function embeddedQuestion(tokens: readonly Token[], at: number): boolean {
  const text = tokens[at]?.text;
  return (text === 'whether' || text === 'if') && tokens[at - 1]?.pos === 'VERB';
}

/** The reporting verb has a subject of its own and it is not the speaker ("you'll hear", "people say"). */
function reportedByOthers(tokens: readonly Token[], verb: number): boolean {
  let before = verb - 1;
  while (before >= 0 && BETWEEN_POS.has(tokens[before]?.pos ?? '')) before--;
  const subject = tokens[before];
  if (subject === undefined || SPEAKERS.has(subject.text)) return false;
  return SUBJECT_POS.has(subject.pos);
}

/**
 * "I'd set the limits based on what I see", "once I've seen how those move, I'd set the
 * thresholds", "I'll decide on the spot": a call made from what the rollout shows holds no
 * release decision ahead of the rollout. Seeing alone ("we review what we see") is no such call.
 */
const FROM_WHAT_IS_SEEN = localLexicon(
  'based on what | depending on what | once i have seen | once we have seen | after seeing | ' +
    'after we see | after i see | once we see | once i see | on the spot | in the moment | ' +
    // "… and set the limits from what looks normal then".
    'from what looks',
);

export function decidedFromWhatIsSeen(tokens: readonly Token[]): boolean {
  return findAffirmed(tokens, FROM_WHAT_IS_SEEN).length > 0;
}
