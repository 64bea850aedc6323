import { describe, expect, it } from 'vitest';
import { fixtureScenario } from '../testing/fixtures';
import { gradedFor } from '../testing/gradedFor';
import { gradeAnswer } from './gradeAnswer';

// The sixty-first round (corpus/README.md): cut-off text that crashed the reader, a role with the
// speaker beside it, cohorts by account size, a random pick praised as fair, limits left to the
// first day, tag questions and "not before" a count. Every sentence is our own wording.
const service = fixtureScenario({ changeKind: 'backend' });
const model = fixtureScenario();
const { covered, misconceptions } = gradedFor(service);

describe('text that ends where a word should follow', () => {
  it('grades a sentence that trails off after "now and then"', () => {
    const answer =
      "I'd put the new model out to a few stores first and keep an eye on how the answers look and " +
      "whether staff say anything — since not many staff rate answers, I'd probably ring a few of them myself now and then";
    expect(() => gradeAnswer(answer, model)).not.toThrow();
  });

  it('grades an answer cut off after "one in"', () => {
    const answer = 'I want the harness sampling one in twenty during the canary, not one in';
    expect(() => gradeAnswer(answer, model)).not.toThrow();
  });
});

describe('a role with the speaker set beside it', () => {
  it('owns the decisions it lists', () => {
    const answer =
      'The PM, me, owns the release decisions: the exposure order, the rollback limits, the length of each stage.';
    expect(covered(answer)).toContain('pm-owns');
  });
});

describe('cohorts by the size of the account', () => {
  it('reads accounts above a hundred seats as the valuable group', () => {
    const answer = 'Accounts above five hundred seats go first, because they pay us the most.';
    expect(misconceptions(answer)).toContain('cohort-order');
  });

  it('reads a band of a few seats as no valuable group (must not deny)', () => {
    const answer = 'Accounts above five seats go first, because they pay us the most.';
    expect(misconceptions(answer)).not.toContain('cohort-order');
  });

  it('reads a band below a line as no valuable group (must not deny)', () => {
    const answer = 'Teams of fewer than 500 seats go first, because they pay us the least.';
    expect(misconceptions(answer)).not.toContain('cohort-order');
  });

  it('orders our own workspace before the largest accounts', () => {
    const answer =
      'Our own company workspace goes first. Workspaces over 1,000 seats go last, because they run the heaviest queries.';
    expect(covered(answer)).toContain('cohort-order');
  });
});

describe('a random pick praised', () => {
  it('is the misconception when called the fairest cohort', () => {
    const answer = 'Random is the fairest cohort, because nobody is singled out.';
    expect(misconceptions(answer)).toContain('cohort-order');
  });

  it('is not the misconception when the praise is denied (must not deny)', () => {
    const answer =
      'Random is not the fairest cohort; it hides the big accounts among everyone else.';
    expect(misconceptions(answer)).not.toContain('cohort-order');
  });
});

describe('limits left to what the first day shows', () => {
  it('is the misconception when the rollback line comes from what is observed then', () => {
    const answer =
      'We watch the dashboard together on the first day, see what normal variation looks like, ' +
      'and set the rollback line from what we observe then.';
    expect(misconceptions(answer)).toContain('thresholds');
  });

  it('is not the misconception when normal is learned before launch (must not deny)', () => {
    const answer =
      "Before launch we study last month's data to see what normal variation looks like, " +
      'and we write the rollback line down before the first user moves.';
    expect(misconceptions(answer)).not.toContain('thresholds');
  });
});

describe('a question tagged on a statement', () => {
  it('leaves the statement a claim', () => {
    const answer =
      'This only tells us it is safe. For "better", a randomised A/B test once it is out, yes?';
    expect(covered(answer)).toContain('canary-vs-ab');
  });

  it('asserts a misconception said with a tag', () => {
    expect(misconceptions('The canary proves the new page sells more, right?')).toContain(
      'canary-vs-ab',
    );
  });

  it('leaves a real question a question (must not deny)', () => {
    expect(misconceptions('Does the canary prove the new page sells more, right?')).not.toContain(
      'canary-vs-ab',
    );
  });
});

describe('"not before" a count', () => {
  it('is a hold', () => {
    const answer = 'The 20 % stage advances not before 48 hours and 5,000 rated replies.';
    expect(gradedFor(model).covered(answer)).toContain('holds');
  });
});
