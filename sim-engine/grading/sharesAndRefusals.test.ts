import { describe, expect, it } from 'vitest';
import { fixtureScenario } from '../testing/fixtures';
import { gradedFor } from '../testing/gradedFor';
import { readAnswer } from './sentences';

// The fifty-third round (corpus/README.md): a second plain verb refused after "wouldn't …, or",
// and shares written as decimals of a whole. Every sentence is our own wording.
const model = fixtureScenario();

const { covered, misconceptions } = gradedFor(model);

describe('a second plain verb after a negated auxiliary and ", or"', () => {
  it('is refused with the first', () => {
    const answer = "I wouldn't split safe from better, or plan an A/B test afterwards.";
    expect(covered(answer)).not.toContain('canary-vs-ab');
  });

  it('leaves "doesn\'t time out or throw errors" to the model: the errors are still looked at', () => {
    const answer =
      "For a model swap that's errors and latency: if it doesn't time out or throw errors, it's working.";
    expect(misconceptions(answer)).toContain('model-metrics');
  });
});

describe('a decimal of a whole', () => {
  it('is a share in percent, so limits written with it are limits', () => {
    const answer =
      'Limits written down before launch: we roll back if errors pass 0.005 of requests or hallucinations pass 0.02 of graded answers.';
    expect(covered(answer)).toContain('thresholds');
  });

  it('stays a plain number when a unit follows "of"', () => {
    const tokens = readAnswer('The page must load 0.5 of a second faster.').sentences.flatMap(
      (sentence) => sentence.tokens,
    );
    expect(tokens.filter((token) => token.unit === 'percent')).toEqual([]);
  });
});
