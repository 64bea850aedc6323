import { describe, expect, it } from 'vitest';
import { fixtureScenario } from '../testing/fixtures';
import { gradeAnswer } from './gradeAnswer';
import { splitSentences } from './sentences';

// The thirty-ninth round (corpus/README.md): a plan told to a non-technical executive says its
// limits, its quality signals and its experiment in plain words. Every sentence is our own wording.
const service = fixtureScenario({ changeKind: 'backend' });
const model = fixtureScenario();

function detailsOf(answer: string, point: string, scenario = service) {
  return gradeAnswer(answer, scenario).points.find((found) => found.id === point);
}

describe('a count out of a whole is a share', () => {
  it('reads "1 in 200" as 0.5 %', () => {
    const [sentence] = splitSentences('More than 1 in 200 checkouts failing.');
    const rate = sentence?.tokens.find((token) => token.unit === 'percent');
    expect(rate?.value).toBe(0.5);
  });

  it('leaves no pronoun "one" in "one in two hundred gives us almost nothing"', () => {
    // Read as the pronoun, "one … gives us" told the sentence in another voice (dash notes, ag043).
    const [sentence] = splitSentences(
      'At 5 %, one in two hundred gives us almost nothing to read.',
    );
    expect(sentence?.tokens.map((token) => token.text)).not.toContain('one');
  });

  it('leaves "2 in 5 stages" alone (must not deny)', () => {
    const [sentence] = splitSentences('We pause 2 in 5 stages for a review.');
    expect(sentence?.tokens.some((token) => token.unit === 'percent')).toBe(false);
  });
});

describe('limits said in plain words are limits', () => {
  const limits =
    'When we stop, written down before we start: more than 1 in 200 pages failing to load; ' +
    'the slowest 5 % of pages getting more than half a second slower; baskets added down more than 3 %.';

  it('earns the thresholds', () => {
    expect(gradeAnswer(limits, service).covered).toContain('thresholds');
  });

  it('does not read a slower ramp as a limit (must not deny)', () => {
    const answer = 'We take a slower ramp this time, 5 % of stores first, and see how it goes.';
    expect(gradeAnswer(answer, service).covered).not.toContain('thresholds');
  });
});

describe('quality signals said in plain words guard a model', () => {
  it('reads the slowest 5 %, taps on a quoted button and a cost per screen as signals', () => {
    const answer =
      'Before we start we write down when the new recommendations model goes back: the slowest 5 % of screens more than half a second slower, ' +
      '"not interested" taps up more than 10 %, or the computing cost per screen up more than 20 %.';
    expect(gradeAnswer(answer, model).covered).toContain('model-metrics');
  });
});

describe('an experiment described without its name', () => {
  it('earns canary vs A/B for "a fair test where shoppers are split at random"', () => {
    const answer =
      'What this rollout will not tell us: whether the new model sells more. That needs a fair test afterwards where shoppers are split at random.';
    expect(gradeAnswer(answer, model).covered).toContain('canary-vs-ab');
  });
});

describe('a gain said as earning more is a question for the A/B test', () => {
  const PLAN = 'I send it to staff first, then beta customers, then everyone else.';

  it.each([
    'And a clean canary means safe, nothing more. Whether the new pricing earns more is an A/B test.',
    "I also won't claim the wallet lifts conversion off the back of this. That's a separate A/B test.",
  ])('earns canary vs A/B in "%s"', (answer) => {
    expect(gradeAnswer(`${PLAN} ${answer}`, service).covered).toContain('canary-vs-ab');
  });

  it('does not read a claim refused on other grounds as the canary’s side (must not deny)', () => {
    const answer = `${PLAN} I won't claim the wallet lifts conversion. That's a separate A/B test.`;
    expect(detailsOf(answer, 'canary-vs-ab')?.covered).toBe(false);
  });
});
