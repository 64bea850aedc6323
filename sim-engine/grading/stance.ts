import type { Piece } from './tokens';

/**
 * The speaker's stance toward what they mention. A bad practice the speaker turns down ("I'd
 * resist the temptation to …", "the mistake teams make is …") and a practice reported as others'
 * advice ("people usually tell you to …", "the textbook says …") are mentioned, not proposed:
 * they earn no point and raise no misconception, unless the speaker then adopts the advice
 * ("people tell you to start with staff, and I do").
 */

export interface Word {
  readonly text: string;
  readonly lemma: string;
  readonly pos: string;
  readonly negated: boolean;
}

/** Marks and links that end what a turned-down practice or a report covers. */
export const SCOPE_ENDS: ReadonlySet<string> = new Set([
  ';',
  '.',
  '!',
  '?',
  'but',
  'whereas',
  'however',
  'instead',
]);
export const SPEAKERS: ReadonlySet<string> = new Set(['i', 'we']);
export const MODAL_OR_ADVERB: ReadonlySet<string> = new Set(['AUX', 'ADV', 'PART']);

/** Lemmas that can open a turning-down: one look-up per word before `turnsDownAt` reads more. */
const TURNING_DOWN_LEMMAS = new Set([
  'resist',
  'refuse',
  'tempt',
  'tempting',
  'temptation',
  'fall',
  'steer',
  'trap',
  'mistake',
  'pitfall',
  'avoid',
  'beware',
  'wary',
  'warn',
  'caution',
  'discourage',
  'push',
  'error',
  'pattern',
]);

/**
 * Where a turning-down opens: the index just past its words, or -1. "Resist the temptation (to)",
 * "won't be tempted to", "it's tempting to", "the trap is", "the mistake (teams make) is", "the
 * classic error is", "the anti-pattern is", "don't fall for", "refuse to", "steer clear of",
 * "beware of", "wary of", "warn/caution against", "push back on", "discourage", and "avoid" with
 * a gerund said by the speaker or as an order ("I'd avoid reading …", "Avoid promoting …"), never
 * as a purpose ("to avoid paging").
 */
function turnsDownAt(words: readonly Word[], at: number): number {
  const word = words[at] as Word;
  // One look-up for the common case, a word that opens no turning-down (the hot loop).
  if (!TURNING_DOWN_LEMMAS.has(word.lemma) && word.text !== 'tempting') return -1;
  const next = words[at + 1]?.text ?? '';
  switch (word.lemma) {
    case 'resist':
    case 'refuse':
      return at + 1;
    case 'tempt':
    case 'tempting':
    case 'temptation':
      if (next === 'to' || next === 'is') return at + 2;
      // "I know how tempting it is to read a lift off the canary".
      if (next === 'it' && words[at + 2]?.lemma === 'be' && words[at + 3]?.text === 'to') {
        return at + 4;
      }
      // "will tempt people to call the canary a win": the tempted come between.
      return word.lemma === 'tempt' ? temptedTo(words, at) : -1;
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
    case 'beware':
      return next === 'of' ? at + 2 : at + 1;
    case 'wary':
      return next === 'of' ? at + 2 : -1;
    case 'warn':
    case 'caution':
      return next === 'against' ? at + 2 : -1;
    case 'discourage':
      return at + 1;
    case 'push':
      return next === 'back' && words[at + 2]?.text === 'on' ? at + 3 : -1;
    case 'error':
      // "The classic error is …", never "the error rate is …" or "if the error is above …".
      if (!MISTAKE_KINDS.has(words[at - 1]?.text ?? '') || besideAPreposition(words, at - 1)) {
        return -1;
      }
      return mistakeNamed(words, at);
    case 'pattern':
      return words[at - 1]?.text === 'anti' || words[at - 2]?.text === 'anti'
        ? mistakeNamed(words, at)
        : -1;
    default:
      return word.text === 'tempting' && next === 'to' ? at + 2 : -1;
  }
}

/** Past the "to" after "tempt people" or "tempt the team", or -1. */
function temptedTo(words: readonly Word[], at: number): number {
  for (let to = at + 2; to <= at + 3; to++) if (words[to]?.text === 'to') return to + 1;
  return -1;
}

/** What makes an "error" a mistake of practice: "the classic error", "a common error". */
const MISTAKE_KINDS = new Set([
  'classic',
  'common',
  'usual',
  'typical',
  'big',
  'biggest',
  'rookie',
  'obvious',
  'main',
]);

/**
 * "We watch, next to the usual errors: cost per reply; …": errors as a preposition's object are
 * the error rate counted beside other signals, not a mistake of practice being named.
 */
function besideAPreposition(words: readonly Word[], kind: number): boolean {
  const before = words[kind - 1]?.pos === 'DET' ? kind - 1 : kind;
  return words[before - 1]?.pos === 'ADP';
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
export function scopeEnd(words: readonly Word[], from: number, afterGerund = false): number {
  let end = from;
  while (end < words.length && !SCOPE_ENDS.has(words[end]?.text ?? '.')) {
    if (end > from && words[end]?.text === ':' && clauseOpensAt(words, end + 1)) return end;
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

/** Words that can open a subject, and how soon its verb must follow. */
const SUBJECT_OPENERS = new Set(['DET', 'PRON', 'NOUN', 'PROPN']);
const SUBJECT_WORDS = 4;

/**
 * "I'd push back on anyone calling it a win: the canary says it doesn't break things": after what
 * is turned down, a colon opening a clause with its own subject and verb gives the speaker's
 * reason. A colon opening more of the practice ("…: ramping fast, skipping holds") does not.
 */
function clauseOpensAt(words: readonly Word[], at: number): boolean {
  if (!SUBJECT_OPENERS.has(words[at]?.pos ?? '')) return false;
  for (let i = at + 1; i < words.length && i <= at + SUBJECT_WORDS; i++) {
    const word = words[i] as Word;
    if (word.pos === 'VERB' || word.pos === 'AUX') return !word.text.endsWith('ing');
  }
  return false;
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
