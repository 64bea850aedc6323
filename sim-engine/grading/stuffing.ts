import type { Findings } from './findings';
import { headedBySpeaker } from './listHeadings';
import { hasAny, lexicon } from './match';
import type { Sentence } from './sentences';
import { SPEAKER_WORDS } from './speaker';

/** Stuffing: sentences that name many points without relating them, re-read as lists. */

/** A sentence naming this many points needs this many words per point to be more than a list … */
const DENSE_POINTS = 6;
/** … and one that says no one's they are, this many. */
const DENSE_UNOWNED_POINTS = 5;
const FUNCTION_WORDS_PER_POINT = 1;
/** Words besides the speaker's that say whose the points are: "Mine: …", the PM named. */
const OWNERS_NAMED = new Set(['mine', 'pm', 'product']);

/**
 * A sentence naming many points around one verb, or with only a few words per point ("we use
 * canary rollback thresholds p99 A/B..."), is a list in disguise: it is re-read as a list, so it
 * can no longer earn credit.
 */
export function stuffedSentences(
  sentences: readonly Sentence[],
  found: readonly Findings[],
): Set<number> {
  const perSentence = new Map<number, number>();
  for (const findings of found) {
    findings.clauseMentions.forEach((at) => perSentence.set(at, (perSentence.get(at) ?? 0) + 1));
  }
  const stuffed = (sentence: Sentence) => {
    const named = perSentence.get(sentence.index) ?? 0;
    // "I own the order, the limits, the holds and the sign-off …", "Mine: exposure order, stop
    // limits, …" name five points and say whose they are; five named by no one ("cohort p99
    // rollback, sign-off on-call A/B, …") are strung.
    const whose = sentence.tokens.some(
      (token) => SPEAKER_WORDS.has(token.text) || OWNERS_NAMED.has(token.text),
    );
    const dense =
      named >= (whose ? DENSE_POINTS : DENSE_UNOWNED_POINTS) &&
      sentence.functionWords < FUNCTION_WORDS_PER_POINT * named;
    // "My calls: exposure order, abort numbers, step lengths.": the speaker's heading relates
    // each item to the speaker, so a short list of decisions under it is not stuffing.
    const owned = headedBySpeaker(sentence.tokens);
    return (
      dense ||
      (!owned && named > 2 + 2 * sentence.relations) ||
      (named > 2 && inOneBreath(sentence)) ||
      (named >= JARGON_POINTS && hasAny(sentence.tokens, JARGON))
    );
  };
  return new Set(sentences.filter(stuffed).map((sentence) => sentence.index));
}

/**
 * Consultants' words that do no work in a plan: "the canary leverages cohort-based thresholds and
 * holds with sign-off and rollback for A/B alignment", "threshold-first thinking synergised across
 * routes". Around two points or more they string the points' names, whatever grammar joins them;
 * a plan that says "we leverage the flag to roll back" names one point and keeps it.
 */
const JARGON = lexicon(
  'leverag* | synergi* | holistic* | paradigm* | alignment | best in class | north star | mindset',
);
const JARGON_POINTS = 2;

/** A list said in one breath has this many items at least … */
const BREATH_ITEMS = 12;
/** … and this many items or more per verb ("it's really the harness and the rate and …"). */
const ITEMS_PER_VERB = 6;

/**
 * "So it's really the eval harness and the hallucination rate and p95 and …, the rollback switch,
 * sign-off, …, all of that together": a run of a dozen items or more, hung on few verbs (the
 * tagger calls some of its nouns verbs), is a list, whatever grammar words join it.
 */
function inOneBreath(sentence: Sentence): boolean {
  let items = 0;
  let verbs = 0;
  // Each part between dashes or semicolons is counted apart: sentences run together with dashes
  // ("… a day each — the on-call engineer flips it back — …") are several breaths.
  const breathless = () => items >= BREATH_ITEMS && items >= ITEMS_PER_VERB * verbs;
  for (let at = 0; at < sentence.tokens.length; at++) {
    const text = sentence.tokens[at]?.text ?? '';
    if (BREATHS.has(text)) {
      if (breathless()) return true;
      items = 0;
      verbs = 0;
    } else if (ITEM_MARKS.has(text)) items++;
    else if (predicates(sentence.tokens, at)) verbs++;
  }
  return breathless();
}

const BREATHS = new Set(['—', '–', ';']);
const ITEM_MARKS = new Set([',', 'and', 'or']);
/** Words after which a "verb" is one of the list's items: "and holds", "the kill switch". */
const ITEM_LEADS = new Set([',', 'and', 'or', 'the', 'a', 'an']);
const NOMINAL = new Set(['NOUN', 'PROPN', 'ADJ', 'NUM']);

/** A verb that says something: not an item the tagger took for a verb ("the rollback switch"). */
function predicates(tokens: Sentence['tokens'], at: number): boolean {
  const token = tokens[at];
  if (token === undefined || (token.pos !== 'VERB' && token.pos !== 'AUX')) return false;
  // "… but regulars are not the ones …", "piece A, mine, is the order …": an auxiliary is never
  // one of the list's items, wherever it stands.
  if (token.pos === 'AUX') return true;
  const before = tokens[at - 1];
  return before === undefined || (!ITEM_LEADS.has(before.text) && !NOMINAL.has(before.pos));
}
