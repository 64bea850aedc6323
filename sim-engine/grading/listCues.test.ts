import { describe, expect, it } from 'vitest';
import { mayBeList } from './listCues';
import { isList } from './lists';
import { readAnswer } from './sentences';

// Our own sentences: the cue must never rule out a sentence the list readings would call a list.
function tokensOf(sentence: string) {
  return readAnswer(sentence).sentences[0]?.tokens ?? [];
}

describe('the cue asked before a sentence is read as a list', () => {
  it('rules out a sentence with one comma and few conjunctions', () => {
    expect(mayBeList(tokensOf('We hold each stage for two days, then move on.'))).toBe(false);
    expect(mayBeList(tokensOf('I own the order and the limits.'))).toBe(false);
  });

  it('keeps a sentence with two parting marks', () => {
    expect(mayBeList(tokensOf('canary, rollback, thresholds'))).toBe(true);
    expect(mayBeList(tokensOf('Gates: errors / latency'))).toBe(true);
  });

  it('keeps a long series strung on conjunctions alone, from its seventh conjunction', () => {
    const strung =
      'staff and beta and error rates and latency and owners and dashboards and pagers and customers';
    expect(mayBeList(tokensOf(strung))).toBe(true);
    expect(isList(tokensOf(strung))).toBe(true);
    const shorter =
      'staff and beta and error rates and latency and owners and dashboards and pagers';
    expect(mayBeList(tokensOf(shorter))).toBe(false);
    expect(isList(tokensOf(shorter))).toBe(false);
  });

  it('keeps every sentence the list readings call a list', () => {
    const lists = [
      'canary, rollback, thresholds, p99',
      'staff / pilot / clinics',
      'rollback authority, routing, minutes',
      'Canary, error rate, latency, rollback, staff.',
    ];
    for (const list of lists) {
      const tokens = tokensOf(list);
      expect(isList(tokens)).toBe(true);
      expect(mayBeList(tokens)).toBe(true);
    }
  });
});
