import { isNegator } from './negationScope';
import type { Piece } from './tokens';

/**
 * "He asked about stages with a sign-off at each; I said we'd skip the sign-offs": a proposal
 * someone else made, reported in the first clause, then turned down in the speaker's reply in the
 * same sentence. What was proposed is not the speaker's plan, so it is read as negated. A reply
 * that takes the proposal up ("…; I said yes, at every stage") leaves it as it was.
 */

/** Verbs that report what someone else proposed or asked for. */
const PROPOSING = new Set([
  'ask',
  'suggest',
  'propose',
  'raise',
  'recommend',
  'want',
  'mention',
  'push',
  'float',
  'say',
]);
/**
 * The speaker's reply in the past, as a conversation is told: "I said …", "I told him …". "…, so
 * we answer with a number" is the plan's own consequence, not a reply.
 */
const REPLYING = new Set(['said', 'told', 'replied', 'answered', 'responded']);
const SPEAKERS = new Set(['i', 'we']);
/** Marks between the report and the reply. */
const BREAKS = new Set([';', ',', '—']);
/** Links that may open the reply: "…, and I said …", "…, but I told him …". */
const LINKS = new Set(['and', 'but']);
/** Where the reply's first clause ends: "…, since they add meetings" gives a reason, not a plan. */
const REPLY_ENDS = new Set([';', '.', 'since', 'because', 'as', 'but']);
/** Verbs that turn a proposal down without a negator: "we'd skip the gates". */
const DISMISSING = new Set(['skip', 'drop', 'avoid', 'ditch', 'ignore', 'refuse', 'decline']);

export function withProposalTurnedDown(pieces: Piece[]): Piece[] {
  const reply = replyAt(pieces);
  if (reply < 0) return pieces;
  let breakAt = reply - 1;
  while (breakAt > 0 && LINKS.has(pieces[breakAt]?.text ?? '')) breakAt--;
  const report = reportStart(pieces, breakAt);
  if (report < 0 || !turnsDown(pieces, reply + 2)) return pieces;
  for (let i = report; i < breakAt; i++) (pieces[i] as Piece).negated = true;
  return pieces;
}

/** Where the speaker's reply opens after a break: "I" or "we" and a verb of replying. */
function replyAt(pieces: readonly Piece[]): number {
  return pieces.findIndex((piece, i) => {
    if (!SPEAKERS.has(piece.text) || !REPLYING.has(pieces[i + 1]?.text ?? '')) return false;
    let before = i - 1;
    while (before > 0 && LINKS.has(pieces[before]?.text ?? '')) before--;
    return before > 0 && BREAKS.has(pieces[before]?.text ?? '');
  });
}

/** Marks that open a clause of its own before the report: "Notes (Finance asked …". */
const CLAUSE_OPENINGS = new Set([';', ':', '(', '—', '.']);

/**
 * Where the clause that reports someone else's proposal starts ("He asked about …", "Dana
 * suggested …"), with something proposed between its verb and the break; or -1.
 */
function reportStart(pieces: readonly Piece[], breakAt: number): number {
  let verb = -1;
  for (let i = breakAt - 1; i >= 0 && verb < 0; i--) {
    if (CLAUSE_OPENINGS.has(pieces[i]?.text ?? '')) return -1;
    if (PROPOSING.has(pieces[i]?.lemma ?? '') && pieces[i]?.pos === 'VERB') verb = i;
  }
  if (verb < 0 || breakAt - verb < 2) return -1;
  let start = verb;
  while (start > 0 && !CLAUSE_OPENINGS.has(pieces[start - 1]?.text ?? '')) start--;
  const subject = pieces.slice(start, verb);
  if (subject.some((piece) => SPEAKERS.has(piece.text) || piece.text === 'me')) return -1;
  return subject.some((piece) => ['PRON', 'PROPN', 'NOUN'].includes(piece.pos)) ? start : -1;
}

/** A negator or a dismissing verb in the reply's first clause. */
function turnsDown(pieces: readonly Piece[], from: number): boolean {
  for (let i = from; i < pieces.length && !REPLY_ENDS.has(pieces[i]?.text ?? ''); i++) {
    const piece = pieces[i] as Piece;
    // The model reads a closing "No." as one word, "no.".
    if (isNegator(piece) || piece.text === 'no.' || DISMISSING.has(piece.lemma)) return true;
  }
  return false;
}
