import type { Token } from './tokens';

const CLAUSE_MARKS = new Set([',', ';', ':', '—', '–', '.']);

/** A telling supposed in a condition (read by narrator.ts): it narrates nothing after it. */

/** Words that open a supposition: "even if they argue …", "if anyone says …". */
const SUPPOSING = new Set(['if', 'unless', 'whether', 'suppose', 'say']);
const SUPPOSING_REACH = 4;

/**
 * "Please don't let anyone renegotiate these, even if they argue a breach is noise": a telling
 * supposed in a condition tells nothing, so it narrates nothing that follows.
 */
export function supposedTelling(tokens: readonly Token[], at: number): boolean {
  if (concededTelling(tokens, at)) return true;
  for (let i = at - 1; i >= 0 && i >= at - SUPPOSING_REACH; i--) {
    const text = tokens[i]?.text ?? '';
    if (SUPPOSING.has(text)) return toldInItsClause(tokens, at);
    if (CLAUSE_MARKS.has(text)) return false;
  }
  return false;
}

/**
 * What the supposed telling says is in its own clause ("argue a breach is noise"), not what
 * follows ("If a candidate told me the following, I'd give full marks: …" tells the plan).
 */
function toldInItsClause(tokens: readonly Token[], at: number): boolean {
  const end = tokens.findIndex((token, i) => i > at && CLAUSE_MARKS.has(token.text));
  const said = tokens.slice(at + 1, end < 0 ? tokens.length : end);
  return said.length >= 2 && !said.some((token) => FORWARD_POINTERS.has(token.text));
}
const FORWARD_POINTERS = new Set(['following', 'this', 'these']);

/** Words that concede whatever a telling says: "whatever the calendar says". */
const CONCEDING = new Set(['whatever', 'whoever']);
/** Words from the concession to the telling: "whatever the end of the month says". */
const CONCEDING_REACH = 8;

/**
 * "The old cluster stays on a week, whatever the end of the month says": a telling conceded
 * whatever it says tells nothing; the clause it leans on is the speaker's.
 */
function concededTelling(tokens: readonly Token[], at: number): boolean {
  for (let i = at - 1; i >= 0 && i >= at - CONCEDING_REACH; i--) {
    const text = tokens[i]?.text ?? '';
    if (CONCEDING.has(text)) return true;
    if (CLAUSE_MARKS.has(text)) return false;
  }
  return false;
}
