import { describe, expect, it } from 'vitest';
import { fixtureScenario } from '../testing/fixtures';
import { gradedFor } from '../testing/gradedFor';
import { gradeAnswer } from './gradeAnswer';

// What a strict interviewer accepts as evidence for a point, said in ways no corpus answer used.
// Every sentence here is our own wording.
const service = fixtureScenario({ changeKind: 'backend' });

const { covered } = gradedFor(service);

describe('a closing clause about someone else does not refuse what the sentence said', () => {
  it.each([
    'The on-call engineer flips the flag back within some minutes, day or night, she does not have to ask me.',
    'Whoever is on duty can revert the routing in two minutes, they never need my approval.',
  ])('credits the rollback in "%s"', (sentence) => {
    expect(covered(sentence)).toContain('rollback');
  });

  it('still reads the speaker’s own short refusal as turning the practice down', () => {
    expect(
      covered(
        'Many teams let the on-call engineer flip the flag back in two minutes, but I would not.',
      ),
    ).not.toContain('rollback');
  });
});

describe('the grader hears ownership said as the PM being the owner, or as a heading naming the speaker', () => {
  it.each([
    'As for roles, the product manager is the owner of the release calls: who goes first and when we widen.',
    'I am the decider on the ramp pace and the stop rules.',
    'PM (myself): exposure order, abort lines, the pace of the ramp.',
  ])('credits "%s"', (sentence) => {
    expect(covered(sentence)).toContain('pm-owns');
  });

  it.each([
    'The PM is the owner of nothing technical; engineering decides which users go first.',
    'PM (me): what is the p99 right now?',
    'Engineering is the owner of the rollout decisions.',
  ])('does not credit "%s"', (sentence) => {
    expect(covered(sentence)).not.toContain('pm-owns');
  });
});

describe('in an answer written as questions and answers, a reply naming people completes the question', () => {
  it.each([
    'Q: Who gives the go at each step? A: The SRE lead and me, every time.',
    'Who rolls back? The on-call engineer, day or night, with a routing switch that takes two minutes.',
  ])('reads "%s" as one statement', (exchange) => {
    const point = exchange.includes('rolls back') ? 'rollback' : 'sign-off';
    expect(covered(exchange)).toContain(point);
  });

  it('does not read a refusal as naming who', () => {
    expect(covered('Q: Who says go at each step? A: Nobody, we just let it run.')).not.toContain(
      'sign-off',
    );
    expect(
      covered('Q: Who rolls back at night? A: Nobody; we wait for the morning.'),
    ).not.toContain('rollback');
  });
});

describe('the grader hears assent given by a named role after "from"', () => {
  it('credits a sign-off noted as "go from" people at each gate', () => {
    expect(covered('Every promotion: recorded yes from me and the data lead.')).toContain(
      'sign-off',
    );
  });

  it('does not read moving from one share to another as assent', () => {
    expect(covered('We go from 1 % to 5 % at each stage after a day.')).not.toContain('sign-off');
  });
});

describe('the grader reads limits in points and a spelled-out second', () => {
  it('credits limits written as points above the old version and a second slower', () => {
    const limits =
      'Agreed before the first user sees it, against the old version: errors more than 0.4 points above, ' +
      'p99 more than a second slower, checkout completion down by more than 2 pts.';
    expect(covered(limits)).toContain('thresholds');
  });

  it('does not read "a second wave" as a length of time', () => {
    const grade = gradeAnswer('Then a second wave of beta users joins.', service);
    expect(grade.sentences[0]?.points ?? []).not.toContain('thresholds');
  });
});

describe('a practice dismissed as a waste is turned down, not claimed', () => {
  it.each([
    'Named approvals at every stage are pure bureaucracy with the data lead and me both busy.',
    'A randomised A/B test after the canary would be redundant; the canary already tells us it is better.',
    'Signing off each step with the tech lead only slows the team down.',
  ])('does not credit "%s"', (sentence) => {
    expect(covered(sentence)).toHaveLength(0);
  });

  it('keeps what the answer does after dismissing the alternative, and a dismissive word used as a modifier', () => {
    expect(
      covered('A week per stage would be overkill; we hold each stage for 24 hours.'),
    ).toContain('holds');
    expect(
      covered(
        'To avoid unnecessary risk: staff first, then beta users, and the biggest accounts last because an outage costs them most.',
      ),
    ).toContain('cohort-order');
  });
});

describe('an approval word naming a thing of the product is no sign-off', () => {
  it('does not credit "consent wording" or an "approval flow" as a sign-off', () => {
    expect(
      covered(
        'At each stage legal checks the consent wording and support tests the approval flow.',
      ),
    ).not.toContain('sign-off');
  });

  it('still credits an approval word heading a gate', () => {
    expect(covered('Every stage has a sign-off gate held by the tech lead and me.')).toContain(
      'sign-off',
    );
  });
});

// The thirty-first round: a measure called noise is turned down.
describe('a quality signal dismissed as noise', () => {
  const model = fixtureScenario();
  const credit = (answer: string) =>
    gradeAnswer(answer, model).points.find((point) => point.id === 'model-metrics')?.credit ?? 0;

  it('gives no model-quality credit to "eval scores and user ratings are just noise at this size"', () => {
    expect(credit('Eval harness scores and user ratings are just noise at this size anyway.')).toBe(
      0,
    );
  });

  it('keeps the signal a plan reads once it stops being noise (must not deny)', () => {
    const answer =
      'Thumbs-down at 1 % is noise, so we read the thumbs-down rate and the eval harness hallucination rate at 25 % after three days.';
    expect(credit(answer)).toBeGreaterThan(0);
  });
});

// The thirty-second round: the release pulled, asked as a question and answered in notes.
describe('a rollback asked as "Who can pull it?" and answered after', () => {
  it('credits the rollback answered by whoever holds the pager, by a flag back to the old version', () => {
    const answer =
      'I own the plan. Who can pull it, and how quickly? ' +
      'Whoever holds the pager, including the engineer covering the early hours, without waiting for me or anyone else. ' +
      "It's a routing flag back to the old version, under five minutes.";
    expect(covered(answer)).toContain('rollback');
  });

  it('does not credit "pull it" with no one and no way named (must not credit)', () => {
    expect(covered('If things look bad we pull it.')).not.toContain('rollback');
  });
});

// The thirty-fourth round: five minutes spoken fast.
describe('a rollback said as a clause under its heading, with notes after', () => {
  it('credits "Rollback: whoever\'s on call flips the gateway back …, any hour, no meeting, no asking me, …"', () => {
    const answer =
      "I own the plan. Rollback: whoever's on call flips the gateway back to the old version, any hour, no meeting, no asking me, it's about two minutes.";
    expect(covered(answer)).toContain('rollback');
  });

  it('still reads a heading over bare notes as a list (must not credit)', () => {
    expect(covered('I own the plan. Rollback: on-call, any hour, no meeting, flag.')).not.toContain(
      'rollback',
    );
  });
});

describe('hands kept off the mechanics, nothing refused', () => {
  it('credits the ownership before "…, I don\'t touch that"', () => {
    const answer =
      "What I own here is the go or no-go calls, the order people see it in and the numbers that stop it, and engineering owns the gateway routing, I don't touch that.";
    expect(covered(answer)).toContain('pm-owns');
  });

  it('still reads "…, I wouldn\'t do that" as refusing it (must not credit)', () => {
    const answer =
      "Some teams let the PM own the go or no-go calls, the order and the numbers that stop it, with engineering on the routing, but I wouldn't do that.";
    expect(covered(answer)).not.toContain('pm-owns');
  });
});
