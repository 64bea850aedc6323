import { describe, expect, it } from 'vitest';
import { fixtureScenario } from '../testing/fixtures';
import { gradeAnswer } from './gradeAnswer';
import { splitSentences } from './sentences';

// The fifteenth round (corpus/README.md): quantities said aloud — spelled fractions, hundreds with
// "and", ordinal percentiles, and fillers between a comparison and its number. Our own sentences.
const service = fixtureScenario({ changeKind: 'backend' });

const numbers = (text: string) =>
  splitSentences(text).flatMap((sentence) =>
    sentence.tokens.filter((t) => t.kind === 'number').map((t) => `${t.value}${t.unit ?? ''}`),
  );

function details(answer: string): string | null {
  return gradeAnswer(answer, service).points.find((p) => p.id === 'thresholds')?.evidence ?? null;
}

describe('the grader reads quantities as they are spoken', () => {
  it.each([
    ['a percent and a half', '1.5percent'],
    ['one and a half percent', '1.5percent'],
    ['a hundred and fifty milliseconds', '150ms'],
    ['three hundred and twenty five milliseconds', '325ms'],
    ['two hundred forty ms', '240ms'],
    ['a day and a half', '1.5d'],
    ['up a percent', '1percent'],
    ['half a percent', '0.5percent'],
  ])('reads "%s" as %s', (text, expected) => {
    expect(numbers(text)).toEqual([expected]);
  });

  it('reads a spelled ordinal percentile as the name of a metric, not a number', () => {
    const tokens = splitSentences('The ninety-fifth percentile gets slower.').flatMap(
      (s) => s.tokens,
    );
    expect(tokens.map((t) => t.text)).toContain('95th');
    expect(tokens.some((t) => t.kind === 'number')).toBe(false);
  });

  it.each(['a point of view', 'we wait a second time', 'a percentage of them'])(
    'finds no spoken quantity in "%s"',
    (text) => {
      expect(numbers(text)).toEqual([]);
    },
  );

  it.each([
    // A filler and its commas between the comparison and the number.
    'Written down before launch: we stop if the error rate rises more than, um, a percent and a half over the control group.',
    'Agreed in advance, we roll back if the ninety-ninth percentile latency gets worse by, er, a hundred and fifty milliseconds against the baseline.',
    'Set before we start: errors up by more than, uh, like, half a percent compared to the old version means we pull it.',
  ])('hears a spoken limit in "%s"', (answer) => {
    expect(details(answer)).not.toBeNull();
  });

  it('still reads a share of users after a plain comma as a stage, not a limit', () => {
    // The comma stays a boundary when no filler stands by it: "errors, 5 % of users" is no limit.
    expect(numbers('We watch errors, 5 % of users first, then 25 %.')).toEqual([
      '5percent',
      '25percent',
    ]);
    expect(details('We watch errors, 5 % of users first, then 25 %.')).toBeNull();
  });
});
