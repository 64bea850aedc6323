import { describe, expect, it } from 'vitest';
import { fixtureScenario } from '../testing/fixtures';
import { gradedFor } from '../testing/gradedFor';
import { registerOf, standardised } from './dialect';
import { splitSentences } from './sentences';

// The sixty-ninth round (corpus/README.md): holds counted in working shifts, at each stage in a
// note, or said with "bide"; the answer's own stages named in a list; a sign-off opened by the
// change it is for ("To widen a step, …", "Advancing: …"); a test that "says whether"; Shetland
// spelling; the PM's part named before "is"; and "that's what I'd set up" owning nothing. Every
// sentence is our own wording.
const service = fixtureScenario({ changeKind: 'backend' });
const { covered, credit, misconceptions } = gradedFor(service);
const tokensOf = (text: string) => splitSentences(text).flatMap((sentence) => sentence.tokens);
const ramp = 'Stages: 5 %, 25 %, 50 %, then 100 %. ';

describe('holds counted in shifts, at each stage, or said with "bide"', () => {
  it('reads six shifts as a length of hours', () => {
    const six = tokensOf('Each stage holds six shifts.').find((token) => token.value === 6);
    expect(six?.unit).toBe('h');
  });

  it('reads "each stage holds six shifts" as a hold', () => {
    expect(covered(`${ramp}Each stage holds six shifts.`)).toContain('holds');
  });

  it('reads the note "Four nights at each stage." as a hold', () => {
    expect(covered(`${ramp}Four nights at each stage.`)).toContain('holds');
  });

  it('reads "each one bides a full week" as a hold', () => {
    expect(covered('We go 5 %, 25 %, 50 %, then 100 %. Each one bides a full week.')).toContain(
      'holds',
    );
  });

  it('does not read a time inside each stage as a hold (must not deny)', () => {
    const paged = `${ramp}Alerts page on-call within two minutes at each stage.`;
    expect(covered(paged)).not.toContain('holds');
  });
});

describe("the answer's own stages named in a list", () => {
  it('reads "short leg, long leg, home leg, and each leg sits for four shifts" as held stages', () => {
    const legs =
      'The release runs in legs: short leg, long leg, home leg, and each leg sits for four shifts.';
    expect(covered(legs)).toContain('holds');
  });
});

describe('a sign-off opened by the change it is for', () => {
  it('reads "To widen a step, the support lead and I both initial the change log" as a sign-off', () => {
    const initialled = `${ramp}To widen a step, the support lead and I both initial the change log.`;
    expect(covered(initialled)).toContain('sign-off');
  });

  it('reads a note headed "Advancing:" with two named people initialling as a sign-off', () => {
    const advancing = `${ramp}Advancing: the support lead and I both put our initials in the change log.`;
    expect(covered(advancing)).toContain('sign-off');
  });

  it('does not read initials on notes about a widening as its sign-off (must not deny)', () => {
    const logged = `${ramp}Widening the rollout gets logged, and the support lead puts her initials on the release notes.`;
    expect(covered(logged)).not.toContain('sign-off');
  });
});

describe('a test that "says whether"', () => {
  it('reads "an A/B test after full rollout says whether it sells more" as the plan, not a report', () => {
    const placed =
      'The canary tells us it is safe, not better: an A/B test after full rollout says whether it sells more.';
    expect(covered(placed)).toContain('canary-vs-ab');
  });
});

describe('Shetland spelling', () => {
  const order = 'Da order is wir ain staff first, dan da beta folk, dan aabody else. ';

  it('reads a mistake told and disowned ("I\'ll no dö dat again") as no misconception', () => {
    const disowned = `${order}Eence I read a lift oot o' a canary cohort and got burned for it, so I'll no dö dat again.`;
    expect(misconceptions(disowned)).toEqual([]);
  });

  it('reads "no mair as" as "no more than"', () => {
    const limits = `${order}Errors no mair as half a percent ower da old model.`;
    const register = registerOf(limits);
    expect(register).not.toBeNull();
    expect(standardised(limits, register!).text).toContain('no more than half a percent over');
  });

  it('keeps "no longer" after a modal (must not deny)', () => {
    const longer = `${order}We'll no longer need da old flag eftir dat.`;
    expect(standardised(longer, registerOf(longer)!).text).toContain('no longer');
  });
});

describe('the PM\'s part named before "is"', () => {
  it('reads "The PM part is the cohort order, the limits and the hold lengths" as what the PM owns', () => {
    expect(covered('The PM part is the cohort order, the limits and the hold lengths.')).toContain(
      'pm-owns',
    );
  });

  it('gives no ownership to a PM part that is not the decisions (must not deny)', () => {
    expect(credit('The PM part is not the cohort order or the limits.', 'pm-owns')).toBe(0);
  });

  it('does not read "so that\'s what I\'d set up" as owning a decision (must not deny)', () => {
    const setUp =
      "What this needs first is a proper style guide for German, so that's what I'd set up.";
    expect(credit(setUp, 'pm-owns')).toBe(0);
  });
});
