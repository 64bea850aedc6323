import { negatedToken } from './pieces';
import { refusedAfterColon } from './colonRefusals';
import { refusesPointedBack } from './refusedByPointer';
import type { Token } from './tokens';

/**
 * A plan recited in the generic second person ("You'd put internal agents first, … You'd agree
 * limits …") and then turned down by the speaker ("I'd skip most of it here", "none of that")
 * is the practice the answer rejects, not one it commits to.
 */

const MODALS = new Set(['would', 'should', 'will', 'could', 'can', 'must', 'might']);
const SPEAKERS = new Set(['i', 'we']);
const POINTING_BACK = new Set(['it', 'that', 'this', 'them', 'those', 'these']);
const REFUSING = new Set(['not', 'no', 'never', 'none', 'nothing']);
const DISMISSING = new Set(['skip', 'drop', 'avoid', 'ditch', 'ignore', 'reject', 'scrap']);
const FRAGMENT_ENDS = new Set([',', ';', ':', '.', '!', '?', '—', 'but']);

interface Read {
  readonly tokens: readonly Token[];
}

/** "You'd put …", "You should agree …": a sentence opening on the generic "you" and a modal. */
function recitesForYou(tokens: readonly Token[]): boolean {
  const start = tokens[0]?.kind === 'mark' ? 1 : 0;
  return tokens[start]?.text === 'you' && MODALS.has(tokens[start + 1]?.text ?? '');
}

/** A fragment by the speaker (or a bare "none of that") refusing what a pro-form points back to. */
export function refusesWhatCameBefore(tokens: readonly Token[]): boolean {
  let fragment: Token[] = [];
  for (const token of [...tokens, null]) {
    if (token === null || FRAGMENT_ENDS.has(token.text)) {
      if (refusesBack(fragment)) return true;
      fragment = [];
    } else {
      fragment.push(token);
    }
  }
  return false;
}

function refusesBack(fragment: readonly Token[]): boolean {
  const byWhom =
    fragment.some((t) => SPEAKERS.has(t.text)) || REFUSING.has(fragment[0]?.text ?? '');
  const refuses = fragment.some((t) => REFUSING.has(t.text) || DISMISSING.has(t.lemma));
  return byWhom && refuses && fragment.some((t) => POINTING_BACK.has(t.text));
}

/**
 * The sentences of a recited plan, when a later sentence turns it down: each opening on "you"
 * and a modal, and the speaker-less sentences that continue one ("Then an A/B test to see …").
 */
export function recitedAndRefused(sentences: readonly Read[]): Set<number> {
  const recited = new Set<number>();
  let reciting = false;
  sentences.forEach((sentence, i) => {
    const tokens = sentence.tokens;
    reciting = recitesForYou(tokens) || (reciting && !tokens.some((t) => SPEAKERS.has(t.text)));
    if (reciting) recited.add(i);
  });
  if (recited.size === 0) return recited;
  const last = Math.max(...recited);
  const refusal = sentences.findIndex((s, i) => i > last && refusesWhatCameBefore(s.tokens));
  return refusal < 0 ? new Set() : recited;
}

/** Quantifiers that take a whole: "any of that", "none of this", "all of it". */
const WHOLE = new Set(['any', 'none', 'all']);
const NEGATORS = new Set(['not', 'no', 'never', 'none', 'nothing']);
/** Judgements that turn a practice down without a negator ("all of that is overkill"). */
const DISMISSED = new Set([
  'overkill',
  'unnecessary',
  'pointless',
  'waste',
  'excessive',
  'optional',
  'skip',
  'drop',
  'ditch',
  'scrap',
  'ignore',
  'avoid',
  'bother',
]);
/** What a negator denies of a whole to reject it: its worth, the need for it, doing it. */
const VALUED = new Set([
  'worth',
  'need',
  'needed',
  'necessary',
  'require',
  'required',
  'matter',
  'apply',
  'do',
  'bother',
  'want',
  'use',
  'help',
]);

/**
 * "I don't think any of that is worth it", "None of this is needed", "All of that is overkill",
 * "I'd skip all that": the speaker (or no one, impersonally) turns down, as a whole, what a
 * pro-form points back to. A part ("some of that", "the second step") is no whole; a double
 * negative ("none of it is optional", "I don't think any of that is overkill") endorses it.
 */
export function rejectsAsAWhole(tokens: readonly Token[]): boolean {
  if (refusesPointedBack(tokens)) return true;
  // Three comparisons a word; only the fragment around "any", "none" or "all" is read.
  for (let at = 0; at < tokens.length; at++) {
    const text = (tokens[at] as Token).text;
    if (text !== 'any' && text !== 'none' && text !== 'all') continue;
    let start = at;
    while (start > 0 && !endsFragment(tokens[start - 1] as Token)) start--;
    let end = at;
    while (end < tokens.length && !endsFragment(tokens[end] as Token)) end++;
    if (rejectsWhole(tokens.slice(start, end))) return true;
    at = end;
  }
  return false;
}

function endsFragment(token: Token): boolean {
  return FRAGMENT_ENDS.has(token.text) || token.text === '-' || token.text === '—';
}

function rejectsWhole(fragment: readonly Token[]): boolean {
  const whole = fragment.findIndex(
    (t, i) =>
      WHOLE.has(t.text) &&
      ((fragment[i + 1]?.text === 'of' && POINTING_BACK.has(fragment[i + 2]?.text ?? '')) ||
        (t.text === 'all' && POINTING_BACK.has(fragment[i + 1]?.text ?? ''))),
  );
  if (whole < 0) return false;
  const byWhom = whole === 0 || fragment.slice(0, whole).some((t) => SPEAKERS.has(t.text));
  if (!byWhom) return false;
  // The judgement is the pointer's own predicate: before it, or a few words after it ("none of
  // this shows it is better — that needs an A/B test" judges nothing of the list).
  const near = fragment.slice(0, whole + PREDICATE_REACH);
  const negators = near.filter((t) => NEGATORS.has(t.text)).length;
  const dismissed = near.some((t) => DISMISSED.has(t.lemma) || DISMISSED.has(t.text));
  if (dismissed) return negators === 0;
  return negators % 2 === 1 && near.some((t) => VALUED.has(t.lemma) || VALUED.has(t.text));
}

/** The pointer's three words and the few after them that carry its predicate. */
const PREDICATE_REACH = 7;

const DASHES = new Set(['—', '–', '-', '--']);
/** What may follow a bare "no" that answers what came before it: a comma or the sentence's end. */
const AFTER_BARE_NO = new Set([',', '.', '!', ';']);
/** Marks after which the speaker may turn down, as a whole, the list before them. */
const LIST_ENDS = new Set([':', '—', '–']);

/**
 * A sentence that lists practices and turns them down itself: "Holding at every stage for hours,
 * a sign-off at each gate — no, that just costs us the launch" (a bare "no" after a dash; "no
 * exceptions" is not bare), "Pre-agreed limits, holds, approvals: I'd skip all of that" (a whole
 * rejection after a colon or dash). Everything before the mark is negated.
 */
export function withRefusalBehindDash(tokens: Token[], text: string): Token[] {
  const marked = DASH_NO.test(text) || (LIST_MARK.test(text) && WHOLE_WORD.test(text));
  let mark = refusalMark(tokens, marked);
  // "Which users go first: I wouldn't choose." (colonRefusals.ts)
  if (mark < 0 && text.includes(':')) mark = refusedAfterColon(tokens);
  const items = withItemVerdicts(tokens);
  if (mark < 0) return items;
  return items.map((token, i) => (i < mark ? negatedToken(token) : token));
}

/**
 * "— measure 6: … at each step — NO — measure 7: whoever's on call … — NO — nobody rolls back":
 * a "no" set between dashes is one item's verdict among items strung on dashes, and turns down
 * only the item since the dash before it.
 */
function withItemVerdicts(tokens: Token[]): Token[] {
  let itemFrom = 0;
  let result = tokens;
  tokens.forEach((token, at) => {
    if (!DASHES.has(token.text)) return;
    const no = tokens[at + 1]?.text;
    if ((no === 'no' || no === 'no.') && DASHES.has(tokens[at + 2]?.text ?? '')) {
      const from = itemFrom;
      result = result.map((t, i) => (i >= from && i < at ? negatedToken(t) : t));
    }
    itemFrom = at + 1;
  });
  return result;
}

/**
 * The text's own tests first (native, linear, and most sentences fail them): a "no" after a dash,
 * or a colon or a dash with "all", "any" or "none" in the sentence.
 */
const DASH_NO = /[-\u2013\u2014]\s*no\b/i;
const LIST_MARK = /[:\u2013\u2014-]/;
const WHOLE_WORD = /\b(?:all|any|none)\b/i;

function refusalMark(tokens: readonly Token[], marked: boolean): number {
  // One pass of plain comparisons; the rarer readings run only on what it found.
  // A fronted topic ends at the first comma and holds no verb: tracked as the words go by.
  let fronted = !VERBAL.has(tokens[0]?.pos ?? '');
  let topicEnd = -1;
  let whole = false;
  let marks: number[] | undefined;
  // Without a dash or a colon only a fronted topic is left to find, before its first verb.
  for (let at = 1; at < tokens.length && (marked || fronted); at++) {
    const token = tokens[at] as Token;
    const text = token.text;
    if ((text === 'no' || text === 'no.') && DASHES.has(tokens[at - 1]?.text ?? '')) {
      const after = tokens[at + 1]?.text;
      if (after === undefined || AFTER_BARE_NO.has(after)) return at - 1;
    }
    if (text === 'any' || text === 'none' || text === 'all') whole = true;
    else if (text === ',') topicEnd = fronted && topicEnd < 0 ? at : topicEnd;
    else if (marked && LIST_ENDS.has(text)) (marks ??= []).push(at);
    fronted &&= text !== ',' && !VERBAL.has(token.pos);
  }
  if (whole && marks !== undefined) {
    for (const mark of marks) if (rejectsAsAWhole(tokens.slice(mark + 1))) return mark;
  }
  return topicEnd > 0 && refusesFrontedTopic(tokens, topicEnd) ? topicEnd : -1;
}

const VERBAL = new Set(['VERB', 'AUX']);

/**
 * "Thumbs-down rates and token cost, I wouldn't set limits on those either": a topic put first
 * with no verb of its own, then the speaker refusing what a pro-form points back to (used by
 * withRefusalBehindDash, with the lists turned down after a mark).
 */
function refusesFrontedTopic(tokens: readonly Token[], comma: number): boolean {
  let end = comma + 1;
  let denials = 0;
  let pointer = false;
  for (; end < tokens.length && !FRAGMENT_ENDS.has(tokens[end]?.text ?? '.'); end++) {
    const token = tokens[end] as Token;
    if (REFUSING.has(token.text) || DISMISSING.has(token.lemma)) denials++;
    pointer ||= POINTING_BACK.has(token.text);
  }
  // "Limits and holds, we won't skip those": two denials keep the topic.
  return denials % 2 === 1 && pointer && refusesWhatCameBefore(tokens.slice(comma + 1, end));
}
