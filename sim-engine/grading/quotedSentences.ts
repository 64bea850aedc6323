import type { Token } from './tokens';

/*
 * A sentence given wholly in quotation marks is someone's words set in front of the listener —
 * an objection the candidate is about to answer, a line heard in a launch meeting: "Give it to a
 * random 5 % and see." It states nothing for the speaker, whatever it holds, unless the next
 * sentence takes it on ("That's my view."), as reported advice is (sentences.ts).
 */

const OPENING_QUOTES = /^["“„«‘']/u;
const CLOSING_QUOTES = /["”»’']$/u;
const QUOTE_MARKS = /["“”„«»]/gu;

/**
 * True when the sentence is one quotation: it opens and closes on quotation marks and holds no
 * other double quotation mark ("‘Fine,’ she said" and "We call it "safe", not "better"" are not).
 */
export function isQuotedWhole(text: string): boolean {
  // Asked of every sentence: most open on no quotation mark, ruled out before any copy is cut.
  if (!OPENING_QUOTES.test(text.trimStart())) return false;
  const trimmed = text.trim().replace(/[.!?…]+$/u, '');
  if (!OPENING_QUOTES.test(trimmed) || !CLOSING_QUOTES.test(trimmed)) return false;
  const doubles = trimmed.match(QUOTE_MARKS)?.length ?? 0;
  return doubles <= 2 && trimmed.length > 2;
}

/** A short label, a colon, then the quotation: 'Draft line 3: "Roll back if …"'. */
const LABELLED = /^([^"“”:]+):\s*(["“].*)$/u;
const LABEL_WORDS = 4;
const SPEAKER_WORDS = /\b(?:i|me|my|mine|we|our|us|ours)\b/iu;
/** Labels that name another's text: "Draft line 3", "Their proposal", "Original comment". */
const OTHERS_TEXT =
  /\b(?:draft|line|proposal|suggestion|original|comment|colleague|their|his|her)\b/iu;

/**
 * 'Draft line 3: "Roll back if conversion falls 2 %."', 'Their proposal: "Ship it."': a line
 * quoted under a short label naming another's text is someone's words, as a line given wholly in
 * quotation marks is. A label of the speaker's ('My rule: "…"', 'To the team: "…"') or a key
 * ('p95_latency: "> +300 ms"') keeps the line the speaker's.
 */
export function isQuotedUnderLabel(text: string): boolean {
  const labelled = LABELLED.exec(text.trim());
  if (labelled === null) return false;
  const [, label = '', quotation = ''] = labelled;
  const words = label.trim().split(/\s+/u);
  if (words.length > LABEL_WORDS || SPEAKER_WORDS.test(label)) return false;
  return OTHERS_TEXT.test(label) && isQuotedWhole(quotation);
}

/**
 * Sentences inside a quotation that runs over several sentences and gives someone else's words
 * ('My colleague's draft was: "Infra runs it. Move a random 10 % … at month end."'): each
 * sentence that begins inside the open quotation is theirs, as a line given wholly in quotation
 * marks is. A quotation the speaker introduces ("In the release doc we write: "…"") or that is
 * the whole answer stays the speaker's. Straight marks open and close in turn; curly ones say
 * which they are.
 */
export function insideLongQuotations(texts: readonly string[]): Set<number> {
  const inside = new Set<number>();
  let open = false;
  let others = false;
  texts.forEach((text, i) => {
    if (open && others) inside.add(i);
    for (const mark of text.matchAll(QUOTE_MARKS)) {
      const opens = mark[0] === '"' ? !open : OPENING_MARKS.has(mark[0]);
      if (opens && !open) others = introducesOthersWords(text.slice(0, mark.index));
      open = opens;
    }
  });
  return inside;
}

const OPENING_MARKS = new Set(['“', '„', '«']);
/** Someone else's words named before a quotation: "My colleague's draft was:", "She wrote:". */
const OTHERS_WORDS =
  /\b(?:colleague|colleague's|draft|manager|boss|director|predecessor|teammate|someone|somebody|he|she|they|his|her|their)\b/iu;
const SPEAKER = /\b(?:i|i'd|i'll|i'm|i've|we|we'd|we'll|we're|us)\b/iu;

function introducesOthersWords(before: string): boolean {
  return OTHERS_WORDS.test(before) && !SPEAKER.test(before);
}

/**
 * "'The canary tells us it is safe, not that it is better,' said Duguid." where Duguid is the
 * answer's own product manager (namedRoles.ts reads the name as "pm"): the PM quoted is the
 * speaker, as a press release quotes its own people; so is the quotation that goes on in the next
 * sentence ("'Whether it helps is for an A/B test.'").
 */
export function quotesItsPm(
  sentences: readonly { readonly text: string; readonly tokens: readonly Token[] }[],
  at: number,
): boolean {
  const sentence = sentences[at];
  if (sentence === undefined) return false;
  if (saidByPm(sentence.tokens)) return true;
  const before = sentences[at - 1];
  return before !== undefined && isQuotedWhole(sentence.text) && saidByPm(before.tokens);
}

const SAYING = new Set(['say', 'add', 'explain', 'tell']);

/** "… ,' said pm." or "… ,' pm said.": the quotation attributed to the PM. */
function saidByPm(tokens: readonly Token[]): boolean {
  const [last, before] = lastTwoWords(tokens);
  if (last === undefined || before === undefined) return false;
  return (
    (SAYING.has(before.lemma) && last.text === 'pm') ||
    (before.text === 'pm' && SAYING.has(last.lemma))
  );
}

/** The sentence's last word and the word before it, marks skipped, read from its end. */
function lastTwoWords(tokens: readonly Token[]): [Token | undefined, Token | undefined] {
  let last: Token | undefined;
  for (let at = tokens.length - 1; at >= 0; at--) {
    const token = tokens[at] as Token;
    if (token.kind === 'mark') continue;
    if (last !== undefined) return [last, token];
    last = token;
  }
  return [last, undefined];
}
