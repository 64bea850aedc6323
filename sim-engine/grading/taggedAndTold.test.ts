import { describe, expect, it } from 'vitest';
import { fixtureScenario } from '../testing/fixtures';
import { gradedFor } from '../testing/gradedFor';

// The fifty-second round (corpus/README.md): tags in square brackets opening sentences, a
// sentence whose verb sits inside a long run of content words, a lift claimed as zero, and the
// rollback kept for the PM. Every sentence is our own wording.
const service = fixtureScenario({ changeKind: 'backend' });

const { covered, misconceptions } = gradedFor(service);

describe('a tag in square brackets opening a sentence', () => {
  it('files the sentence under a heading and leaves it saying what it says', () => {
    const answer =
      '[decision] I own the order, the limits and the holds; platform engineering runs the deploy.';
    expect(covered(answer)).toContain('pm-owns');
  });

  it('is still a template blank when it is the subject of the verb after it', () => {
    const answer =
      '[segment] goes first, then beta users, then everyone; the biggest accounts last because they pay most.';
    expect(covered(answer)).not.toContain('cohort-order');
  });
});

describe('a verb inside a long run of content words', () => {
  it('breaks the run: the sentence is a clause, not a salad', () => {
    const answer =
      'Our own support team accounts get new prices first, then the riders in our beta group, then quiet towns, and our busiest late-night cities come last because a wrong price there hits the most trips.';
    expect(covered(answer)).toContain('cohort-order');
  });
});

describe('a lift claimed from the canary', () => {
  it('is no misconception when the lift claimed is zero', () => {
    const answer =
      'The canary tells us whether it is safe; whether it is better needs a randomised A/B test, and the lift we read off the canary is 0.';
    expect(misconceptions(answer)).not.toContain('canary-vs-ab');
  });

  it('is one when the lift claimed is a number', () => {
    expect(misconceptions('The lift we read off the canary is 4 %.')).toContain('canary-vs-ab');
  });
});

describe('the rollback kept for the PM', () => {
  it.each([
    'Only the PM may roll back, because going back is a product decision.',
    'If a limit trips, on-call pages the PM and waits; the rollback happens once the PM answers.',
  ])('is the rollback misconception: "%s"', (answer) => {
    expect(misconceptions(answer)).toContain('rollback');
  });

  it('is not "not only the PM"', () => {
    const answer = 'Not only the PM may roll back: the on-call engineer can too, at any hour.';
    expect(misconceptions(answer)).not.toContain('rollback');
  });
});
