import { describe, expect, it } from 'vitest';
import { fixtureScenario } from '../testing/fixtures';
import { gradedFor } from '../testing/gradedFor';

// The sixty-second round (corpus/README.md): the canary taken for the experiment through a
// pronoun or a condition, the plan's own findings confined to safety, groups held as stages,
// options weighed, a bracketed series, the PM's role said in more ways, and lengths and sign-offs
// said in more words. Every sentence is our own wording.
const service = fixtureScenario({ changeKind: 'backend' });
const model = fixtureScenario();
const forModel = gradedFor(model);
const { covered, credit, misconceptions } = gradedFor(service);

describe('the canary taken for the experiment', () => {
  it('is the misconception when "it" doubles as the A/B test after the canary is named', () => {
    const answer =
      'We keep this canary small and quick, and it doubles as our A/B test for the new search box.';
    expect(misconceptions(answer)).toContain('canary-vs-ab');
  });

  it('is not the misconception when "it" stands for an experiment named after the canary (must not deny)', () => {
    const answer =
      'The canary checks safety; then we start the A/B test and it serves as our experiment on conversion.';
    expect(misconceptions(answer)).not.toContain('canary-vs-ab');
  });

  it('is the misconception when "that proves" points at the canary past a condition', () => {
    const answer =
      "After the last stage we set the canary shops' sales beside everyone else's, and if theirs are higher, that proves the redesign is better.";
    expect(misconceptions(answer)).toContain('canary-vs-ab');
  });

  it('is not the misconception when an experiment stands between the canary and the proof (must not deny)', () => {
    const answer =
      'The canary runs for a week, and if the randomised A/B test later shows higher sales, that proves the redesign is better.';
    expect(misconceptions(answer)).not.toContain('canary-vs-ab');
  });

  it('reads a hoped-for degree as the plan, not as a wish', () => {
    const answer =
      'The purpose of this canary is to prove the new model is just as accurate and ideally better.';
    expect(forModel.misconceptions(answer)).toContain('canary-vs-ab');
  });
});

describe('what the plan shows, confined to safety', () => {
  it('earns the point when "all this shows" is safety and better is left to an A/B test', () => {
    const answer =
      'All this tells us is that the new search is safe. If sales says it converts better, that needs a randomised A/B test later.';
    expect(credit(answer, 'canary-vs-ab')).toBe(1);
  });

  it('keeps a reported claim inside a condition when "Not this." follows', () => {
    const answer =
      'All this tells us is that the new search is safe. If sales says it converts better, that needs a randomised A/B test later. Not this.';
    expect(credit(answer, 'canary-vs-ab')).toBe(1);
  });

  it('still turns down a practice reported outright when "Not this." follows (must not deny)', () => {
    const answer =
      'Stages are 5 %, 25 % and 100 %. Our old runbook says to hold each stage for two days before moving on. Not this.';
    expect(covered(answer)).not.toContain('holds');
  });
});

describe('groups of the order held as stages', () => {
  it('holds when each cohort stays for a length before the next', () => {
    const answer =
      'Staff go first, then beta users, then everyone else. Every cohort stays for four days and moves on only when all limits are clear.';
    expect(covered(answer)).toContain('holds');
  });

  it('does not hold one share when a group is only told about it (must not deny)', () => {
    const answer =
      'We give the new page to 10 % of users for two weeks and then look. Every group gets an email about it first.';
    expect(covered(answer)).not.toContain('holds');
  });

  it('reads a length with two qualifiers as a length', () => {
    const answer = 'Stages: 2 %, 10 %, 30 %, then 100 %. Each one holds two full business days.';
    expect(covered(answer)).toContain('holds');
  });

  it('reads a stage sentence with its groups in brackets as a statement', () => {
    const answer =
      'Each stage (staff, early access, a tenth of our regulars, all our regulars, then new buyers) runs for two days and moves on only after the limits are checked.';
    expect(covered(answer)).toContain('holds');
  });
});

describe('a release to everyone weighed, not taken', () => {
  it('keeps the plan told before it', () => {
    const answer =
      'Our support staff go first, then beta users, and new buyers last because they never saw the old page. ' +
      'I did weigh just launching to everyone before the sale, which is quicker, but it stakes the whole sale on one test.';
    expect(covered(answer)).toContain('cohort-order');
  });
});

describe('what the PM owns', () => {
  it('is not owning when the speaker keeps rollback waiting on them', () => {
    const answer =
      'Rollback stays my decision alone: on-call pages me first, and I decide whether we revert.';
    expect(covered(answer)).not.toContain('pm-owns');
  });

  it('is not owning when "here is what I would set" only presents the limits', () => {
    const answer = "So here's what I'd set before any of it reaches customers.";
    expect(covered(answer)).not.toContain('pm-owns');
  });

  it('is owning when the product side will own the calls', () => {
    const answer =
      'Product will own the order of groups, the limits and the holds; engineering will own the routing and the deploy.';
    expect(covered(answer)).toContain('pm-owns');
  });

  it('is owning when the role is spelled out with the speaker beside it', () => {
    const answer =
      'The product manager, that is me, is responsible for the order of groups, the length of each stage and the decision to advance. The platform team is responsible for the deploy.';
    expect(covered(answer)).toContain('pm-owns');
  });
});

describe('a stage change called a joint decision', () => {
  it('makes the assent that follows a sign-off at each move', () => {
    const answer =
      'Stages are 5 %, 20 %, 50 % and 100 %, each held two days. Advancing is a shared decision. Lena from support and Tariq from engineering both have to say yes.';
    expect(covered(answer)).toContain('sign-off');
  });
});

describe('a list summed up and dismissed', () => {
  it('turns the order down when "all that" is not worth it', () => {
    const answer =
      'Staff first, early adopters next, the biggest accounts last, all that is not worth it for a settings page.';
    expect(covered(answer)).not.toContain('cohort-order');
  });
});
