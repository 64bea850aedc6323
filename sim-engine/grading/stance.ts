import type { Piece, Token } from './tokens';

/**
 * The speaker's stance toward what they mention. A bad practice the speaker turns down ("I'd
 * resist the temptation to …", "the mistake teams make is …") and a practice reported as others'
 * advice ("people usually tell you to …", "the textbook says …") are mentioned, not proposed:
 * they earn no point and raise no misconception, unless the speaker then adopts the advice
 * ("people tell you to start with staff, and I do").
 */

interface Word {
  readonly text: string;
  readonly lemma: string;
  readonly pos: string;
  readonly negated: boolean;
}

/** Marks and links that end what a turned-down practice or a report covers. */
const SCOPE_ENDS = new Set([';', '.', '!', '?', 'but', 'whereas', 'however', 'instead']);
const SPEAKERS = new Set(['i', 'we']);
const MODAL_OR_ADVERB = new Set(['AUX', 'ADV', 'PART']);

/**
 * Where a turning-down opens: the index just past its words, or -1. "Resist the temptation (to)",
 * "won't be tempted to", "it's tempting to", "the trap is", "the mistake (teams make) is", "don't
 * fall for", "refuse to", "steer clear of", and "avoid" with a gerund said by the speaker or as
 * an order ("I'd avoid reading …", "Avoid promoting …"), never as a purpose ("to avoid paging").
 */
function turnsDownAt(words: readonly Word[], at: number): number {
  const word = words[at] as Word;
  const next = words[at + 1]?.text ?? '';
  switch (word.lemma) {
    case 'resist':
    case 'refuse':
      return at + 1;
    case 'tempt':
    case 'tempting':
    case 'temptation':
      return next === 'to' || next === 'is' ? at + 2 : -1;
    case 'fall':
      return next === 'for' || (next === 'into' && words[at + 2]?.lemma === 'trap') ? at + 2 : -1;
    case 'steer':
      return next === 'clear' ? at + 2 : -1;
    case 'trap':
    case 'mistake':
    case 'pitfall':
      return mistakeNamed(words, at);
    case 'avoid':
      return avoidsPractice(words, at) ? at + 1 : -1;
    default:
      return word.text === 'tempting' && next === 'to' ? at + 2 : -1;
  }
}

/** "The trap is to …", "the mistake teams make is …", "a common mistake:": what follows is named. */
function mistakeNamed(words: readonly Word[], at: number): number {
  if (words[at + 1]?.text === 'of') return at + 2;
  for (let i = at + 1; i < words.length && i <= at + 5; i++) {
    const text = words[i]?.text ?? '';
    if (text === 'is' || text === 'was' || text === 'be' || text === ':') return i + 1;
    if (SCOPE_ENDS.has(text) || text === ',') return -1;
  }
  return -1;
}

/** "I'd avoid reading …", "Avoid promoting …": the speaker's or an order's, and a gerund after. */
function avoidsPractice(words: readonly Word[], at: number): boolean {
  if (!(words[at + 1]?.text ?? '').endsWith('ing')) return false;
  let before = at - 1;
  while (before >= 0 && MODAL_OR_ADVERB.has(words[before]?.pos ?? '')) before--;
  return before < 0 || SPEAKERS.has(words[before]?.text ?? '');
}

/** Links that may open the speaker's own clause after what they turn down or report. */
const OWN_CLAUSE_LINKS = new Set([',', 'so', 'and', 'then', 'which', 'hence', 'therefore']);
const OWN_SUBJECTS = new Set(['i', 'we', 'our', 'my']);

/**
 * Where what is turned down or reported ends: the clause's end, or where the speaker's own clause
 * opens after it (", so we hold …", "and I …"); commas alone do not end it ("I'd resist the
 * temptation, and there will be one, to …").
 */
function scopeEnd(words: readonly Word[], from: number, afterGerund = false): number {
  let end = from;
  while (end < words.length && !SCOPE_ENDS.has(words[end]?.text ?? '.')) {
    if (end > from && OWN_CLAUSE_LINKS.has(words[end]?.text ?? '')) {
      let next = end + 1;
      while (OWN_CLAUSE_LINKS.has(words[next]?.text ?? '')) next++;
      if (OWN_SUBJECTS.has(words[next]?.text ?? '')) return end;
      // "We avoid widening at peak and hold each stage a day": after a gerund object, a verb not
      // in -ing is a second predicate, the speaker's own (advice lists go on: "… and let …").
      const verb = words[next];
      const ownPredicate = verb?.pos === 'VERB' && !verb.text.endsWith('ing');
      if (afterGerund && words[end]?.text === 'and' && ownPredicate) return end;
    }
    end++;
  }
  return end;
}

/** Negates what each turning-down covers, up to the end of its clause (commas do not end it). */
export function withTurnedDown(pieces: Piece[]): Piece[] {
  for (let i = 0; i < pieces.length; i++) {
    if ((pieces[i] as Piece).negated) continue;
    const from = turnsDownAt(pieces, i);
    if (from < 0) continue;
    const end = scopeEnd(pieces, from, (pieces[from]?.text ?? '').endsWith('ing'));
    for (let j = from; j < end; j++) (pieces[j] as Piece).negated = true;
    i = end;
  }
  return pieces;
}

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
]);
const REPORTING_VERBS = new Set(['say', 'tell', 'recommend', 'suggest', 'advise', 'insist', 'be']);
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
function reportEnds(words: readonly Word[], at: number): number {
  const word = words[at] as Word;
  if (word.text === 'you' && HEARING.has(nextVerb(words, at)?.lemma ?? '')) return at + 2;
  if (!GENERIC_REPORTERS.has(word.text) || word.negated) return -1;
  for (let i = at - 1; i >= 0 && i >= at - 3; i--) if (words[i]?.text === 'as') return -1;
  for (let i = at + 1; i < words.length && i <= at + REPORT_REACH; i++) {
    const verb = words[i] as Word;
    if (REPORTING_VERBS.has(verb.lemma) && (verb.pos === 'VERB' || verb.pos === 'AUX')) {
      return verb.lemma !== 'be' || ADVICE_NOUNS.has(word.text) ? i + 1 : -1;
    }
    // Only a modal or an adverb comes between ("people usually tell"), or the textbook's "answer".
    if (!MODAL_OR_ADVERB.has(verb.pos) && !REPORT_NOUNS.has(verb.text)) return -1;
  }
  return -1;
}

function nextVerb(words: readonly Word[], at: number): Word | undefined {
  let i = at + 1;
  while (MODAL_OR_ADVERB.has(words[i]?.pos ?? '') && words[i]?.pos !== 'VERB') i++;
  return words[i];
}

/** Where a sentence reports others' advice: [start, end) of what is reported, or null. */
export function reportedAdvice(tokens: readonly Token[]): [number, number] | null {
  for (let i = 0; i < tokens.length; i++) {
    const from = reportEnds(tokens, i);
    if (from < 0) continue;
    return [from, scopeEnd(tokens, from)];
  }
  return null;
}

const ADOPTING = new Set([
  'do',
  'agree',
  'follow',
  'adopt',
  'endorse',
  'stick',
  'right',
  'correct',
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
  if (fragment.length === 0 || fragment.length > 6 || fragment.some((w) => w.negated)) return false;
  const byWhom = fragment.some(
    (w) => SPEAKERS.has(w.text) || ['that', 'they', 'it'].includes(w.text),
  );
  return byWhom && fragment.some((w) => ADOPTING.has(w.lemma) || ADOPTING.has(w.text));
}
