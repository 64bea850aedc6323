import { NEGATOR_WORDS } from './match';
import { negatedToken } from './pieces';
import { HARMING } from './refusals';
import type { Token } from './tokens';

/*
 * A practice put first as a topic, then refused by the speaker in a clause that points back to
 * it: "Limits before we start, I would not write them", "And a sign-off for each step, that also
 * I would not ask for", "To separate what the PM decides from what engineering decides, I do not
 * see the need", "Hallucination rate, thumbs-down, p95: we are not going to set numbers for
 * these". The model's negation reaches forward from its negator, so the topic before it was read
 * as claimed.
 */

const BREAKS = new Set([',', ':']);
const CLAUSE_ENDS = new Set([',', ';', '.', ':', '!', '?', '—', '–']);
/** Words that open the refusing clause before its speaker: "that also I would not …". */
const POINTERS = new Set(['that', 'this', 'those', 'these']);
const SPEAKERS = new Set(['i', 'we']);
/** Pro-forms for the topic inside the refusal: "write them", "numbers for these". */
const RESUMPTIVES = new Set(['them', 'these', 'those', 'it', 'any']);
/** "I do not see the need", "I don't see the point": the topic's worth refused. */
const WORTH = new Set(['need', 'point']);
/** A conjunction after the break joins a clause to a clause: there was no topic before it. */
const JOINS = new Set(['and', 'but', 'so', 'or', 'yet', 'otherwise']);
/**
 * Verbs that keep a practice when refused: "The limits, we never change them", "The holds, we
 * don't skip them". Refusing to undo something is keeping it, as refusing to harm a group guards
 * it: "customers of ten years last, we cannot lose them".
 */
const KEEPING = new Set([
  ...(
    'change move touch revisit loosen relax reopen renegotiate adjust override skip drop cut ' +
    'lower break ignore shorten rush bypass waive forget'
  ).split(' '),
  ...HARMING,
]);
const SPEAKER_REACH = 3;
const NEGATOR_REACH = 3;

/** The tokens with a fronted topic negated when the clause after it refuses it. */
export function withFrontedTopicRefused(tokens: Token[]): Token[] {
  const refusedFrom = tokens.findIndex(
    (token, at) => at > 0 && BREAKS.has(token.text) && refuses(tokens, at + 1),
  );
  if (refusedFrom < 0 || speakerClauseIn(tokens, refusedFrom)) return tokens;
  // A topic is words and commas: a dash or a full stop before the break joins notes, not a topic.
  const topic = tokens.slice(0, refusedFrom);
  if (topic.some((token) => token.kind === 'mark' && token.text !== ',')) return tokens;
  return tokens.map((token, i) => (i < refusedFrom ? negatedToken(token) : token));
}

/** The clause from `from` on: the speaker, a negator, a pro-form or "the need", nothing kept. */
function refuses(tokens: readonly Token[], from: number): boolean {
  if (JOINS.has(tokens[from]?.text ?? '')) return false;
  let end = from;
  while (end < tokens.length && !CLAUSE_ENDS.has(tokens[end]?.text ?? '.')) end++;
  const clause = tokens.slice(from, end);
  const pointed = POINTERS.has(clause[0]?.text ?? '');
  const speaker = clause.findIndex((token, i) => i < SPEAKER_REACH + 1 && SPEAKERS.has(token.text));
  if (speaker < 0) return false;
  const negator = clause.findIndex(
    (token, i) => i > speaker && i <= speaker + NEGATOR_REACH && NEGATOR_WORDS.has(token.text),
  );
  if (negator < 0 || clause.some((token) => KEEPING.has(token.lemma))) return false;
  const after = clause.slice(negator + 1);
  const pointsBack = after.some(
    (token, i) =>
      RESUMPTIVES.has(token.text) || (WORTH.has(token.lemma) && after[i - 1]?.text === 'the'),
  );
  return pointed || pointsBack;
}

/** Words that make a clause part of the topic: "Limits before we start, …". */
const SUBORDINATORS = new Set([
  'before',
  'after',
  'when',
  'if',
  'once',
  'until',
  'since',
  'as',
  'what',
]);

/**
 * "…, we make after a real A/B test with random groups, we don't read it from the canary": a
 * clause of the speaker's own before the refusal is a statement, not a topic put first.
 */
function speakerClauseIn(tokens: readonly Token[], end: number): boolean {
  return tokens
    .slice(0, end)
    .some(
      (token, at) =>
        SPEAKERS.has(token.text) &&
        !SUBORDINATORS.has(tokens[at - 1]?.text ?? '') &&
        ['VERB', 'AUX'].includes(tokens[at + 1]?.pos ?? ''),
    );
}
