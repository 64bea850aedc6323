import type { Word } from './stance';
import { MODAL_OR_ADVERB, SCOPE_ENDS, scopeEnd, SPEAKERS } from './stance';
import { earlierDraftAt } from './earlierDrafts';
import type { Token } from './tokens';

/**
 * Others' advice reported ("people usually tell you to …", "the textbook says …", "conventional
 * wisdom is …", "you'll hear that …") is mentioned, not proposed: it earns nothing unless the
 * speaker adopts it ("people tell you to start with staff, and I do"; "As the textbook says, …").
 */

/** Who reports common wisdom: "people", "most teams", "the textbook", "conventional wisdom". */
const GENERIC_REPORTERS = new Set([
  'people',
  'folks',
  'everyone',
  'everybody',
  'others',
  'teams',
  'consultants',
  'experts',
  'textbook',
  'textbooks',
  'books',
  'playbook',
  'wisdom',
  'advice',
  'orthodoxy',
  'convention',
  'literature',
  // "Some would say", "many will tell you", "every blog post", "most guides", "many PMs".
  'some',
  'many',
  'guides',
  'post',
  'posts',
  'blogs',
  'articles',
  'pms',
  'practitioners',
]);
const REPORTING_VERBS = new Set([
  'say',
  'tell',
  'recommend',
  'suggest',
  'advise',
  'insist',
  'argue',
  'preach',
  'be',
]);
/** "The orthodox approach is …", "the by-the-book answer is …": a framing said to be common. */
const COMMON_FRAMINGS = new Set(['approach', 'answer', 'line', 'version', 'recipe', 'advice']);
const COMMON_MARKS = new Set(['orthodox', 'conventional', 'textbook', 'book', 'received', 'usual']);
/** Reporters that report by a copula: "conventional wisdom is …", "the textbook answer is …". */
const ADVICE_NOUNS = new Set([
  'wisdom',
  'advice',
  'orthodoxy',
  'convention',
  'textbook',
  'playbook',
]);
/** "You'll hear that …": the generic "you" hearing the advice. */
const HEARING = new Set(['hear', 'read']);
const REPORT_REACH = 4;
const REPORT_NOUNS = new Set(['answer', 'version', 'line']);

/**
 * The index just past a report of others' advice, or -1: a generic reporter followed within a few
 * words by a reporting verb ("people usually tell you", "the textbook says", "conventional wisdom
 * is"), or "you'll hear". "As the textbook says, …" adopts the advice and reports nothing.
 */
const REPORT_STARTS = new Set([...GENERIC_REPORTERS, ...COMMON_FRAMINGS, 'you', 'according', 'i']);
function reportEnds(words: readonly Word[], at: number): number {
  const word = words[at] as Word;
  // One look-up for the common case, a word that opens no report (the hot loop).
  if (!REPORT_STARTS.has(word.text)) return -1;
  if (word.text === 'you' && hearsAdvice(words, at)) return at + 2;
  if (word.text === 'according' && words[at + 1]?.text === 'to') return accordingTo(words, at + 2);
  const framing = COMMON_FRAMINGS.has(word.text) && commonlyMarked(words, at);
  if ((!GENERIC_REPORTERS.has(word.text) && !framing) || word.negated) return -1;
  for (let i = at - 1; i >= 0 && i >= at - 3; i--) if (words[i]?.text === 'as') return -1;
  for (let i = at + 1; i < words.length && i <= at + REPORT_REACH; i++) {
    const verb = words[i] as Word;
    if (REPORTING_VERBS.has(verb.lemma) && (verb.pos === 'VERB' || verb.pos === 'AUX')) {
      return verb.lemma !== 'be' || ADVICE_NOUNS.has(word.text) || framing ? i + 1 : -1;
    }
    // Only a modal or an adverb comes between ("people usually tell"), or the textbook's "answer".
    if (!MODAL_OR_ADVERB.has(verb.pos) && !REPORT_NOUNS.has(verb.text)) return -1;
  }
  return -1;
}

/** "The orthodox approach", "the by-the-book answer": a common mark just before the framing. */
function commonlyMarked(words: readonly Word[], at: number): boolean {
  for (let i = at - 1; i >= 0 && i >= at - 3; i--) {
    if (COMMON_MARKS.has(words[i]?.text ?? '')) return true;
    if (words[i]?.text !== '-' && words[i]?.pos !== 'ADJ') return false;
  }
  return false;
}

/** "According to the textbook, …": what follows the generic source is reported. */
function accordingTo(words: readonly Word[], from: number): number {
  for (let i = from; i < words.length && i < from + REPORT_REACH; i++) {
    if (GENERIC_REPORTERS.has(words[i]?.text ?? '')) return i + 1;
  }
  return -1;
}

/** What opens the advice heard: "you'll hear that …", "you'll read about …", "you'll hear: …". */
const HEARD_OPENERS = new Set(['that', 'about', 'it', 'everywhere', 'online', 'people', ':', ',']);

/**
 * "You'll hear that …", "you'll read about …": the generic "you" hearing advice; not "you don't
 * read lift off the canary" nor "you read the dashboard at each gate", which are the plan.
 */
function hearsAdvice(words: readonly Word[], at: number): boolean {
  let i = at + 1;
  while (MODAL_OR_ADVERB.has(words[i]?.pos ?? '') && words[i]?.pos !== 'VERB') i++;
  const verb = words[i];
  if (verb === undefined || !HEARING.has(verb.lemma) || verb.negated) return false;
  return HEARD_OPENERS.has(words[i + 1]?.text ?? '');
}

/** Where a sentence reports others' advice: [start, end) of what is reported, or null. */
export function reportedAdvice(tokens: readonly Token[]): [number, number] | null {
  for (let i = 0; i < tokens.length; i++) {
    const draft = earlierDraftAt(tokens, i);
    if (draft !== null) return draft;
    const from = reportEnds(tokens, i);
    if (from < 0) continue;
    return [from, scopeEnd(tokens, from)];
  }
  return null;
}

const NEGATORS = new Set(['not', 'no', 'never']);
const ADOPTING = new Set([
  'do',
  'agree',
  'follow',
  'adopt',
  'endorse',
  'stick',
  'right',
  'correct',
  // "That's my view", "I stand by it", "I believe that".
  'view',
  'stand',
  'believe',
]);

/**
 * The speaker adopting the advice just reported: after it in the same sentence or opening the
 * next one, an unnegated fragment with an adopting word and the speaker or a pro-form ("and I
 * do", "I agree", "That's right", "We do exactly that").
 */
export function adopts(words: readonly Word[]): boolean {
  let fragment: Word[] = [];
  for (const word of [...words, null]) {
    if (word === null || word.text === ',' || SCOPE_ENDS.has(word.text)) {
      if (adoptingFragment(fragment)) return true;
      if (word === null || word.text !== ',') return false;
      fragment = [];
    } else if (!(fragment.length === 0 && word.text === 'and')) {
      fragment.push(word);
    }
  }
  return false;
}

function adoptingFragment(fragment: readonly Word[]): boolean {
  // "It didn't, and it can't.": a negator in the fragment denies, it does not adopt.
  if (fragment.length === 0 || fragment.length > 6) return false;
  if (fragment.some((w) => w.negated || NEGATORS.has(w.text))) return false;
  const byWhom = fragment.some(
    (w) => SPEAKERS.has(w.text) || ['that', 'they', 'it'].includes(w.text),
  );
  return byWhom && fragment.some((w) => ADOPTING.has(w.lemma) || ADOPTING.has(w.text));
}
