import type { Piece } from './tokens';

/**
 * "No, I will not say the cohort order, the limits and the holds are mine": the speaker refusing
 * to say something refuses what would have been said. Everything the verb of saying governs, to
 * the end of its clause, is read as negated, as "the limits are not mine" would be (read by
 * tokens.ts, after the negation's own scope is set).
 */

/** Verbs of saying or claiming whose refusal refuses their content. */
const CLAIMING = new Set(['say', 'claim', 'state', 'pretend', 'declare', 'promise']);
const SPEAKERS = new Set(['i', 'we']);
const NEGATORS = new Set(['not', 'never']);
const CLAUSE_LINKS = new Set(['and', 'so', 'or', 'then', 'because', 'since']);
/** Words back from the verb to its subject: "I will not", "we do not ever". */
const SUBJECT_REACH = 4;
/**
 * Where the refused content ends: the clause's end, a contrast that opens the speaker's own, or
 * the exception the claim waits on ("I wouldn't claim that without a randomised A/B test").
 */
const CONTENT_ENDS = new Set([
  '.',
  ';',
  '?',
  '!',
  'but',
  'instead',
  'without',
  'unless',
  'until',
  'before',
  'except',
]);

export function withClaimsRefused(pieces: Piece[]): Piece[] {
  // The refusal is the speaker's own, said just before the verb ("I will not say", "we never
  // claim"), not a negation running on from earlier in a long unpunctuated line.
  const verb = pieces.findIndex((piece, at) => {
    if (!CLAIMING.has(piece.lemma) || !piece.negated) return false;
    const before = pieces.slice(Math.max(0, at - SUBJECT_REACH), at);
    const negator = before.findIndex((word) => NEGATORS.has(word.text));
    return negator >= 0 && before.slice(0, negator).some((word) => SPEAKERS.has(word.text));
  });
  if (verb < 0) return pieces;
  // The content is one clause: past its own verb ("… are mine"), the next mark or "and" ends it.
  let contentVerb = false;
  for (let at = verb + 1; at < pieces.length; at++) {
    const piece = pieces[at] as Piece;
    if (CONTENT_ENDS.has(piece.text)) break;
    if (contentVerb && (piece.kind === 'mark' || CLAUSE_LINKS.has(piece.text))) break;
    contentVerb ||= piece.pos === 'VERB' || piece.pos === 'AUX';
    if (piece.kind !== 'mark') piece.negated = true;
  }
  return pieces;
}
