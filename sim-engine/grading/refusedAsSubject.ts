import { NEGATOR_WORDS } from './match';
import { negatedToken } from './pieces';
import type { Token } from './tokens';

/*
 * A practice named as the subject and refused by what it is said to be: "Limits on p95 or eval
 * scores aren't something I'd write down in advance", "Letting on-call roll back without a
 * manager isn't something I'd allow", "A hold at every stage is not what we need". The refusal
 * comes after the practice, so the model's negation (which reaches forward) never covers it.
 */

/** The text's own test first: most sentences have no such refusal. */
const REFUSED_AS = /\b(?:is|are|was|were)\s*(?:n[’']t|\s+not)\s+(?:something|anything|what)\b/i;
const KINDS = new Set(['something', 'anything', 'what']);
const SPEAKERS = new Set(['i', 'we']);

/**
 * "Holding a day at each stage wouldn't be my approach", "Rollback isn't on-call's call": the
 * practice denied as anyone's way of doing things.
 */
const DENIED_AS_OWN =
  /\b(?:(?:is|are|was|were)\s*(?:n[’']t|\s+not)|(?:would|will|should)\s*(?:n[’']t|\s+not)\s+be|won[’']t\s+be)\s+(?:my|our|their|[\w-]+[’']s)\s+(?:approach|plan|way|choice|call|style|preference|decision|thing)\b/i;
const CLAUSE_OPENINGS = new Set([';', ':', '—', '–']);

/**
 * "The hallucination rate and the cost per conversation shall not be watched or gated": practices
 * as the subject of a negated passive of keeping watch are refused, as "we won't watch them" is.
 */
const NEGATED_PASSIVE =
  /\b(?:(?:is|are)\s*(?:n[’']t|\s+not)|(?:will|shall|would|should)\s*(?:n[’']t|\s+not)\s+be|won[’']t\s+be)\s+(?:watched|tracked|monitored|gated|measured|checked|fixed|set|written|agreed|held|signed)\b/i;

/** The tokens with everything before "isn't something I'd …" negated. */
export function withSubjectRefused(tokens: Token[], text: string): Token[] {
  if (DENIED_AS_OWN.test(text)) return withDeniedAsOwn(tokens);
  if (NEGATED_PASSIVE.test(text)) return withDeniedAsOwn(tokens, SUBJECT_REACH);
  if (!REFUSED_AS.test(text)) return tokens;
  const copula = refusingCopula(tokens);
  if (copula <= 0) return tokens;
  return tokens.map((token, i) => (i < copula ? negatedToken(token) : token));
}

/** How far back a negated passive's subject may run: a run-on's earlier clauses are not it. */
const SUBJECT_REACH = 16;

/** The clause before the negated auxiliary of "… wouldn't be my approach" negated. */
function withDeniedAsOwn(tokens: Token[], reach = Infinity): Token[] {
  const not = tokens.findIndex((token, at) => at > 1 && token.text === 'not');
  if (not < 0) return tokens;
  let start = not - 1;
  while (start > 0 && not - start < reach && !CLAUSE_OPENINGS.has(tokens[start - 1]?.text ?? ''))
    start--;
  return tokens.map((token, i) => (i >= start && i < not - 1 ? negatedToken(token) : token));
}

/** Where "is not something I …" starts, or -1: the speaker's own "something" is refused. */
function refusingCopula(tokens: readonly Token[]): number {
  for (let at = 1; at + 3 < tokens.length; at++) {
    if (tokens[at]?.lemma !== 'be' || tokens[at + 1]?.text !== 'not') continue;
    if (!KINDS.has(tokens[at + 2]?.text ?? '')) continue;
    if (SPEAKERS.has(tokens[at + 3]?.text ?? '')) return at;
  }
  return -1;
}

/**
 * "What would not make me stop, or go, is a better thumbs-up rate in the canary": a clause that
 * opens on "what" (a sentence's or one after a dash) and is negated names, after its "is", what
 * it denies.
 */
const CLEFT = /(?:^|[—–]\s*)what\b[^.]*?\b(?:not|n[’']t|never)\b/i;
const CLAUSE_ENDS = new Set([';', '.', ':', '—', '–']);

/** The tokens with the complement of a negated "What … not … is …" negated. */
export function withCleftRefused(tokens: Token[], text: string): Token[] {
  if (!CLEFT.test(text)) return tokens;
  let read = tokens;
  tokens.forEach((token, at) => {
    const opens = at === 0 || ['—', '–'].includes(tokens[at - 1]?.text ?? '');
    if (opens && token.text === 'what') read = refuseComplement(read, at);
  });
  return read;
}

function refuseComplement(tokens: Token[], from: number): Token[] {
  const clauseEnd = (i: number) => i > from && CLAUSE_ENDS.has(tokens[i]?.text ?? '');
  const negator = tokens.findIndex((token, i) => i > from && NEGATOR_WORDS.has(token.text));
  const stop = tokens.findIndex((_, i) => clauseEnd(i));
  if (negator < 0 || (stop >= 0 && negator > stop)) return tokens;
  const be = tokens.findIndex((token, i) => i > negator + 1 && token.lemma === 'be');
  if (be < 0 || (stop >= 0 && be > stop)) return tokens;
  const end = tokens.findIndex((_, i) => i > be && clauseEnd(i));
  const last = end < 0 ? tokens.length : end;
  return tokens.map((token, i) => (i > be && i < last ? negatedToken(token) : token));
}

/**
 * "Things like +0.5 points on errors look rigorous, but every release is different": examples
 * held up to be appraised and then set aside by "but" are not the speaker's limits.
 */
const APPRAISED =
  /^\s*(?:things|numbers|limits|lines|rules)\s+like\b(?:[^.]|\.\d)*\b(?:look|looks|sound|sounds|seem|seems)\b(?:[^.]|\.\d)*,\s*but\b/i;

/** The tokens with everything before the "but" of "Things like … look rigorous, but …" negated. */
export function withAppraisalSetAside(tokens: Token[], text: string): Token[] {
  if (!APPRAISED.test(text)) return tokens;
  const but = tokens.findIndex((token) => token.text === 'but');
  return but < 0 ? tokens : tokens.map((token, i) => (i < but ? negatedToken(token) : token));
}
