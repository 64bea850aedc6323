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
  const trimmed = text.trim().replace(/[.!?…]+$/u, '');
  if (!OPENING_QUOTES.test(trimmed) || !CLOSING_QUOTES.test(trimmed)) return false;
  const doubles = trimmed.match(QUOTE_MARKS)?.length ?? 0;
  return doubles <= 2 && trimmed.length > 2;
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
