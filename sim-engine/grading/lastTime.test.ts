import { describe, expect, it } from 'vitest';
import { fixtureScenario } from '../testing/fixtures';
import { gradedFor } from '../testing/gradedFor';
import { gradeAnswer } from './gradeAnswer';
import { splitSentences } from './sentences';

// The thirty-eighth round (corpus/README.md): an answer reasoning from an earlier release's
// postmortem tells what went wrong then; those sentences are not this plan's. Our own wording.
const service = fixtureScenario({ changeKind: 'backend' });

const { misconceptions } = gradedFor(service);

describe('a past release told as such is not read as the plan', () => {
  it('reads no misconception in the story of the last rollout', () => {
    const answer =
      'The last rollout like this I worked on went wrong, and this plan comes out of its review. ' +
      'What happened: we sent 10 % of random users over and watched a graph for an hour.';
    expect(misconceptions(answer)).toEqual([]);
  });

  it('reads the sentence answered by "This time" as the other time', () => {
    const answer =
      'Random accounts put our largest customer in the first 5 %. ' +
      'This time it is staff, then beta teams, then small teams, and large accounts last.';
    expect(misconceptions(answer)).toEqual([]);
  });

  it('keeps a sentence of now before "This time" as the plan (must not deny)', () => {
    const answer =
      'Rollback: the on-call engineer turns the flag back within two minutes, at any hour, without asking me. ' +
      'And this time nobody reads a win off the canary.';
    expect(gradeAnswer(answer, service).covered).toContain('rollback');
  });

  it('does not let "This time …" hide the speaker\'s own plan before it (must not deny)', () => {
    const answer =
      'We send a random 10 % of users first. This time it is staff first, then beta users, then everyone.';
    expect(misconceptions(answer)).toContain('cohort-order');
  });

  it('still reads the misconception said as the plan (must not deny)', () => {
    const answer = 'We send a random 10 % of users first. That is the fairest start.';
    expect(misconceptions(answer)).toContain('cohort-order');
  });
});

describe("a claim denied flatly in the next sentence is not the speaker's claim", () => {
  it('reads "we\'d told" as "we had told", and "It can\'t." as the denial', () => {
    const answer =
      "We'd told the board the canary proved the new store was faster. It can't. " +
      "It tells you it's safe; if we want to claim faster, that's a randomised A/B test afterwards.";
    expect(misconceptions(answer)).toEqual([]);
    expect(gradeAnswer(answer, service).covered).toContain('canary-vs-ab');
  });

  it('still reads the claim when nothing denies it (must not deny)', () => {
    const answer = 'The canary proves the new store is better. That is what we report.';
    expect(misconceptions(answer)).toContain('canary-vs-ab');
  });
});

describe('"\'d" before a past participle is "had"', () => {
  it('reads "we\'d shipped" as told in the past', () => {
    const [sentence] = splitSentences("We'd shipped it to everyone by noon.");
    expect(sentence?.tokens.map((token) => token.text)).toContain('had');
  });

  it('keeps "we\'d go" as "would" (must not deny)', () => {
    const [sentence] = splitSentences("We'd go to 10 % after a day.");
    expect(sentence?.tokens.map((token) => token.text)).toContain('would');
  });
});
