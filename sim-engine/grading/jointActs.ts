import { findAll } from './match';
import { rolesNamed } from './roles';
import type { Token } from './tokens';
import { EACH_GATE } from './vocabulary';

/**
 * Two named people acting together on the release before or at every stage (read by
 * signOff.ts): "Before each move, the support lead and I both taste it", "Jo and Ana both stamp it
 * at every stage". Whatever the house word for it, a joint act that every stage waits on is the
 * gate's sign-off, a check of it as much as a tasting ("both check the tension before each row");
 * watching or looking together is monitoring, not assent.
 */

const LOOKING = new Set(['watch', 'monitor', 'track', 'look', 'see', 'read']);
const QUANTIFIERS = new Set(['each', 'every', 'any']);
/** Words from "both" back to the first person named: "Jensen, our clinical advisor, and Tyler". */
const SUBJECT_REACH = 12;

export function actsJointlyBeforeEachStage(tokens: readonly Token[]): boolean {
  return tokens.some((token, both) => {
    if (token.text !== 'both' || !jointSubject(tokens, both)) return false;
    const verb = tokens[both + 1];
    if (verb?.pos !== 'VERB' || verb.negated || LOOKING.has(verb.lemma)) return false;
    return beforeEveryStage(tokens);
  });
}

/** "X and I both", "X and Y both": people joined by "and", one of them a named role. */
function jointSubject(tokens: readonly Token[], both: number): boolean {
  const from = Math.max(0, both - SUBJECT_REACH);
  const joined = tokens.slice(from, both).some((token) => token.text === 'and');
  const named = rolesNamed(tokens).some((role) => role.end <= both && role.start >= from);
  return joined && named;
}

/**
 * "Before each move", "before every stage", "before the next", "between rows", "at every inning",
 * or "Each row, … before we knit on": the act comes with every stage.
 */
function beforeEveryStage(tokens: readonly Token[]): boolean {
  const gates = findAll(tokens, EACH_GATE);
  const opensOnEach = QUANTIFIERS.has(tokens.find((token) => token.kind === 'word')?.text ?? '');
  return tokens.some((token, at) => {
    if (token.negated) return false;
    // "Between rows", "between stages": at every change from one to the next.
    if (token.text === 'between') return pluralNoun(tokens[at + 1]);
    // "At every inning", "at each stage": the act is each stage's.
    if (token.text === 'at' && QUANTIFIERS.has(tokens[at + 1]?.text ?? '')) return true;
    if (token.text !== 'before') return false;
    if (opensOnEach) return true;
    return QUANTIFIERS.has(tokens[at + 1]?.text ?? '') || gates.some((gate) => gate.start === at);
  });
}

function pluralNoun(token: Token | undefined): boolean {
  return token?.pos === 'NOUN' && token.text !== token.lemma;
}
