import { findAll } from './match';
import type { Token } from './tokens';
import { BUSINESS, ERRORS, LATENCY, STAGE_CHANGE } from './vocabulary';

const MOTIONS = new Set(['move', 'go', 'jump', 'step']);
/** How many words may stand between the signing and the motion it signs: "sign the move to". */
const SIGNED_REACH = 3;

/**
 * "Both sign the move to 5 %": a motion to the next share, signed, is a stage change signed for,
 * though no word for a stage is said. "We move to 5 % and I sign the notes" signs something else.
 */
export function signsMoveToShare(tokens: readonly Token[]): boolean {
  return tokens.some(
    (token, i) =>
      (MOTIONS.has(token.lemma) &&
        tokens[i + 1]?.text === 'to' &&
        tokens[i + 2]?.kind === 'number' &&
        tokens.slice(Math.max(0, i - SIGNED_REACH), i).some((before) => before.lemma === 'sign')) ||
      signsForShare(tokens, i),
  );
}

const FOR_SHARE = new Set([':', 'for', '—', '-']);

/** "Eng lead + me sign: 1 % of beta customers", "both sign for 25 %": the share is what is signed. */
function signsForShare(tokens: readonly Token[], i: number): boolean {
  if (tokens[i]?.lemma !== 'sign' && tokens[i]?.text !== 'sign') return false;
  return FOR_SHARE.has(tokens[i + 1]?.text ?? '') && tokens[i + 2]?.unit === 'percent';
}

/** "go up", "goes up": a stage change, unless a metric rises ("if payment errors go up by …"). */
const RISING = new Set(['go', 'goes', 'going']);

/** Whether the sentence names a change of stage, not a metric going up. */
export function changesStage(tokens: readonly Token[]): boolean {
  const changes = findAll(tokens, STAGE_CHANGE);
  // Most sentences name no change: the metrics' ends are gathered only for one that does.
  if (changes.length === 0) return false;
  const metricEnds = new Set(
    [ERRORS, LATENCY, BUSINESS].flatMap((lex) => findAll(tokens, lex).map((match) => match.end)),
  );
  return changes.some(
    (change) => !(RISING.has(tokens[change.start]?.text ?? '') && metricEnds.has(change.start)),
  );
}

const GATES = new Set(['gate', 'gates', 'stage', 'stages', 'step', 'steps']);
const OPEN_REACH = 3;

/**
 * "Each gate is opened by me and the database lead together", "the eng lead and I open every
 * stage": a gate opened by named people is approved by them. A gate opened by nothing named
 * ("the gate opens after 24 hours") is a time gate, not a sign-off.
 */
export function opensGate(tokens: readonly Token[], named: boolean): boolean {
  if (!named) return false;
  return tokens.some((token, i) => {
    if (token.lemma !== 'open' || token.negated || token.pos !== 'VERB') return false;
    const near = tokens.slice(Math.max(0, i - OPEN_REACH), i + OPEN_REACH + 1);
    const gate = near.some((word) => GATES.has(word.text));
    const byPeople = tokens[i + 1]?.text === 'by' || tokens[i - 1]?.pos === 'PRON';
    return gate && byPeople;
  });
}

/** Nouns that make a stage change someone's decision: "moving up is a joint call". */
const CALLS = new Set(['call', 'decision']);

/** The stage change said to be a call, plainly: "Moving up is a joint call.", "Advancing is our decision.". */
export function changeIsACall(tokens: readonly Token[]): boolean {
  const be = tokens.findIndex((token) => token.lemma === 'be');
  if (be < 0 || tokens[be]?.negated) return false;
  // Runs on every sentence: the lexicon scan only where a call is named after "is".
  const called = tokens
    .slice(be + 1)
    .some((token) => CALLS.has(token.lemma) && token.pos === 'NOUN');
  return called && changesStage(tokens.slice(0, be));
}

/**
 * A sentence that opens on a change of stage as what it is about: "To advance a stage, two people
 * initial the log", "Advancing: me and the ML lead both sign", "Climbing takes a yes from …".
 * What follows is what every change takes; "We advance a stage and log it" tells of one.
 */
export function opensOnStageChange(tokens: readonly Token[]): boolean {
  const start = tokens[0]?.kind === 'mark' ? 1 : 0;
  const purpose = tokens[start]?.text.toLowerCase() === 'to' ? start + 1 : start;
  const change = findAll(tokens, STAGE_CHANGE).find((match) => match.start === purpose);
  if (change === undefined) return false;
  const next = tokens[change.end];
  return purpose > start || next?.text === ':' || (next?.lemma === 'take' && !next.negated);
}
