import { describe, expect, it } from 'vitest';
import { fixtureScenario } from '../testing/fixtures';
import { gradedFor } from '../testing/gradedFor';
import { gradeAnswer } from './gradeAnswer';
import { isDictated } from './dictation';

// The hundred-and-seventh round (corpus/README.md): answers read aloud with their punctuation
// said as words, an exam's terse labelled notes, questions withdrawn, stages held by a form's
// "For how long:" line or by their place, and a register's "we" before a noun. Every sentence
// is our own.
const service = gradedFor(fixtureScenario({ changeKind: 'backend' }));
const model = gradedFor(fixtureScenario());

describe('an answer read aloud with its punctuation said as words', () => {
  const dictated = [
    'Point one colon I own the order comma the limits and the holds full stop',
    'The engineers own the flag comma the routing and the deploy full stop',
    'Point two colon errors more than 0.5 % worse than now comma and we close the ferry full stop',
    'Thumbs-down more than 2 points worse than now comma and we close the ferry full stop',
    'Graded wrong answers from the eval harness more than 1 point worse comma the same full stop',
  ].join(' ');

  it('reads "comma" and "full stop" as the marks, so a limit is not heard as "stop everything"', () => {
    expect(model.misconceptions(dictated)).not.toContain('model-metrics');
  });

  it('quotes each dictated sentence back with the words as they were written', () => {
    const quoted = gradeAnswer(dictated, fixtureScenario()).sentences.map((s) => s.text);
    expect(quoted).toContain(
      'Point two colon errors more than 0.5 % worse than now comma and we close the ferry full stop',
    );
  });

  it('hears no dictation in an answer that says "comma" once or twice as a word (must not deny)', () => {
    const export_ =
      'The export splits rows at each comma, and a stray comma in a name broke it last spring; a colon would not.';
    expect(isDictated(export_)).toBe(false);
  });

  it('needs two kinds of spoken mark: "comma" four times alone is a word, not dictation (must not deny)', () => {
    const commas = 'We split on the comma, strip the comma, count each comma and log the comma.';
    expect(isDictated(commas)).toBe(false);
  });
});

describe('rollback with asking waived in the middle of its notes', () => {
  it('keeps "any hour" and the switch after "no need to call me" affirmed', () => {
    const rollback =
      'Whoever is on call switches the ferry back, no need to call me, any hour, the old prompt back by config in under five minutes.';
    expect(model.covered(rollback)).toContain('rollback');
  });

  it('still lets "no need to keep …" deny the notes after it (must not deny)', () => {
    const denied =
      'No need to keep an on-call engineer, any hour, or a config switch back to the old prompt in five minutes.';
    expect(model.covered(denied)).not.toContain('rollback');
  });
});

describe("an exam's terse labelled notes", () => {
  it('reads "Canary: safe, not better." and "Better: a randomised A/B test." as the split', () => {
    const notes = 'Canary: safe, not better. Better: a randomised A/B test afterwards.';
    expect(service.covered(notes)).toContain('canary-vs-ab');
  });

  it('reads a label over a string of terms as terms (must not deny)', () => {
    const terms = 'Canary: A/B test, rollback, holds, safe, better, cohorts, limits.';
    expect(service.covered(terms)).not.toContain('canary-vs-ab');
  });
});

describe('signals and owners named tersely', () => {
  it('reads "click-through on suggested playlists" as a signal watched, not a view someone holds', () => {
    const watched =
      'What else do we watch? Click-through on suggested playlists, skips within the first minute, and relevance graded by the eval harness on a sample, plus the thumbs-down rate.';
    expect(model.covered(watched)).toContain('model-metrics');
  });

  it('still hears "Priya on the growth team suggested …" as her view (must not deny)', () => {
    const hers =
      'Priya on the growth team suggested staff first, then the beta, then everyone, new customers last because they leave fastest.';
    const grade = gradeAnswer(hers, fixtureScenario({ changeKind: 'backend' }));
    expect(grade.covered).not.toContain('cohort-order');
    expect(grade.notices.join(' ')).toContain("reported as someone else's view");
  });

  it("reads the PM's work ending at the decisions as the PM owning them", () => {
    const owner =
      "Where does the PM's work end? At the decisions: who sees it first, in what order, and when we stop. Engineering owns the flag, the routing and the deploy.";
    expect(service.covered(owner)).toContain('pm-owns');
  });

  it('does not give the decisions to a PM whose work is said never to be about them (must not deny)', () => {
    const notMine =
      "The PM's work is never about the decisions: who sees it first is engineering's call.";
    expect(service.covered(notMine)).not.toContain('pm-owns');
  });
});

describe('groups named without a place in the rollout', () => {
  it('gives no order to a canary defined in general and a group the change is good for', () => {
    const weak =
      'A canary release sends a new version to a few users before everyone. Cheaper hosting is good for the free tier, and faster is always welcome.';
    expect(service.covered(weak)).not.toContain('cohort-order');
  });

  it('still orders the free tier when it is placed, with a reason (must not deny)', () => {
    const order =
      'Staff first, then the free tier, then everyone; a slow page is cheap for the free tier, so it goes early, and enterprise last because they pay most.';
    expect(service.covered(order)).toContain('cohort-order');
  });
});

describe('an exam question withdrawn before it is answered', () => {
  it('credits nothing to a question the notice after it withdraws', () => {
    const withdrawn = [
      'Question 8 (3 marks).',
      'Will a randomised A/B test follow to ask whether it is better?',
      'Notice to candidates: Question 8 is withdrawn.',
    ].join(' ');
    expect(service.covered(withdrawn)).not.toContain('canary-vs-ab');
  });

  it('still credits a question answered by the sentence after it (must not deny)', () => {
    const answered = [
      'Will a randomised A/B test follow to ask whether it is better?',
      'Yes: that question is for the test, and the canary only shows that it is safe.',
    ].join(' ');
    expect(service.covered(answered)).toContain('canary-vs-ab');
  });
});

describe('stages held by their place or by a form', () => {
  it('holds a stage named by its place and one held for events and a count', () => {
    const stages = [
      'The first shelf holds until 20,000 suggestions.',
      'The second shelf, 20 %, holds for two market days and 40,000 suggestions.',
      'Then the whole library.',
    ].join(' ');
    expect(model.covered(stages)).toContain('holds');
  });

  it('needs a ramp: one stage named by its place and held is an experiment (must not deny)', () => {
    expect(model.covered('The first shelf holds until 20,000 suggestions.')).not.toContain('holds');
  });

  it('reads "For how long:" after a stage\'s entry as its hold', () => {
    const form = [
      'Dose: our staff, 2 % of traffic.',
      'For how long: 300 conversations.',
      'Dose: the opted-in list, 10 % of traffic.',
      'For how long: a full week of the spring fair.',
    ].join(' ');
    expect(model.covered(form)).toContain('holds');
  });

  it('holds a ramp whose "For how long:" line answers stage by stage', () => {
    const form = [
      'Dose: the first shelf 1 %, the second 10 %, the third 50 %, the whole library 100 %.',
      'For how long: the first shelf 2,000 loans; the second 8,000 and one full day; the third a full week of the book fair.',
    ].join(' ');
    expect(model.covered(form)).toContain('holds');
  });

  it("holds nothing where the form's length is left open (must not deny)", () => {
    const open = [
      'Dose: the first shelf 1 %, the second 10 %, the third 50 %, the whole library 100 %.',
      'For how long: we will see, nobody knows yet.',
    ].join(' ');
    expect(model.covered(open)).not.toContain('holds');
  });

  it("holds the answer's own named stages entered with a share and held in the entry", () => {
    const movements = [
      'The overture is staff and the beta, hold until 400 graded answers.',
      'The adagio is 25 percent, hold 400 more.',
      'The finale is 100 percent.',
    ].join(' ');
    expect(model.covered(movements)).toContain('holds');
  });

  it('holds nothing in a log of past attempts where only the last, with no share, held (must not deny)', () => {
    const log = [
      'Attempt 1: staff first, 10 % of traffic, score 64.',
      'Attempt 2: the beta first, 25 % of traffic, score 71.',
      'Attempt 3: hold until 400 graded answers, score 58.',
    ].join(' ');
    expect(model.covered(log)).not.toContain('holds');
  });

  it('holds nothing in named stages that only give shares (must not deny)', () => {
    const shares =
      'The overture is 5 percent. The adagio is 25 percent. The finale is 100 percent.';
    expect(model.covered(shares)).not.toContain('holds');
  });
});

describe("a register's words", () => {
  it('hears Caribbean "it is we A/B test" as calling the canary our A/B test', () => {
    const ours = 'Understand what this canary is for: it is we A/B test.';
    expect(service.misconceptions(ours)).toContain('canary-vs-ab');
  });

  it('does not hear "it is we who run the A/B test after" as that claim (must not deny)', () => {
    const after =
      'The canary shows it is safe; it is we who run the A/B test after it, to see if it is better.';
    expect(service.misconceptions(after)).not.toContain('canary-vs-ab');
  });
});

describe('five points strung between commas', () => {
  it('reads five points named by no one, with hardly a grammar word, as a string of terms', () => {
    const strung =
      'Write instead: canary thresholds guard the door, cohort p95 rollback, sign-off on-call A/B, ferry dock old boat whistle, tail latency safe better, tickets seats timetable.';
    expect(service.covered(strung)).not.toContain('sign-off');
    expect(service.covered(strung)).not.toContain('canary-vs-ab');
  });

  it("keeps five points under the speaker's own heading as the speaker's (must not deny)", () => {
    const mine = 'Mine: exposure order, stop lines, stage lengths, the go/no-go at each step.';
    expect(service.covered(mine)).toContain('pm-owns');
  });
});
