import { agentsOf, DECISIONS } from './decisionHolder';
import { findAll } from './match';
import { isPastForm } from './commitmentTurns';
import type { Token } from './tokens';

/**
 * Role tables and RACI-like notes: a label that names deciding or a release decision, a
 * separator, then the speaker or the product role ("Decides: PM (me)", "| Exposure order | PM
 * (me) |", "Go/no-go: me"), or a label that names deciding with the speaker in it ("Decisions
 * (mine): order, limits, pace"). "Routing: me" assigns no decision.
 */

/** Labels of a role table that name deciding: "Decides: PM (me)", "Approver | me". */
const DECIDING_LABELS = new Set([
  // "PM (me) owns: cohort order, rollback limits, hold lengths".
  'owns',
  'owner',
  'ownership',
  'decider',
  'decides',
  'decision',
  'decisions',
  'accountable',
  'approver',
  'approves',
  'dri',
  'call',
  'calls',
]);
/**
 * Nouns for one's share of the work: "My part:", "My side:", "Mine:", and the idioms of one's own
 * ground ("my corner", "my lane", "my patch": what I look after).
 */
const SHARES = new Set([
  'part',
  'side',
  'share',
  'job',
  'remit',
  'role',
  'responsibility',
  'responsibilities',
  'corner',
  'lane',
  'patch',
  'turf',
  'domain',
]);
const POSSESSIVE_SPEAKERS = new Set(['my']);
/** Question words name no decision of their own: "My part: what the email says". */
const QUESTION_WORDS = new Set(['which', 'what', 'how', 'who', 'when', 'whether']);
/** Release decisions the share must list: two or more, so "My part: the deck" is none. */
const MIN_SHARED_DECISIONS = 2;

/** A label that is the speaker's share: "My part", "My side", "Mine". */
function speakersShare(label: readonly Token[]): boolean {
  const words = label.filter((token) => token.kind !== 'mark');
  if (words.length === 1 && words[0]?.text === 'mine') return true;
  return (
    words.length === 2 &&
    POSSESSIVE_SPEAKERS.has(words[0]?.text ?? '') &&
    SHARES.has(words[1]?.text ?? '')
  );
}

function decisionsAfter(tokens: readonly Token[], separator: number): boolean {
  const after = findAll(tokens, DECISIONS).filter(
    (match) =>
      match.start > separator &&
      !QUESTION_WORDS.has(tokens[match.start]?.text ?? '') &&
      // "The PM part is not the order": decisions denied are not the share.
      tokens[match.start]?.negated !== true,
  );
  return after.length >= MIN_SHARED_DECISIONS;
}

/** Whose share is named: "the PM part", "the PM's side", "product's job", "my part". */
const SHARE_HOLDERS = new Set(['pm', "pm's", 'product', "product's", 'my']);
const SHARE_TO_COLON = 4;

/**
 * "So the PM part, in reverse: the order, the limits, the holds, the sign-off", "being clear on
 * my part: the order of cities, the rollback numbers, …", "the PM part, my part, is the order, the
 * limits and the holds": the product role's or the speaker's share, then a colon or "is" and two
 * or more release decisions.
 */
function roleShareListed(tokens: readonly Token[]): boolean {
  return tokens.some((token, share) => {
    if (!SHARES.has(token.text) || token.negated) return false;
    if (!heldBy(tokens, share)) return false;
    const separator = tokens.findIndex(
      (after, at) => at > share && at <= share + SHARE_TO_COLON && SHARE_SEPARATORS.has(after.text),
    );
    return separator > 0 && decisionsAfter(tokens, separator);
  });
}

/** The holder before the share: "PM part", "my part", or a possessive "the PM's part". */
function heldBy(tokens: readonly Token[], share: number): boolean {
  const before = tokens[share - 1]?.text ?? '';
  if (SHARE_HOLDERS.has(before)) return true;
  return POSSESSIVE_S.has(before) && SHARE_HOLDERS.has(tokens[share - 2]?.text ?? '');
}
const POSSESSIVE_S = new Set(["'s", '’s']);

/** What sets a share off from what it holds: "the PM part: …", "my part is …". */
const SHARE_SEPARATORS = new Set([':', 'is', 'are']);

/** The speaker inside a label: "Decisions (mine)". */
const LABEL_SPEAKERS = new Set(['mine', 'me', 'myself']);
const HOLDERS = new Set(['me', 'myself', 'i']);
/** Words that join the holder to another: "PM + ML lead", "PM and eng lead". */
const JOINED = new Set(['+', 'and', '&', 'with']);
/** Words that open a topic rather than a role's label: "About limits:", "Regarding the order:". */
const TOPIC_OPENERS = new Set(['about', 'regarding', 're', 'concerning', 'on', 'as']);
const SEPARATORS = new Set([':', '|', '—', '-', '=']);
const LABEL_WORDS = 4;

/**
 * Where a label ends at its separator, within LABEL_WORDS words after its first; a bracket listing what the
 * label covers does not count ("Release decisions (order, lines, pacing): me"), and the
 * tokenizer may glue its closing bracket to the colon ("):").
 */
function labelEnd(tokens: readonly Token[], start: number): number {
  let words = 0;
  for (let at = start + 1; at < tokens.length && words < LABEL_WORDS; at++) {
    // Commas between the label's items are not words: "Order, limits, holds: PM".
    const text = tokens[at]?.text ?? '';
    if (SEPARATORS.has(text) || text === '):') return at;
    if (text === '(') {
      const close = tokens.findIndex(
        (token, i) => i > at && (token.text === ')' || token.text === '):'),
      );
      if (close < 0) return -1;
      if (tokens[close]?.text === '):') return close;
      at = close;
      continue;
    }
    if (tokens[at]?.kind !== 'mark') words++;
  }
  return -1;
}

/**
 * A role table or a RACI-like note assigns a decision to the speaker: a label that names deciding
 * or a release decision, a separator, then the speaker or the product role ("Decides: PM (me)",
 * "| Exposure order | PM (me) |", "Go/no-go: me"). "Routing: me" assigns no decision.
 */
export function assignedToSpeaker(tokens: readonly Token[]): boolean {
  if (tokens.at(-1)?.text === '?') return false;
  if (roleShareListed(tokens)) return true;
  const start = tokens[0]?.kind === 'mark' ? 1 : 0;
  const separator = labelEnd(tokens, start);
  if (separator < 0) return false;
  const label = tokens.slice(start, separator);
  // "About limits: I'm not writing numbers down today": a topic announced, not a role's label;
  // "Which users go first: I wouldn't choose": a label turned down (colonRefusals.ts).
  const turnedDown = label.length > 0 && label.every((token) => token.negated);
  if (TOPIC_OPENERS.has(label[0]?.text ?? '') || turnedDown) {
    return false;
  }
  const labelNamesSpeaker = label.some((token) => LABEL_SPEAKERS.has(token.text));
  if (speakersShare(label) && decisionsAfter(tokens, separator)) return true;
  const namesDeciding =
    label.some((token) => DECIDING_LABELS.has(token.text)) ||
    findAll(tokens, DECISIONS).some((match) => match.start >= start && match.end <= separator);
  if (!namesDeciding) return false;
  // "Decisions (mine): …", "My calls: …": the label names whose they are.
  if (labelNamesSpeaker && label.some((token) => DECIDING_LABELS.has(token.text))) return true;

  const holder = tokens[separator + 1]?.text === 'the' ? separator + 2 : separator + 1;
  const held = tokens[holder];
  if (held === undefined || held.negated) return false;
  // "Gates: PM and eng lead co-sign each one": a joint approval is a sign-off, not the decisions held.
  if (JOINED.has(tokens[holder + 1]?.text ?? '')) return false;
  // "Limits: I do not believe in numbers fixed before": the holder refuses, and holds nothing.
  if (refusedByHolder(tokens, holder)) return false;
  // "Challenge, call overruled: I called the median the number to watch": the holder tells what
  // they did once, not what they hold.
  if (toldByHolder(tokens, holder)) return false;
  return HOLDERS.has(held.text) || agentsOf(tokens).some((agent) => agent.start === holder);
}

/** Words from the holder to the verb that may refuse: "I do not believe", "I would never set". */
const REFUSAL_REACH = 4;

/** The holder's first verb is in a past form: "I called", "I nearly called", "I said". */
function toldByHolder(tokens: readonly Token[], holder: number): boolean {
  const verb = tokens
    .slice(holder + 1, holder + 1 + REFUSAL_REACH)
    .findIndex((token) => token.pos === 'VERB' || token.pos === 'AUX');
  return verb >= 0 && isPastForm(tokens, holder + 1 + verb);
}

function refusedByHolder(tokens: readonly Token[], holder: number): boolean {
  const verb = tokens
    .slice(holder + 1, holder + 1 + REFUSAL_REACH)
    .find((token) => token.pos === 'VERB');
  return verb?.negated === true;
}
