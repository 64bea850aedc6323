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
