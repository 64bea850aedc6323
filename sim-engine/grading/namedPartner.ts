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
  return !(tokens[i + 1]?.text ?? '').endsWith('ing') && personBeforeI(tokens, i - 1);
}

/** "…, and Gogo Thandeka, …, and I count": ", and" opens the clause whose subject they are. */
function joinsClauses(tokens: readonly Token[], at: number): boolean {
  return tokens[at]?.text === 'and' && tokens[at - 1]?.text === ',';
}

const SUBJECT_OPENS = new Set([':', ';', '.', '—', '–']);
const RELATIVES = new Set(['who', 'whom', 'whose']);

/**
 * "Gogo Thandeka, who leads our beadworkers, and I": a person named by name, and what a relative
 * clause or an apposed role says of them, before "and I" as the clause's subject. "We ramp and I
 * check …" joins two clauses, not two people; "the support lead and I check the TLS handshake"
 * names a role checking a system, which "both" would have to make a joint act of.
 */
function personBeforeI(tokens: readonly Token[], and: number): boolean {
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
  const named = relative < 0 ? subject : subject.slice(0, relative - 1);
  if (named.length === 0 || named.length > SUBJECT_REACH) return false;
  if (named.some((token) => token.pos === 'VERB' || token.pos === 'AUX' || token.pos === 'PRON')) {
    return false;
  }
  return named.some((token) => token.pos === 'PROPN');
}
