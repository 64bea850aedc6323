import { describe, expect, it } from 'vitest';
import { fixtureScenario } from '../testing/fixtures';
import { gradeAnswer } from './gradeAnswer';

// The sixteenth round (corpus/README.md): the canary denied as proof of a claim keeps it to its
// own question, and "claim" followed by an auxiliary is the claim, not someone claiming. Every
// sentence is our own wording.
const service = fixtureScenario({ changeKind: 'backend' });

function covers(answer: string): boolean {
  return gradeAnswer(answer, service).covered.includes('canary-vs-ab');
}

describe('the canary denied as proof of a claim is the canary side of the contrast', () => {
  it.each([
    'The conversion claim is not proven by the canary. If we want to show it is better, that is a proper A/B test later.',
    'To be straight with the board: the speed claim does not get proven by the canary. Whether it is better is for a separate A/B test.',
  ])('credits "%s"', (answer) => {
    expect(covers(answer)).toBe(true);
  });

  it.each([
    // No test for "better" follows: half a contrast.
    'The conversion claim is not proven by the canary, and we will not bother proving it.',
    // The canary and an experiment both turned down.
    "We won't run an A/B test; the canary doesn't prove anything and nobody needs proof of better.",
  ])('does not credit "%s"', (answer) => {
    expect(covers(answer)).toBe(false);
  });
});

// The rollout just described, confined to safety by a pointer ("this only tells us …"), and an
// experiment set against it by a bare "…, not this".
describe('the rollout pointed at and confined to safety, the experiment set against it', () => {
  it.each([
    'Stages 1 %, 5 %, 25 %, 100 %. And this only tells us the new service is safe to run. If we want to say it is better for shoppers, that is a proper A/B test, not this.',
    'Stages 2 %, 10 %, 50 %, 100 %. This just shows the build is safe. Whether it is better is a separate A/B test, not this.',
  ])('credits "%s"', (answer) => {
    expect(covers(answer)).toBe(true);
  });

  it.each([
    // A test for "better" turned down with a verb of its own, after "but".
    'Stages 1 %, 5 %, 25 %, 100 %. This only tells us the service is safe. A separate A/B test to prove it is better, but not that.',
    // Safety confined, with no experiment for "better".
    'Stages 1 %, 5 %, 25 %, 100 %. This only tells us the service is safe, and that is all we need.',
  ])('does not credit "%s"', (answer) => {
    expect(covers(answer)).toBe(false);
  });
});

// "Better" put outside what the plan answers is the canary's side of the contrast.
describe('"better" declared out of scope, with a test for it placed after', () => {
  it('credits the contrast', () => {
    expect(
      covers(
        'Stages 1 %, 5 %, 25 %, 100 %.\nOut of scope: whether the new search lifts sales.\nSeparate randomised A/B afterwards.',
      ),
    ).toBe(true);
  });

  it('does not credit it when the test is turned down too', () => {
    expect(
      covers(
        "Stages 1 %, 5 %, 25 %, 100 %. Whether it lifts sales is out of scope, and we won't run an A/B test either.",
      ),
    ).toBe(false);
  });
});

// The twenty-fourth round: the canary named as the proof of a gain, and "this rollout" as the
// canary called our experiment.
function misconceived(answer: string): boolean {
  return gradeAnswer(answer, service).misconceptions.some((m) => m.point === 'canary-vs-ab');
}

describe('the canary named as the proof of a gain', () => {
  it.each([
    'Bigger photos should sell more, and the canary is how we prove it.',
    'The whole point of the canary is to prove the new search converts more.',
    'The way I would put it to the team: this rollout is our experiment.',
  ])('reads "%s" as the misconception', (answer) => {
    expect(misconceived(answer)).toBe(true);
  });

  it.each([
    // Must not deny: the proof denied, kept to safety, or handed to the experiment.
    'The canary proves it is safe; whether it sells more is for a randomised A/B test.',
    'The lab suggests it is better, but proving that needs a randomised A/B test after the canary.',
    'Someone may read a clean canary as proof that it sells more. It is not.',
    'The canary cannot prove the new search converts more.',
  ])('does not read "%s" as the misconception', (answer) => {
    expect(misconceived(answer)).toBe(false);
  });
});

// The twenty-fifth round: "that one" after a question the canary cannot answer is that question.
describe('"for that one" pointing at a question, not at another release', () => {
  it('credits the contrast when the A/B test is given "for that one"', () => {
    expect(
      covers(
        'This canary will only tell us the new service is safe. It will not tell us customers prefer it. For that one we need a randomised A/B test afterwards.',
      ),
    ).toBe(true);
  });
});

// The twenty-sixth round: the canary called an experiment under a softening adverb, and its
// purpose named as proof with a parenthesis between.
describe('the canary called an experiment or its purpose proof, however softened', () => {
  it.each([
    'The canary cohort is effectively our A/B test: if its sign-ups beat everyone else, we ship.',
    'Honestly the staged rollout is basically the experiment here.',
    'The purpose of this canary, as I see it, is to prove the new checkout sells more.',
    'What this canary gives us is the answer to whether the new page sells more.',
  ])('reads "%s" as the misconception', (answer) => {
    expect(misconceived(answer)).toBe(true);
  });

  it.each([
    // Must not deny: denied, or another subject's clause after "and".
    'The canary cohort is effectively not an A/B test at all.',
    'The canary is a safety check and the A/B test is our experiment.',
    'The purpose of this canary, as I see it, is not to prove the new checkout sells more.',
    'The canary tells us whether the new page is safe; whether it sells more is an A/B test.',
  ])('does not read "%s" as the misconception', (answer) => {
    expect(misconceived(answer)).toBe(false);
  });
});

// The twenty-sixth round: a reported question answered with a flat "no".
describe('a question about the canary answered "no"', () => {
  it('reads no misconception in "if Sales asks whether the canary shows it converts better: no."', () => {
    const answer = 'And if Sales asks whether the canary shows the new page converts better: no.';
    expect(misconceived(answer)).toBe(false);
  });

  it('reads no misconception when the "no" is followed by a dash and more', () => {
    const answer =
      'and if sales asks whether the canary shows the new page converts better: no — it shows nothing broke';
    expect(misconceived(answer)).toBe(false);
  });

  it('still reads the claim answered "yes" as the misconception (must not deny)', () => {
    const answer = 'If anyone asks whether the canary proves it is better: yes, it does.';
    expect(misconceived(answer)).toBe(true);
  });
});

// The twenty-seventh round: the reading denied by a short echo after a colon or a dash.
describe('a reading of the canary denied by "they don\'t"', () => {
  it.each([
    "If anyone starts reading the canary numbers as proof the new checkout works better: they don't.",
    "If someone says the canary proves it's better — it doesn't.",
  ])('reads no misconception in "%s"', (answer) => {
    expect(misconceived(answer)).toBe(false);
  });

  it.each([
    // Must not deny: an action after the colon, not a denial of the reading.
    "If the canary shows it converts better: we don't wait, we ship to everyone.",
    "If the canary shows it converts better: that doesn't need an A/B test.",
  ])('still reads "%s" as the misconception', (answer) => {
    expect(misconceived(answer)).toBe(true);
  });
});

// The twenty-seventh round: a negation ends at a spaced dash.
describe('a negation before a spaced dash does not reach past it', () => {
  function covers(answer: string): boolean {
    return gradeAnswer(answer, service).covered.includes('canary-vs-ab');
  }

  it('credits the A/B test named after "It will not tell us whether it is better —"', () => {
    const answer =
      'This canary tells us the new checkout is safe. It will not tell us whether it is better — that is a randomised A/B test afterwards.';
    expect(covers(answer)).toBe(true);
  });

  it('still refuses what the negation governs before the dash (must not deny)', () => {
    const answer =
      'We would not pick a random 10 % — staff go first, then beta users, then everyone.';
    expect(gradeAnswer(answer, service).misconceptions).toEqual([]);
  });
});

// The twenty-seventh round: spoken, the confining word may open the fragment.
describe('"Just that it\'s safe" after "This won\'t tell us it is better"', () => {
  function covers(answer: string): boolean {
    return gradeAnswer(answer, service).covered.includes('canary-vs-ab');
  }

  it('credits the contrast said in fragments', () => {
    expect(
      covers(
        "This won't tell us the new checkout is better. Just that it's safe. Better is an A/B test. Later.",
      ),
    ).toBe(true);
  });

  it('does not credit the safe half alone (must not credit)', () => {
    expect(covers("This won't tell us much. Just that it's safe.")).toBe(false);
  });
});

// The twenty-eighth round: a negated "What … is …" denies what it names after "is".
describe('a negated pseudo-cleft denies its complement', () => {
  it('reads no misconception in "What would not make me go is a better conversion rate in the canary."', () => {
    expect(
      misconceived(
        'What would not make me stop, or go, is a better conversion rate in the canary.',
      ),
    ).toBe(false);
  });

  it('reads no misconception when the cleft follows a dash', () => {
    expect(
      misconceived(
        'Staff go first — what would not make me stop, or go, is a better conversion rate in the canary — it is a safety check.',
      ),
    ).toBe(false);
  });

  it('still reads the claim without the negation (must not deny)', () => {
    expect(misconceived('What would make me go is a better conversion rate in the canary.')).toBe(
      true,
    );
  });
});

// The twenty-ninth round: the canary said to give the proof of a gain.
describe('the canary said to give the proof of a gain', () => {
  it('reads "the canary also gives us the proof that the new page sells more" as the misconception', () => {
    expect(
      misconceived(
        'The nice thing is that the canary also gives us the proof that the new page sells more.',
      ),
    ).toBe(true);
  });

  it('does not read the proof of safety as the misconception (must not deny)', () => {
    expect(
      misconceived(
        'The canary gives us the proof that it is safe; whether it sells more is for an A/B test.',
      ),
    ).toBe(false);
  });
});

// The thirty-second round: the denial said as a reply, and an A/B test wished only a time.
describe('a question about the canary answered "you say no"', () => {
  it('reads no misconception in "when Sales asks whether the canary proves it sells more, you say no."', () => {
    const answer = 'When Sales asks whether the canary proves the new page sells more, you say no.';
    expect(misconceived(answer)).toBe(false);
  });

  it('still reads the claim answered "you say yes" as the misconception (must not deny)', () => {
    const answer =
      'When Sales asks whether the canary proves the new page sells more, you say yes.';
    expect(misconceived(answer)).toBe(true);
  });

  it('credits the A/B test run afterwards "ideally before the peak"', () => {
    const answer =
      'I own the release calls. The canary tells us it is safe to ship. Whether it is better is a randomised A/B test we run afterwards, ideally before the holiday peak.';
    expect(covers(answer)).toBe(true);
  });

  it('still reads "Ideally, we would run an A/B test" as a wish (must not credit)', () => {
    const answer =
      'I own the release calls. The canary tells us it is safe to ship. Ideally, we would run a randomised A/B test afterwards to see if it is better.';
    expect(covers(answer)).toBe(false);
  });
});
