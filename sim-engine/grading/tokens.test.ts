import { describe, expect, it } from 'vitest';
import { splitSentences } from './sentences';
import { normaliseText, tokenise } from './tokens';

const read = (text: string) =>
  tokenise(normaliseText(text)).map((t) =>
    t.kind === 'number' ? `${t.value}${t.unit ?? ''}` : t.text,
  );

describe('tokenise', () => {
  it('merges numbers with their units however they are typed', () => {
    expect(read('0.5% 200ms 200 ms 6 hours 24-hour 2 percentage points 3 per cent')).toEqual([
      '0.5percent',
      '200ms',
      '200ms',
      '6h',
      '24h',
      '2pp',
      '3percent',
    ]);
  });

  it('reads ramps with arrows and percentiles in every spelling', () => {
    expect(read('1%→5% -> 25 %')).toEqual(['1percent', '→', '5percent', '→', '25percent']);
    expect(read('p99, p 99, 99th percentile, P95')).toEqual([
      'p99',
      ',',
      'p99',
      ',',
      'p99',
      ',',
      'p95',
    ]);
  });

  it('turns number words into numbers only before a unit', () => {
    expect(read('five minutes, an hour, three decisions')).toEqual([
      '5min',
      ',',
      '1h',
      ',',
      'three',
      'decisions',
    ]);
  });

  it('expands contractions and joins hyphenated words', () => {
    expect(read("it doesn't roll back; opted-in A/B")).toEqual(
      'it does not roll back ; opted in a/b'.split(' '),
    );
  });
});

describe('splitSentences', () => {
  it('keeps decimals and "vs." inside a sentence and splits bullets and wrapped lines correctly', () => {
    const sentences = splitSentences(
      'Errors up 0.5% vs. control. Then we wait.\n- First bullet\n- Second bullet that\nwraps here.',
    );
    expect(sentences.map((s) => s.text)).toEqual([
      'Errors up 0.5% vs. control.',
      'Then we wait.',
      'First bullet',
      'Second bullet that wraps here.',
    ]);
  });

  it('tells a clause from a list of nouns', () => {
    const [clause, list] = splitSentences(
      'We hold for six hours.\ncanary, rollback, p99, A/B test',
    );
    expect(clause?.isClause).toBe(true);
    expect(list?.isClause).toBe(false);
  });
});
