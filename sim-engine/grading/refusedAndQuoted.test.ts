import { describe, expect, it } from 'vitest';
import { fixtureScenario } from '../testing/fixtures';
import { gradedFor } from '../testing/gradedFor';
import { readAnswer } from './sentences';

// The fifty-first round (corpus/README.md): refusals said around a colon, a measure bounded by
// "must not drop", a go/no-go with no one to give it, a second refused gerund, lines quoted from
// someone's draft, bare assent to a quoted colleague, a word defined as the speaker, and a model
// said to fail in only two ways. Every sentence is our own wording.
const service = fixtureScenario({ changeKind: 'backend' });
const model = fixtureScenario();

const { covered } = gradedFor(service);
const forModel = gradedFor(model);

describe('"nobody" refusing after a colon', () => {
  it('turns the label down when nothing after it is done', () => {
    const answer =
      'Approvals at each stage: nobody would approve a step, not me and not the platform lead.';
    expect(covered(answer)).not.toContain('sign-off');
  });

  it.each([
    ['Approvals: nobody moves a stage up without my ok and the platform lead’s.', 'sign-off'],
    [
      'Rollback: nobody asks me first, the on-call engineer flips the flag in two minutes.',
      'rollback',
    ],
  ])('leaves a rule or a later statement as it was: "%s"', (answer, point) => {
    expect(covered(answer)).toContain(point);
  });
});

describe('a refusing heading and its list in one sentence', () => {
  it.each([
    [
      'Two things I would leave out of this launch: stages of 1 %, 5 % and 25 % with a hold of a day at each, and an approval from the platform lead at every step.',
      'sign-off',
    ],
    [
      'What I would skip for this change: a ramp of 2 %, 10 % and 50 %, held a day at each stage.',
      'holds',
    ],
  ])('turns the list down: "%s"', (answer, point) => {
    expect(covered(answer)).not.toContain(point);
  });

  it('leaves a stage’s exclusions as the order', () => {
    const answer =
      'Left out of the first stage: enterprise accounts, who go last because they pay the most; staff go first, then beta users.';
    expect(covered(answer)).toContain('cohort-order');
  });

  it('does not read a negation that qualifies its own clause as a refusal of the list', () => {
    const answer =
      'Limits are written down beforehand, not invented at dawn: error rate more than 0.5 % above control, p99 more than 200 ms worse.';
    expect(covered(answer)).toContain('thresholds');
  });
});

describe('a measure bounded by a closing verb of moving', () => {
  const evals = (answer: string) =>
    readAnswer(answer)
      .sentences.flatMap((sentence) => sentence.tokens)
      .find((token) => token.text === 'evals');

  it('is a limit, not a refusal: "…, must not drop"', () => {
    const answer = 'The ranking evals, run again on each stage’s traffic, must not drop.';
    expect(evals(answer)?.negated).toBe(false);
  });

  it('still refuses when the speaker drops it', () => {
    expect(evals('The ranking evals, we would drop.')?.negated).toBe(true);
  });
});

describe('a go with no one named to give it', () => {
  it.each([
    'We hold three days at each step, with a go/no-go review at the end of each hold.',
    'We go ahead at each stage only if the limits are fine.',
  ])('is no sign-off: "%s"', (answer) => {
    expect(covered(answer)).not.toContain('sign-off');
  });

  it.each([
    'Nothing advances without my name and the platform lead’s on the go/no-go.',
    'Each stage needs the platform lead’s go-ahead.',
  ])('is a sign-off with its givers named: "%s"', (answer) => {
    expect(covered(answer)).toContain('sign-off');
  });
});

describe('a second gerund after "or" under a refusal', () => {
  it('is refused with the first', () => {
    const answer = "I wouldn't bother telling safe from better, or planning an A/B test.";
    expect(covered(answer)).not.toContain('canary-vs-ab');
  });

  it('leaves a negated progressive alone: the errors are still what is looked at', () => {
    const answer =
      "For a model swap that's errors and latency: if the new model isn't timing out or throwing errors, it's working.";
    expect(forModel.misconceptions(answer)).toContain('model-metrics');
  });
});

describe('a line quoted under a label naming another’s text', () => {
  it('is their words, not the speaker’s', () => {
    const answer = [
      'Draft line 3: "Roll back if errors pass 0.5 % or p99 rises 200 ms, agreed before launch."',
      'Cut.',
    ].join('\n');
    expect(covered(answer)).not.toContain('thresholds');
  });

  it.each([
    'My draft line: "Roll back if errors pass 0.5 % or p99 rises 200 ms, agreed before launch."',
    'error_limit: "roll back if errors pass 0.5 % or p99 rises 200 ms, agreed before launch"',
  ])('stays the speaker’s under the speaker’s label or a key: %s', (answer) => {
    expect(covered(answer)).toContain('thresholds');
  });
});

describe('bare assent to a colleague just quoted', () => {
  const quoted =
    'Our on-call engineer said: "Don\'t make me ring anyone at night to pull a model."';
  const rollback =
    'The on-call engineer may roll back alone, at any hour, by flipping the flag; it takes two minutes.';
  const plan = 'I own the order, the limits and the holds.';

  it.each(['Agreed.', "She's right."])(
    'hands the plan after it back to the speaker: "%s"',
    (assent) => {
      expect(covered([quoted, assent, rollback, plan].join('\n'))).toContain('rollback');
    },
  );

  it('without it, leaves the plan told after the quotation with the colleague', () => {
    expect(covered([quoted, rollback, plan].join('\n'))).not.toContain('rollback');
  });
});

describe('a word the answer defines as the speaker', () => {
  it('stands for the PM wherever it comes again', () => {
    const answer =
      'Below, OWNER means me, the PM. OWNER decides the order, the limits and the holds; engineering runs the deploy and the routing.';
    expect(covered(answer)).toContain('pm-owns');
  });

  it('does not make another team the PM', () => {
    const answer =
      'Below, PLATFORM means the infrastructure team. PLATFORM decides the order, the limits and the holds.';
    expect(covered(answer)).not.toContain('pm-owns');
  });
});

describe('errors and latency called the only ways a model fails', () => {
  it('is the model-metrics misconception', () => {
    const answer =
      'A larger model either throws errors or gets slow; those are the only two ways it fails in production.';
    expect(forModel.misconceptions(answer)).toContain('model-metrics');
  });

  it('is not said of an A/B test', () => {
    const answer = 'The only way to know it is better is a randomised A/B test.';
    expect(forModel.misconceptions(answer)).not.toContain('model-metrics');
  });

  it('is raised when the quality signals named are refused with a pro-form', () => {
    const answer =
      'Hallucination rate, thumbs-down, eval scores: those belong to research, and we do not watch them in the canary.';
    expect(forModel.misconceptions(answer)).toContain('model-metrics');
  });

  it('is not raised when the signals named are watched', () => {
    const answer =
      'Hallucination rate, thumbs-down, eval scores: we watch them at every stage of the canary.';
    expect(forModel.misconceptions(answer)).not.toContain('model-metrics');
  });
});
