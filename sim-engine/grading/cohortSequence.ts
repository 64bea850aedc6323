import type { Sentence } from './sentences';
import type { Token } from './tokens';

/**
 * Groups placed in sequence, however they are named: "first our own veterinary advisors, after
 * that the clinics in the pilot group who agreed to try new things, and after that normal
 * clinics". A strict interviewer accepts a deliberate order of who is exposed first when the
 * answer starts the sequence ("first", "start with") and each later step names people or
 * accounts — a noun phrase, a relative clause or a description — not a share of traffic.
 */

/** Heads of a group of people or accounts a release can be shown to. */
export const GROUP_NOUNS: ReadonlySet<string> = new Set([
  'user',
  'customer',
  'guest',
  'client',
  'clinic',
  'colleague',
  'employee',
  'staff',
  'advisor',
  'adviser',
  'writer',
  'rider',
  'member',
  'tester',
  'partner',
  'account',
  'people',
  'team',
  'shopper',
  'buyer',
  'seller',
  'driver',
  'patient',
  'student',
  'merchant',
  'host',
  'reader',
  'developer',
  'player',
  'tenant',
  'subscriber',
  'visitor',
  'agent',
  'doctor',
  'vet',
  'store',
  'restaurant',
  'school',
  'hospital',
  'city',
  'region',
  'market',
  'country',
  'organisation',
  'organization',
  'company',
  'practice',
  'office',
  'branch',
  'cohort',
  'group',
  'segment',
  // More people and accounts a release reaches, in the words of other businesses.
  'shop',
  'chain',
  'household',
  'venue',
  'workspace',
  'hotel',
  'lab',
  'institution',
  'university',
  'nurse',
  'clinician',
  'teacher',
  'parent',
  'courier',
  'creator',
  'author',
  'editor',
  'owner',
  'landlord',
  'pharmacy',
]);
/** Words that open the first step of a sequence. */
const OPENERS = new Set(['first', 'firstly', 'initially']);
/** Words that open a later step: "then", "after that", "next", "finally", "→". */
const STEPS = new Set(['then', 'next', 'afterwards', 'later', 'finally', 'lastly', '→', '->']);
const MIN_STEPS = 2;
/** Verbs that open a sequence with "with": "I'd start with our own agents, then …". */
const STARTS = new Set(['start', 'starts', 'starting', 'begin', 'begins', 'beginning']);

function opensSequence(tokens: readonly Token[], at: number): boolean {
  const text = tokens[at]?.text ?? '';
  return OPENERS.has(text) || (STARTS.has(text) && tokens[at + 1]?.text === 'with');
}

/**
 * True when one clause puts two or more groups in sequence, starting from who goes first — or
 * after a heading that asks for groups in order ("Cohorts, in order: staff → partner labs →
 * independent researchers"), whose steps are groups however they are named.
 */
export function sequencesGroups(sentence: Sentence): boolean {
  if (!sentence.isClause) return false;
  const tokens = sentence.tokens;
  let opener = tokens.findIndex((token, at) => opensSequence(tokens, at) && !token.negated);
  const headed = opener < 0 ? orderedGroupsHeading(tokens) : -1;
  if (opener < 0) opener = headed;
  if (opener < 0) return false;
  const starts = [opener];
  for (let i = opener + 1; i < tokens.length; i++) {
    if (opensStep(tokens, i)) starts.push(i);
  }
  // Under a heading the steps must be marked ("→", "then"): at least three groups in sequence.
  if (headed >= 0 && starts.length <= MIN_STEPS) return false;
  let grouped = 0;
  starts.forEach((start, k) => {
    const step = tokens.slice(start + 1, starts[k + 1] ?? tokens.length);
    if (namesGroup(step) || (headed >= 0 && isGroupPhrase(step))) grouped++;
  });
  return grouped >= MIN_STEPS;
}

/** Heading words that ask for groups: "who", "cohorts", "audience", "segments". */
const GROUP_HEADS = new Set([
  'who',
  'whom',
  'cohort',
  'cohorts',
  'audience',
  'audiences',
  'segment',
  'segments',
  'groups',
]);
const ORDER_WORDS = new Set(['order', 'sequence', 'first', 'ordered']);
const HEADING_REACH = 6;

/**
 * The colon ending a heading that asks for groups in order ("Cohorts, in order:", "Who goes
 * first:"), or -1.
 */
function orderedGroupsHeading(tokens: readonly Token[]): number {
  const colon = tokens.findIndex((token) => token.text === ':');
  if (colon < 0 || colon > HEADING_REACH) return -1;
  const heading = tokens.slice(0, colon).filter((token) => !token.negated);
  const asksGroups = heading.some((token) => GROUP_HEADS.has(token.text));
  return asksGroups && heading.some((token) => ORDER_WORDS.has(token.text)) ? colon : -1;
}

const PHRASE_WORDS = 6;
const PHRASE_POS = new Set(['NOUN', 'PROPN']);
const PHRASE_OPENERS = new Set(['NOUN', 'PROPN', 'ADJ', 'DET', 'NUM']);

/**
 * A short noun phrase with no share of traffic: under a heading that asks for groups, a step or a
 * note names one however it is worded ("partner labs", "Insiders programme", "coupon browsers").
 */
export function isGroupPhrase(step: readonly Token[]): boolean {
  const words = step.filter((token) => token.kind !== 'mark');
  if (words.length === 0 || words.some((token) => token.kind === 'number')) return false;
  const head = words.slice(0, PHRASE_WORDS);
  if (!PHRASE_OPENERS.has(head[0]?.pos ?? '') || head[0]?.negated) return false;
  const noun = head.findIndex((token) => PHRASE_POS.has(token.pos));
  // A verb before the noun makes it a statement, not a name ("ship the page").
  return noun >= 0 && !head.slice(0, noun).some((token) => token.pos === 'VERB');
}

function opensStep(tokens: readonly Token[], i: number): boolean {
  const text = tokens[i]?.text ?? '';
  if (STEPS.has(text)) return true;
  // "after that", "after them": a later step, not "after two days".
  const next = tokens[i + 1]?.text ?? '';
  return text === 'after' && (next === 'that' || next === 'them' || next === 'those');
}

/** A step names a group when a group noun is affirmed in it and no share of traffic is. */
export function namesGroup(step: readonly Token[]): boolean {
  if (step.some((token) => token.kind === 'number')) return false;
  return step.some((token) => isGroupNoun(token) && !token.negated);
}

/**
 * A noun for a group of people or places. Opening a sentence, the tagger may call it a name and
 * keep its plural ("Stores in the early-access programme", "Staff phones"): the word is looked up
 * as written and in the singular.
 */
function isGroupNoun(token: Token): boolean {
  if (token.pos === 'NOUN') return GROUP_NOUNS.has(token.lemma);
  if (token.pos !== 'PROPN') return false;
  return (
    GROUP_NOUNS.has(token.text) ||
    GROUP_NOUNS.has(token.text.endsWith('s') ? token.text.slice(0, -1) : token.text)
  );
}

const ORDER_HEADS = new Set(['order', 'sequence', 'first']);
const MAX_ITEM_WORDS = 20;

/**
 * A heading that asks who goes in order — "Who sees it, in order" — over two or more short
 * notes that each name a group ("our own team", "opted-in beta writers", "German users last"):
 * the notes are the sequence. Returns the heading's sentence, or undefined.
 */
export function listedInOrder(sentences: readonly Sentence[]): Sentence | undefined {
  return sentences.find((heading, at) => {
    const words = heading.tokens;
    const asksWho = words.some((token) => token.text === 'who' || token.text === 'whom');
    const ordered = words.some((token) => ORDER_HEADS.has(token.text) && !token.negated);
    if (!ordered) return false;
    // A short heading naming the groups ("## Audience sequence") asks who as a question would;
    // its notes, then, name groups however they are worded.
    // A heading of the order alone ("**Order**", "Rollout order.") over notes that name groups
    // is the same question.
    const orderAlone = isOrderAlone(words);
    const namesGroups =
      !asksWho && heading.words <= HEADING_REACH && (asksForGroups(words) || orderAlone);
    // "Who moves first, and why": a short question heading, which the tagger may leave verbless.
    const shortQuestion = asksWho && heading.words <= HEADING_REACH;
    if (!(asksWho && (heading.isClause || shortQuestion)) && !namesGroups) return false;
    // A heading that asks why ("… and why") announces a reason after each group's note.
    const asksWhy = heading.words <= HEADING_REACH && words.some((token) => token.text === 'why');
    let items = 0;
    let reasoned = false;
    for (const item of sentences.slice(at + 1)) {
      const group = namesGroup(item.tokens) || (namesGroups && isGroupPhrase(item.tokens));
      // "Our own workspace. We run the company on the tool, so we feel slow pages first.": one
      // reason after a group's note belongs to it, as "and why" in the heading asks.
      // Under an order heading alone, a clause after a group's note is its reason, however said
      // ("Our own workspaces. We're in the tool all day and notice a slow board first.").
      const explains = asksWhy ? givesReason(item) : orderAlone && item.isClause;
      if (!group && items > 0 && !reasoned && explains) {
        reasoned = true;
        continue;
      }
      if (item.words > MAX_ITEM_WORDS || !group) break;
      reasoned = false;
      items++;
    }
    return items >= (namesGroups ? MIN_STEPS + 1 : MIN_STEPS);
  });
}

const REASONS = new Set(['so', 'because', 'since', 'as']);

/** A clause of its own that gives a reason: "…, so we feel slow pages before anyone". */
function givesReason(sentence: Sentence): boolean {
  return sentence.isClause && sentence.tokens.some((token) => REASONS.has(token.text));
}

/** Words a heading of the order alone may hold besides "order": "Rollout order", "Order of exposure". */
const ORDER_TOPICS = new Set(['rollout', 'exposure', 'release', 'the', 'of']);

export function isOrderAlone(words: readonly Token[]): boolean {
  const named = words.filter((token) => token.kind !== 'mark');
  return (
    named.length > 0 &&
    named.length <= ORDER_ALONE_WORDS &&
    named.some((token) => token.text === 'order') &&
    named.every((token) => token.text === 'order' || ORDER_TOPICS.has(token.text))
  );
}
const ORDER_ALONE_WORDS = 3;

function asksForGroups(words: readonly Token[]): boolean {
  return words.some((token) => GROUP_HEADS.has(token.text) && !token.negated);
}
