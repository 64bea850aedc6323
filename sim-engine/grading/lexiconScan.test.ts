import { describe, expect, it } from 'vitest';
import { startsAt } from './lexiconScan';
import { findAll, lexicon, localLexicon } from './match';
import { readAnswer } from './sentences';

// Our own sentences and phrases: words, lemmas ("signs off" ~ "sign off"), prefixes ("hold*").
const SPEC = 'me | the pm | product manager | sign off | hold* | roll* back | go / no go | pm';
const SHARED = lexicon(SPEC);
const LOCAL = localLexicon(SPEC);
const SENTENCES = [
  'Ownership: me, the PM, with the order and the limits.',
  'The product manager signs off each stage; we hold for two days, then roll it back.',
  'Holding at 5 % is the go / no go point, and the PM rolls back if errors rise.',
  'Nobody holds it: I sign off, not the team.',
];

function tokensOf(sentence: string) {
  return readAnswer(sentence).sentences.flatMap((read) => read.tokens);
}

describe('a phrase starting at one place', () => {
  it('is found exactly where a scan of the whole sentence finds one start', () => {
    for (const lex of [SHARED, LOCAL]) {
      for (const sentence of SENTENCES) {
        const tokens = tokensOf(sentence);
        const starts = new Set(findAll(tokens, lex).map((match) => match.start));
        for (let at = -1; at <= tokens.length; at++) {
          expect(startsAt(tokens, at, lex), `${sentence} at ${at}`).toBe(starts.has(at));
        }
      }
    }
  });

  it('reads a phrase by its lemma and by a prefix', () => {
    const tokens = tokensOf('The product manager signs off and holds.');
    const signs = tokens.findIndex((token) => token.text === 'signs');
    const holds = tokens.findIndex((token) => token.text === 'holds');
    expect(startsAt(tokens, signs, SHARED)).toBe(true);
    expect(startsAt(tokens, holds, SHARED)).toBe(true);
    expect(startsAt(tokens, signs + 1, SHARED)).toBe(false);
  });
});
