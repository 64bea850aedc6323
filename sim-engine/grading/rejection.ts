import type { Lexicon, Match } from './match';
import { findAll, fragmentOf, isNegated } from './match';
import { BOUND_COMPARATIVES } from './negationScope';
import type { Token } from './tokens';

/** Rejection: a claim turned down by its negation, its fragment or the clause it conditions. */

/** Every match neither negated nor rejected by its clause (`statesUnrejected`, match by match). */
export function findUnrejected(tokens: readonly Token[], lex: Lexicon): readonly Match[] {
  return findAll(tokens, lex).filter((match) => !rejected(tokens, match.start));
}

/** Words that reject what their fragment says ("a random slice tells us nothing"). */
const REJECTING = new Set([
  'not',
  'no',
  'never',
  'nothing',
  'nobody',
  'none',
  'instead',
  'avoid',
  'wrong',
  'mistake',
  'against',
  'neither',
  'nor',
  'without',
  // Dismissals: "picking special cohorts is overkill", "hallucinations are rare".
  'overkill',
  'unnecessary',
  'pointless',
  'needless',
  'rare',
]);
const CLAUSE_ENDS = new Set([';', ':', '.', '?', '!', 'but', 'whereas', '(', ')', '—']);

/**
 * True when the lexicon is stated and not rejected: no negation covers the match and its clause
 * holds no rejecting word. A rejected bad practice is not a misconception ("if we'd need a
 * redeploy, the setup isn't ready").
 */
export function statesUnrejected(tokens: readonly Token[], lex: Lexicon): boolean {
  return findAll(tokens, lex).some((match) => !rejected(tokens, match.start));
}

const FRAGMENT_ENDS = new Set([',', ...CLAUSE_ENDS]);
/**
 * A reason after a claim does not reject it: in "staff use it first since they can spot a wrong
 * answer" the reason's "wrong" judges an answer the model gives, not the order. A judgment before
 * the reason still reaches into it ("it went wrong because we believed the lift").
 */
const CLAIM_ENDS = new Set([...FRAGMENT_ENDS, 'because', 'since']);
const CONDITIONS = new Set(['if', 'when', 'whenever', 'should']);
/** Words that may open a condition before its conjunction ("even if", "only if"). */
const CONDITION_LEADS = new Set(['even', 'only', 'and', 'so']);

/** True when a negation or a rejecting clause turns down the words at `at` (see `rejected`). */
export function isRejected(tokens: readonly Token[], at: number): boolean {
  return rejected(tokens, at);
}

/**
 * Rejected: a negation covers the match, or a rejecting word sits in its fragment ("not a code
 * deploy", "a random slice tells us nothing"), or the match is the condition of a rejecting main
 * clause ("if we'd need a redeploy, the setup isn't ready").
 */
function rejected(tokens: readonly Token[], at: number): boolean {
  if (isNegated(tokens, at)) return true;
  let start = at;
  while (start > 0 && !FRAGMENT_ENDS.has(tokens[start - 1]?.text ?? '.')) start--;
  let claimEnd = at;
  while (claimEnd < tokens.length && !CLAIM_ENDS.has(tokens[claimEnd]?.text ?? '.')) claimEnd++;
  if (rejectsIn(tokens, start, claimEnd) || afterRatherThan(tokens, start, at)) return true;
  let end = claimEnd;
  while (end < tokens.length && !FRAGMENT_ENDS.has(tokens[end]?.text ?? '.')) end++;
  const lead = CONDITION_LEADS.has(tokens[start]?.text ?? '') ? start + 1 : start;
  if (!CONDITIONS.has(tokens[lead]?.text ?? '') || tokens[end]?.text !== ',') return false;
  let next = end + 1;
  while (next < tokens.length && !FRAGMENT_ENDS.has(tokens[next]?.text ?? '.')) next++;
  return rejectsIn(tokens, end + 1, next);
}

/** "A routing change rather than a redeploy": what follows "rather than" is turned down. */
function afterRatherThan(tokens: readonly Token[], start: number, at: number): boolean {
  for (let i = at - 1; i > start; i--) {
    if (tokens[i]?.text === 'than' && tokens[i - 1]?.text === 'rather') return true;
  }
  return false;
}

function rejectsIn(tokens: readonly Token[], start: number, end: number): boolean {
  for (let i = start; i < end; i++) {
    if (boundsComparative(tokens, i)) continue;
    if (comparedAgainst(tokens, i)) continue;
    if (REJECTING.has(tokens[i]?.text ?? '') || remitOfOthers(tokens, i)) return true;
    if (judgedOut(tokens, i)) return true;
  }
  return false;
}

/** Nouns before "against" that argue against what follows: "the case against a random slice". */
const ARGUED = new Set(['case', 'argument', 'point', 'vote', 'advice', 'warning', 'objection']);

/**
 * "The members on the big model against everyone still on the old one": a group set against
 * another is compared with it, not turned down; "we decided against it" and "the case against it"
 * turn it down.
 */
function comparedAgainst(tokens: readonly Token[], at: number): boolean {
  const before = tokens[at - 1];
  if (tokens[at]?.text !== 'against' || before === undefined) return false;
  return ['NOUN', 'PROPN'].includes(before.pos) && !ARGUED.has(before.lemma);
}

/** "Not more than 10 %", "no worse than 1 point": a bound, not a rejection. */
function boundsComparative(tokens: readonly Token[], at: number): boolean {
  const text = tokens[at]?.text;
  return (text === 'not' || text === 'no') && BOUND_COMPARATIVES.has(tokens[at + 1]?.text ?? '');
}

/** Words before "scope" or "remit" that put what they say outside it. */
const OUTSIDE = new Set(['out', 'outside', 'beyond']);

/**
 * A practice judged out: "a redeploy is too slow", "too risky"; "random picking is out of scope
 * for the canary", "beyond its remit".
 */
function judgedOut(tokens: readonly Token[], at: number): boolean {
  const token = tokens[at];
  // "A number picked while watching a chart is an opinion": judged as mere belief; not "in my
  // opinion", which gives one.
  if (token?.lemma === 'opinion') return calledSo(tokens, at);
  if (token?.text === 'too') return ['ADJ', 'ADV'].includes(tokens[at + 1]?.pos ?? '');
  if (token?.text !== 'scope' && token?.text !== 'remit') return false;
  for (let i = at - 1; i >= Math.max(0, at - 3); i--) {
    if (OUTSIDE.has(tokens[i]?.text ?? '')) return true;
  }
  return false;
}

const CALLED_REACH = 3;

/** The word is what something is called: "is an opinion", "are just opinions". */
function calledSo(tokens: readonly Token[], at: number): boolean {
  return tokens.slice(Math.max(0, at - CALLED_REACH), at).some((token) => token.lemma === 'be');
}

/** What belongs to someone else's remit: "token cost is finance's problem". */
const REMITS = new Set(['problem', 'concern', 'job', 'headache', 'business']);

/** True when the fragment of the words at `at` hands them to someone else ("finance's problem"). */
export function handedToOthers(tokens: readonly Token[], at: number): boolean {
  const fragment = fragmentOf(tokens);
  for (let i = 0; i < tokens.length; i++) {
    if (fragment[i] === fragment[at] && remitOfOthers(tokens, i)) return true;
  }
  return false;
}

const MODALS = new Set(['can', 'could', 'will', 'should', 'may']);

/**
 * "Finance's problem", or "something finance can review at month end": a remit named as another
 * team's. Not "something we watch daily": the speaker keeps it.
 */
function remitOfOthers(tokens: readonly Token[], at: number): boolean {
  const token = tokens[at];
  if (token?.text === 'something') {
    const holder = tokens[at + 1];
    return holder?.pos !== 'PRON' && MODALS.has(tokens[at + 2]?.text ?? '');
  }
  return REMITS.has(token?.text ?? '') && tokens[at - 1]?.text === "'s";
}
