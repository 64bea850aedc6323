import { DECISIONS } from './decisionHolder';
import { findAll, has, isNegated, lexicon } from './match';
import type { Token } from './tokens';
import { ENGINEERING } from './vocabulary';

/**
 * Ownership said in speech by placing the calls on the speaker: "the calls about who gets it and
 * when we stop, that's on me", "I'm the one accountable for that" — the decisions named in a
 * nearby clause of the same sentence, pointed at by "that" or carried by the copula's subject.
 */

const SPEAKER = lexicon('me | myself | the pm | pm | product | product management');
/** Words that point back at what the sentence named before. */
const POINTERS = new Set(['that', 'those', 'them', 'these', 'this', 'it', 'all']);
const ANSWERABLE = new Set(['accountable', 'responsible', 'answerable']);
/** Ends of a clause inside a sentence: a comma or a colon does not end one ("X, that's on me"). */
const SPAN_ENDS = new Set([
  ';',
  '.',
  'while',
  'whereas',
  'but',
  'and',
  'though',
  'since',
  'because',
  'if',
]);
const OTHER_ROLES = new Set(['lead', 'leads', 'vp', 'director', 'head', 'cto', 'team', 'they']);
const ANSWERABLE_REACH = 3;

/** "X is on me", "that's on the PM", or "I'm the one accountable for that", with X a release decision. */
export function placedOnSpeaker(tokens: readonly Token[]): boolean {
  for (let i = 1; i < tokens.length; i++) {
    const token = tokens[i] as Token;
    if (token.text === 'on') {
      if (tokens[i - 1]?.lemma === 'be' && !tokens[i - 1]?.negated && speakerAt(tokens, i + 1)) {
        if (decisionsInSpan(tokens, i - 1)) return true;
      }
      // The three answerable words are ten letters or more: most tokens skip the look-up.
    } else if (token.text.length > 9 && ANSWERABLE.has(token.text) && !token.negated) {
      if (!pointsBack(tokens, i + 1)) continue;
      if (speakerIsSubject(tokens, i) && decisionsInSpan(tokens, i)) return true;
    }
  }
  return false;
}

function speakerAt(tokens: readonly Token[], at: number): boolean {
  return findAll(tokens, SPEAKER).some((match) => match.start === at && !isNegated(tokens, at));
}

/** "… accountable for that", "… responsible for all of it". */
function pointsBack(tokens: readonly Token[], at: number): boolean {
  return tokens[at]?.text === 'for' && POINTERS.has(tokens[at + 1]?.text ?? '');
}

/** "I'm the one accountable", "I am responsible": the speaker and a copula just before. */
function speakerIsSubject(tokens: readonly Token[], at: number): boolean {
  for (let j = at - 1; j >= Math.max(0, at - ANSWERABLE_REACH - 1); j--) {
    if (tokens[j]?.lemma === 'be') return tokens[j - 1]?.text === 'i' && !tokens[j]?.negated;
  }
  return false;
}

/**
 * A release decision named in the span around the word ("it's on me to set the order"), a span
 * no comma ends (so "the calls about the order, those are on me" holds them) and that gives
 * nothing to another team.
 */
function decisionsInSpan(tokens: readonly Token[], at: number): boolean {
  let start = at;
  while (start > 0 && !SPAN_ENDS.has(tokens[start - 1]?.text ?? '.')) start--;
  let end = at;
  while (end < tokens.length && !SPAN_ENDS.has(tokens[end]?.text ?? '.')) end++;
  const span = tokens.slice(start, end);
  if (has(span, ENGINEERING) || span.some((token) => OTHER_ROLES.has(token.text))) return false;
  return findAll(span, DECISIONS).length > 0;
}
