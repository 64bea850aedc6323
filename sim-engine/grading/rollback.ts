import type { Findings } from './findings';
import { emptyFindings, noteDetail, noteMisconception, noteNamed } from './findings';
import { has, hasAffirmed, lexicon, statesUnrejected } from './match';
import type { Sentence } from './sentences';
import type { Token } from './tokens';
import {
  AUTHORITY,
  FAST,
  HOURS,
  MECHANISM,
  REDEPLOY,
  ROLLBACK,
  ROLLBACK_ROLES,
} from './vocabulary';

/** Rollback readiness: who may call it, at what hours, by which mechanism, how fast. */

/** Going back after a failure, said without the word rollback ("if it breaks we redeploy"). */
const GOES_WRONG = lexicon(
  'break* | goes wrong | go wrong | fails | problem* | incident* | get back | go back | bad',
);

/** A rollback slower than this is not "minutes": it is a redeploy in disguise. */
const FAST_ENOUGH_MINUTES = 15;

/** Finds rollback authority, hours, a routing/config mechanism, its speed, and redeploy-as-rollback. */
export function detectRollback(sentences: readonly Sentence[]): Findings {
  const findings = emptyFindings();
  for (const sentence of sentences) {
    const tokens = sentence.tokens;
    const aboutRollback = hasAffirmed(tokens, ROLLBACK);
    const roles = has(tokens, ROLLBACK_ROLES);
    if (aboutRollback) noteNamed(findings, sentence);
    const aboutRecovery = aboutRollback || has(tokens, GOES_WRONG);
    const redeploys = aboutRecovery && statesUnrejected(tokens, REDEPLOY);
    if (redeploys) noteMisconception(findings, sentence);
    if ((aboutRollback || roles) && has(tokens, HOURS)) noteDetail(findings, 'hours', sentence);
    if (!aboutRollback) continue;
    if (roles && has(tokens, AUTHORITY)) noteDetail(findings, 'who', sentence);
    if (!redeploys && has(tokens, MECHANISM)) noteDetail(findings, 'mechanism', sentence);
    if (fast(tokens)) noteDetail(findings, 'speed', sentence);
  }
  return findings;
}

/** "In under five minutes", "within 2 min", "in seconds". */
function fast(tokens: readonly Token[]): boolean {
  if (has(tokens, FAST)) return true;
  return tokens.some((token) => {
    if (token.negated) return false;
    const value = token.value ?? Number.POSITIVE_INFINITY;
    if (token.unit === 's') return value <= FAST_ENOUGH_MINUTES * 60;
    return token.unit === 'min' && value <= FAST_ENOUGH_MINUTES;
  });
}
