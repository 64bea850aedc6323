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
const GROUP_NOUNS = new Set([
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
]);
/** Words that open the first step of a sequence. */
const OPENERS = new Set(['first', 'firstly', 'initially']);
/** Words that open a later step: "then", "after that", "next", "finally", "→". */
const STEPS = new Set(['then', 'next', 'afterwards', 'later', 'finally', 'lastly', '→', '->']);
const MIN_STEPS = 2;

/** True when one clause puts two or more groups in sequence, starting from who goes first. */
export function sequencesGroups(sentence: Sentence): boolean {
  if (!sentence.isClause) return false;
  const tokens = sentence.tokens;
  const opener = tokens.findIndex((token) => OPENERS.has(token.text) && !token.negated);
  if (opener < 0) return false;
  const starts = [opener];
  for (let i = opener + 1; i < tokens.length; i++) {
    if (opensStep(tokens, i)) starts.push(i);
  }
  let grouped = 0;
  starts.forEach((start, k) => {
    const step = tokens.slice(start + 1, starts[k + 1] ?? tokens.length);
    if (namesGroup(step)) grouped++;
  });
  return grouped >= MIN_STEPS;
}

function opensStep(tokens: readonly Token[], i: number): boolean {
  const text = tokens[i]?.text ?? '';
  if (STEPS.has(text)) return true;
  // "after that", "after them": a later step, not "after two days".
  const next = tokens[i + 1]?.text ?? '';
  return text === 'after' && (next === 'that' || next === 'them' || next === 'those');
}

/** A step names a group when a group noun is affirmed in it and no share of traffic is. */
function namesGroup(step: readonly Token[]): boolean {
  if (step.some((token) => token.kind === 'number')) return false;
  return step.some(
    (token) => token.pos === 'NOUN' && GROUP_NOUNS.has(token.lemma) && !token.negated,
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
    if (!heading.isClause || !asksWho || !ordered) return false;
    let items = 0;
    for (const item of sentences.slice(at + 1)) {
      if (item.words > MAX_ITEM_WORDS || !namesGroup(item.tokens)) break;
      items++;
    }
    return items >= MIN_STEPS;
  });
}
