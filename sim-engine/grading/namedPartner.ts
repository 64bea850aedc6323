import { CLAUSE_MARKS } from './pieces';
import { rolesNamed } from './roles';
import type { Token } from './tokens';

/**
 * Two people as one clause's subject without "both" (read by jointActs.ts): "Gogo Thandeka, who
 * leads our beadworkers, and I count the first necklace …".
 */

/** Words from "both" or "and I" back to the first person named: "Jensen, our advisor, and". */
export const SUBJECT_REACH = 12;

/**
 * "X and I count the first necklace …" states what the two do; "X and I setting the first tunduk
 * at each gate" only sketches it, and commits to nothing.
 */
export function jointClause(tokens: readonly Token[], i: number): boolean {
  if ((tokens[i + 1]?.text ?? '').endsWith('ing')) return false;
  return personBeforeI(tokens, i - 1, sharedAct(tokens, i));
}

/**
 * "The eldest knitter and I stretch the first poncho between our arms", "… lift it together":
 * what the two do to one thing is one act of both, as "both" says; "the support lead and I check
 * the TLS handshake" may be two checks side by side, and "… and I sit together" acts on nothing.
 */
function sharedAct(tokens: readonly Token[], i: number): boolean {
  let object = false;
  for (let at = i + 2; at < tokens.length && !CLAUSE_MARKS.has(tokens[at]?.text ?? ''); at++) {
    const token = tokens[at] as Token;
    const next = tokens[at + 1]?.text ?? '';
    if (token.negated) return false;
    const shared =
      token.text === 'together' ||
      (token.text === 'each' && next === 'other') ||
      (token.text === 'between' && (next === 'us' || next === 'our'));
    if (shared) return object;
    object ||= OBJECT_POS.has(token.pos) || POINTED.has(token.text);
  }
  return false;
}

const OBJECT_POS = new Set(['NOUN', 'PROPN']);
const POINTED = new Set(['it', 'them', 'this', 'that']);

/** "…, and Gogo Thandeka, …, and I count": ", and" opens the clause whose subject they are. */
function joinsClauses(tokens: readonly Token[], at: number): boolean {
  return tokens[at]?.text === 'and' && tokens[at - 1]?.text === ',';
}

const SUBJECT_OPENS = new Set([':', ';', '.', '—', '–']);
const RELATIVES = new Set(['who', 'whom', 'whose']);

/**
 * "Doña Basilia, our eldest knitter, and I": the comma after a name, when a comma stands before
 * "and" too, sets off what is said of the name. "The engineers own the SDK work, the routing and
 * the flag, and I …" sets off no name. The comma's place, or -1.
 */
function apposedAt(subject: readonly Token[], beforeAnd: Token | undefined): number {
  if (beforeAnd?.text !== ',') return -1;
  const comma = subject.findIndex((token) => token.text === ',');
  return comma > 0 && subject[comma - 1]?.pos === 'PROPN' ? comma : -1;
}

/**
 * "Gogo Thandeka, who leads our beadworkers, and I": a person named by name, and what a relative
 * clause or an apposed role says of them, before "and I" as the clause's subject. "We ramp and I
 * check …" joins two clauses, not two people; "the support lead and I check the TLS handshake"
 * names a role checking a system, which "both", "together" or "between us" would have to make a
 * joint act of.
 */
function personBeforeI(tokens: readonly Token[], and: number, shared: boolean): boolean {
  let from = and;
  while (
    from > 0 &&
    !SUBJECT_OPENS.has(tokens[from - 1]?.text ?? '.') &&
    !joinsClauses(tokens, from - 1)
  ) {
    from--;
  }
  // "Ana, our ops lead,": a role's words, whatever the tagger makes of them ("lead" as a verb).
  const roles = rolesNamed(tokens).filter((role) => role.start >= from && role.end <= and);
  const inRole = (at: number) => roles.some((role) => role.start <= at && at < role.end);
  const subject = tokens.slice(from, and).filter((_, at) => !inRole(from + at));
  const relative = subject.findIndex(
    (token, at) => RELATIVES.has(token.text) && subject[at - 1]?.text === ',',
  );
  const cut = relative >= 0 ? relative - 1 : apposedAt(subject, tokens[and - 1]);
  const named = cut >= 0 ? subject.slice(0, cut) : subject;
  if (named.length === 0 || named.length > SUBJECT_REACH) return false;
  if (named.some((token) => token.pos === 'VERB' || token.pos === 'AUX' || token.pos === 'PRON')) {
    return false;
  }
  // "The eldest knitter and I stretch it between our arms": a person by a noun, in an act shared.
  return named.some((token) => token.pos === 'PROPN' || (shared && token.pos === 'NOUN'));
}
