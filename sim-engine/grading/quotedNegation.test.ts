import { describe, expect, it } from 'vitest';
import { splitSentences } from './sentences';

// The fifteenth round (corpus/README.md): a negator inside quotation marks is part of a quoted
// label — a button, a reason code — and denies nothing after the closing mark. Our own sentences.
const negated = (text: string) =>
  splitSentences(text).flatMap((sentence) =>
    sentence.tokens.filter((t) => t.negated).map((t) => t.text),
  );

describe('a negator inside quotation marks', () => {
  it.each([
    ['We count "not relevant" clicks and the cost per request.', ['relevant']],
    ['Guards: "don\u2019t suggest this" taps / thumbs-down on results, p95.', ['suggest', 'this']],
    ['We chart “never again” ratings beside the p95 latency.', ['again']],
  ])('ends its reach at the closing mark in "%s"', (text, inside) => {
    const denied = negated(text);
    expect(denied.every((word) => inside.includes(word))).toBe(true);
  });

  it.each([
    // A negation already running when the quote opens runs on past it.
    ['We would not log "not relevant" clicks or cost.', ['clicks', 'cost']],
    // A negation after the quote is its own.
    ['We track "not relevant" clicks, but not cost.', ['cost']],
  ])('still denies what the speaker denies in "%s"', (text, denied) => {
    expect(negated(text)).toEqual(expect.arrayContaining(denied));
  });
});
