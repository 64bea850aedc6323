import { describe, expect, it } from 'vitest';
import { fixtureScenario } from '../testing/fixtures';
import { gradeAnswer } from './gradeAnswer';
import { readAnswer } from './sentences';

// The forty-seventh round (corpus/README.md): an answer that sets every number in brackets.
// Every sentence is our own wording.
const model = fixtureScenario();

function tokensOf(answer: string) {
  return readAnswer(answer).sentences.flatMap((sentence) => sentence.tokens);
}

describe('a number set alone in brackets inside a clause', () => {
  it('takes the unit written after the brackets', () => {
    const latency = tokensOf('Roll back if p95 latency goes above (4) seconds.').find(
      (token) => token.value === 4,
    );
    expect(latency?.unit).toBe('s');
  });

  it('reads "(1) in (200)" as a share', () => {
    const share = tokensOf('We sample (1) in (200) replies for the eval harness.').find(
      (token) => token.unit === 'percent',
    );
    expect(share?.value).toBe(0.5);
  });

  it('makes the limits quantified, as they are without the brackets', () => {
    const answer =
      'The limits are written down before the first reply is routed: hallucination rate above (2 %), ' +
      'p95 latency above (4) seconds, error rate more than (0.5) points above control.';
    expect(gradeAnswer(answer, model).covered).toContain('thresholds');
  });
});

describe('a bracketed number that numbers an item', () => {
  it('keeps its brackets when it opens the sentence or follows a mark', () => {
    const texts = tokensOf('(1) Staff first, (2) beta users next.').map((token) => token.text);
    expect(texts.filter((text) => text === '(')).toHaveLength(2);
  });
});
