import { describe, expect, it } from 'vitest';
import { fixtureScenario } from '../testing/fixtures';
import { gradeAnswer } from './gradeAnswer';
import { splitSentences } from './sentences';

// The thirty-eighth round (corpus/README.md): the canary's question kept apart from a claim of
// speed, and the rollout, named, confined to safety. Every sentence is our own wording.
const service = fixtureScenario({ changeKind: 'backend' });
const model = fixtureScenario();

function grade(answer: string, scenario = service) {
  return gradeAnswer(answer, scenario);
}

describe('a gain in speed is a claim an A/B test answers', () => {
  it.each([
    "The canary only says the new search is safe. Whether it's faster for users is an A/B test.",
    'The canary tells us the new service does not break pages; if we want to say it is faster, we run an A/B test.',
  ])('earns canary vs A/B in "%s"', (answer) => {
    expect(grade(answer).covered).toContain('canary-vs-ab');
  });

  it('reads no lift claimed from the canary in a wish reported', () => {
    const answer =
      "one lesson i'd repeat when it finished clean people wanted to announce that pages were faster the canary only told us";
    expect(grade(answer).misconceptions).toEqual([]);
  });

  it('reads no misconception in "faster" naming the change itself', () => {
    const answer = 'We canary the cheaper, faster model with staff first.';
    expect(grade(answer, model).misconceptions).toEqual([]);
  });
});

describe('the rollout, named, confined to safety is the canary’s side of the contrast', () => {
  it('earns canary vs A/B for "reaching 100 % will only tell us it is safe"', () => {
    const answer =
      'And reaching 100 % will only tell us the new SDK is safe. Whether wallets lift conversion is a separate A/B test.';
    expect(grade(answer).covered).toContain('canary-vs-ab');
  });
});

describe('a verb of telling the tagger reads as a noun is the verb', () => {
  it('reads "a randomised A/B test answers that" as a clause', () => {
    const [sentence] = splitSentences('A randomised A/B test answers that.');
    expect(sentence?.isClause).toBe(true);
  });

  it('leaves a compound noun alone (must not deny)', () => {
    const [sentence] = splitSentences('The test answers page loads.');
    expect(sentence?.tokens.find((token) => token.text === 'answers')?.pos).toBe('NOUN');
  });
});
