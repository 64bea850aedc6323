import { NEGATOR_WORDS } from './match';
import type { Word } from './negationScope';
import { VIEW_VERBS } from './othersView';
import type { Token } from './tokens';

/**
 * A reading of the canary reported as a question and denied in the same sentence ("If Growth
 * asks whether the canary shows the new page converts better: no.", "… as proof the new fares
 * work better: they don't."): read by comparison.ts, the sentence holds no misconception.
 */

/** Words that answer a question put before them with a flat denial. */
const DENIALS = new Set(['no', 'nope', 'never']);
const ANSWER_MARKS = new Set([':', '—', '–', '-', ',']);

/**
 * "If Growth asks whether the canary shows it converts better: no.": a question reported,
 * answered with a bare denial after a colon or a dash, denies what it asks.
 */
export function answersNo(tokens: readonly Token[]): boolean {
  const asked = tokens.findIndex((token) => token.text === 'whether' || token.text === 'if');
  if (asked < 0) return false;
  return tokens.some((token, at) => {
    if (at <= asked || !ANSWER_MARKS.has(tokens[at - 1]?.text ?? '')) return false;
    // The tokenizer may keep the full stop on "no." (read as the abbreviation of "number").
    if (DENIALS.has(token.text.replace(/\.$/, ''))) {
      // The denial stands alone: the sentence or its clause ends there ("no.", "no — it shows …").
      return token.text.endsWith('.') || (tokens[at + 1]?.kind ?? 'mark') === 'mark';
    }
    // "…, you say no.", "…, the answer is no.": a short reply that says the denial.
    if (saysNo(tokens, at)) return true;
    // "…: they don't.", "… — it does not": a short clause that denies, after a colon or a dash.
    return tokens[at - 1]?.text !== ',' && deniesInShort(tokens, at);
  });
}

const SAYING = new Set(['say', 'answer', 'tell', 'be']);
const SHORT_REPLY = 5;

/** "you say no", "I'd say no", "the answer is no": a reply of a few words that ends on "no". */
function saysNo(tokens: readonly Token[], from: number): boolean {
  const end = tokens.findIndex((token, i) => i > from && token.kind === 'mark');
  const reply = tokens.slice(from, end < 0 ? tokens.length : end);
  const last = reply.at(-1)?.text.replace(/\.$/, '') ?? '';
  return (
    reply.length <= SHORT_REPLY &&
    DENIALS.has(last) &&
    reply.some((token) => SAYING.has(token.lemma))
  );
}

const SHORT_DENIAL = 4;

/**
 * The reading denied by an echo of it: "they don't", "it does not", "it can't" — a pronoun for the
 * reading, a negated auxiliary, no verb of its own ("we don't wait" is an action, not a denial).
 */
function deniesInShort(tokens: readonly Token[], from: number): boolean {
  const end = tokens.findIndex((token, i) => i >= from && token.kind === 'mark');
  const clause = tokens.slice(from, end < 0 ? tokens.length : end);
  if (clause.length > SHORT_DENIAL || !ECHOED.has(clause[0]?.text ?? '')) return false;
  const negated = clause.some((token) => NEGATOR_WORDS.has(token.text));
  return negated && !clause.some((token) => token.pos === 'VERB');
}
const ECHOED = new Set(['it', 'they', 'that', 'this']);

const POINTERS = new Set(['it', 'that', 'this', 'they']);

/**
 * "We'd told leadership the canary proved it was faster. It can't.": a sentence of only a pointer
 * and a negated auxiliary denies the claim just before it, as "No." answers a question.
 */
export function deniesFlatly(tokens: readonly Token[]): boolean {
  const words = tokens.filter((token) => token.kind !== 'mark');
  const [pointer, auxiliary, negator] = words;
  if (!POINTERS.has(pointer?.text ?? '') || auxiliary?.pos !== 'AUX') return false;
  if (words.length === 2) return auxiliary.text === 'cannot';
  return words.length === 3 && negator?.text === 'not';
}

/** Words a short note puts a practice off to: "not this year", "not yet", "not this release". */
const LATER = new Set(['now', 'yet', 'today', 'year', 'season', 'quarter', 'release', 'time']);
/** Words of a note's label: "Days to maturity:". */
const NOTE_LABEL_WORDS = 4;

/**
 * "Description: stages with holds. Days to maturity: not this year.": a note that says only "not
 * now" or "never" puts off the entry just before it, as "No." answers a question.
 */
export function putsOffFlatly(tokens: readonly Token[]): boolean {
  const colon = tokens.findIndex((token) => token.text === ':');
  const note = colon >= 0 && colon <= NOTE_LABEL_WORDS ? tokens.slice(colon + 1) : tokens;
  const words = note.filter((token) => token.kind !== 'mark');
  if (words.length === 1) return words[0]?.text === 'never';
  const last = words.at(-1)?.text ?? '';
  return words.length <= 3 && words[0]?.text === 'not' && LATER.has(last);
}

/** Labels that take back what was said just before: "Withdrawn: …", "Struck: …". */
const TAKEN_BACK = new Set([
  'withdrawn',
  'retracted',
  'struck',
  'scrapped',
  'cancelled',
  'canceled',
]);

/** Quotation marks around words cited as written (an apostrophe inside a word is none). */
const QUOTED = /["“”]|(?:^|\s)['‘]/u;

/**
 * "It read: 'a random 5 % of bookings first.' Withdrawn: random is not an order.": a note opening
 * on a label that takes back the quotation just before it, as "No." answers a question. Before a
 * plan's own sentence ("Each holds two Friday dinners. WITHDRAWN: 'open on a Friday.'") the label
 * takes back its own quotation, not that sentence.
 */
export function takesBackTheLast(tokens: readonly Token[], before: string): boolean {
  const start = tokens[0]?.kind === 'mark' ? 1 : 0;
  // "Taken back: …": the label in two words.
  const colon = tokens[start]?.text === 'taken' && tokens[start + 1]?.text === 'back' ? 2 : 1;
  const label = colon === 2 || TAKEN_BACK.has(tokens[start]?.text ?? '');
  return label && tokens[start + colon]?.text === ':' && QUOTED.test(before);
}

/** Verbs that echo what the report said the thing does, without saying anything new. */
const ECHO_VERBS = new Set(['do', 'show', 'prove', 'tell']);
const ECHO_OBJECTS = new Set(['that', 'this', 'it', 'so']);

/**
 * "It can't do that", "It doesn't show that", "It won't": the thing reported, as a pointer (POINTERS), with a
 * negated auxiliary and at most an echoing verb and a pro-form — a denial, not a new claim.
 */
export function deniesWhatItDoes(opening: readonly Word[]): boolean {
  const words = opening.filter((word) => word.kind !== 'mark');
  const [pointer, auxiliary] = words;
  if (!POINTERS.has(pointer?.text ?? '') || auxiliary?.pos !== 'AUX') return false;
  let at = 2;
  if (auxiliary.text !== 'cannot') {
    if (words[at]?.text !== 'not') return false;
    at++;
  }
  if (ECHO_VERBS.has(words[at]?.lemma ?? '')) {
    at++;
    if (ECHO_OBJECTS.has(words[at]?.text ?? '')) at++;
  }
  return at === words.length;
}

/** Verbs that report a question: "Mira asked if …", "Sales wondered whether …". */
const ASKING = new Set(['ask', 'wonder']);

/**
 * "Mira asked if the canary can show the new tone is a win.": a question reported in the past,
 * its "if" or "whether" straight after the verb or after one object ("asked us whether"), or its
 * topic after "about".
 */
export function asksIndirectly(words: readonly Word[]): boolean {
  return words.some((word, i) => {
    if (!ASKING.has(word.lemma) || word.pos !== 'VERB') return false;
    const next = ASKED_OPENINGS.has(words[i + 1]?.text ?? '');
    const afterObject = words[i + 2]?.text === 'if' || words[i + 2]?.text === 'whether';
    return next || (afterObject && words[i + 1]?.kind === 'word');
  });
}

/**
 * What a reported question opens on after its verb: "asked if", "ask whether", and "they ask
 * about a randomised A/B test afterwards", a question put by its topic.
 */
const ASKED_OPENINGS = new Set(['if', 'whether', 'about']);

/**
 * "Press 2 if you want staff first, then …", "Press 1 if you think the PM should own …": a choice
 * offered to the listener asks, as a question would, and the line after it may answer. The
 * listener's wish is any verb of holding a view (othersView.ts).
 */
export function offersTheListener(words: readonly Word[]): boolean {
  return words.some(
    (word, i) =>
      word.text === 'if' &&
      words[i + 1]?.text === 'you' &&
      VIEW_VERBS.has(words[i + 2]?.lemma ?? ''),
  );
}

const BARE_NOES = new Set(['no', 'no.', 'nope']);

/** "No: the canary only …", "No.": a reply whose first word is the denial. */
export function repliesNo(reply: readonly Word[]): boolean {
  const first = reply.find((word) => word.kind !== 'mark');
  return BARE_NOES.has(first?.text ?? '');
}

/** Marks that end the fragment a condition opens. */
const CONDITION_ENDS = new Set([',', ';', ':', '.', '!', '—']);

/** Words that open a condition, not a claim: "If marketing comes round saying …". */
const CONDITIONS = new Set(['if', 'when', 'whenever', 'unless']);

/**
 * "If marketing comes round saying it works better, that's an A/B test later.": a report inside
 * a condition is what might be said, and what the sentence claims is its own main clause.
 */
export function insideCondition(words: readonly Word[], at: number): boolean {
  let start = at;
  while (start > 0 && !CONDITION_ENDS.has(words[start - 1]?.text ?? '')) start--;
  return CONDITIONS.has(words[start]?.text ?? '');
}
