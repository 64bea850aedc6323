import { describe, expect, it } from 'vitest';
import { fixtureScenario } from '../testing/fixtures';
import { gradeAnswer } from './gradeAnswer';
import { readAnswer } from './sentences';

// Families of phrasing, each handled as a pattern over the clause rather than one answer's words:
// assent marked on a step, decision rights, headed lists, series of noun phrases, refusals of
// what others report. Every sentence here is our own wording, not a corpus answer's.
const service = fixtureScenario({ changeKind: 'backend' });
const model = fixtureScenario();

function credit(answer: string, id: string, scenario = service): number {
  return gradeAnswer(answer, scenario).points.find((p) => p.id === id)?.credit ?? 0;
}

function covered(answer: string, scenario = service): string[] {
  return gradeAnswer(answer, scenario).covered;
}

describe('the grader hears sign-off marked on a step by named people', () => {
  it.each([
    'Each promotion needs my initials and the tech lead’s on the release ticket.',
    'Before every step up, the SRE lead and I both put our signatures on the change record.',
    'At every gate the data lead and I countersign the checklist.',
    'Each step up is ticked off by me and the platform lead.',
    'Every step needs two names on it: the SRE’s and the tech lead’s.',
    'Each widening is countersigned by the PM and the eng lead.',
  ])('credits "%s"', (sentence) => {
    expect(credit(sentence, 'sign-off')).toBe(1);
  });

  it('credits a stage decision held jointly by named people', () => {
    expect(
      credit('At every step the call is mine together with the SRE lead.', 'sign-off'),
    ).toBeGreaterThanOrEqual(0.75);
  });

  it('credits agreement that every gate needs and that widening waits for', () => {
    expect(
      credit(
        'No step widens until the on-call lead and I have both given a thumbs-up.',
        'sign-off',
      ),
    ).toBe(1);
    expect(
      credit('Nothing goes wider until the tech lead and I have logged our agreement.', 'sign-off'),
    ).toBe(1);
  });

  it('does not read the verb "names" or refused marks as a sign-off', () => {
    expect(credit('Every stage names the owner of its dashboard.', 'sign-off')).toBe(0);
    expect(
      credit(
        'Nobody needs to put their names on a step, and I want no sign-off at any gate.',
        'sign-off',
      ),
    ).toBe(0);
  });
});

describe('the grader hears ownership said as decision rights, roles and headings', () => {
  it.each([
    'Product, meaning me, holds decision rights over exposure order and the stop rules.',
    'I have the final say on promotion and on the kill criteria.',
    'What I really own here is the set of decisions: who goes first and when we stop.',
    'The exposure order and the stop rules are decided by the product manager.',
    'My calls: exposure order, stop rules, hold lengths.',
    'Decision owner: PM (me) for exposure order, kill lines and holds.',
    'I am the decision-maker for exposure order, stop rules and hold lengths.',
  ])('credits "%s"', (sentence) => {
    expect(covered(sentence)).toContain('pm-owns');
  });

  it('does not credit rights held by someone else or denied to the speaker', () => {
    expect(
      covered('Engineering holds decision rights over the ramp and the stop rules.'),
    ).not.toContain('pm-owns');
    expect(covered('I do not hold decision rights here; engineering does.')).not.toContain(
      'pm-owns',
    );
    expect(covered('The release decisions are not owned by the PM.')).not.toContain('pm-owns');
  });

  it('does not read "I would make sure" as making the call', () => {
    expect(
      covered('I would make sure the stakeholders know what happens when and who to ask.'),
    ).not.toContain('pm-owns');
  });

  it('gives a bare "PM owns." no decisions from the string of terms after it', () => {
    expect(credit('PM owns. Order thresholds holds gates rollback.', 'pm-owns')).toBeLessThan(0.6);
  });
});

describe('the grader reads a series of noun phrases as a list, not a statement', () => {
  it('gives a long comma series of every term no clause', () => {
    const salad =
      'Canary, PM owns, segments, staff first, thresholds, error rate 0.5 %, p99 200 ms, ramp, ' +
      'holds, metric gates, sign-off, rollback, on-call, routing config, A/B later.';
    expect(readAnswer(salad).sentences[0]?.isClause).toBe(false);
    expect(gradeAnswer(salad, service).score).toBeLessThanOrEqual(30);
  });

  it('gives a series strung on "and" no clause', () => {
    const salad =
      'Canary and ramp and holds and gates and sign-off and rollback and on-call and ' +
      'thresholds of 0.5 % and p99 of 200 ms.';
    expect(readAnswer(salad).sentences[0]?.isClause).toBe(false);
  });

  it('keeps a clause whose object is a long list, and a list with its reason', () => {
    const watched =
      'We watch error rate, p99 latency, conversion, hallucination rate, thumbs-down rate, p95, ' +
      'tokens per request and cost per request against control.';
    const reasoned =
      'Also hallucination rate, thumbs-down rate, p95 latency, tokens per request, cost per ' +
      'request, refusal rate, escalations and edit rate, since infrastructure metrics cannot see quality.';
    expect(covered(watched, model)).toContain('model-metrics');
    expect(covered(reasoned, model)).toContain('model-metrics');
  });

  it('keeps a long ordered series of groups as an order', () => {
    const order =
      'We start with staff, then beta testers, then power users, then regular users, then new ' +
      'customers, then free accounts, then partners, and enterprise accounts last.';
    expect(readAnswer(order).sentences[0]?.isClause).toBe(true);
  });

  it('reads a ramp written as one slashed run as its stages', () => {
    expect(
      credit('We gate on metrics at 1/5/25/50/100 %, advancing only after 24 h clean.', 'holds'),
    ).toBeGreaterThanOrEqual(0.6);
  });
});

describe('the grader hears the speaker refuse what others report', () => {
  it.each([
    'The textbook says you should hold each stage for six hours and get sign-off from the tech lead and me at every gate, but I would not do any of that for this change.',
    'Guides say every gate needs a signature from me and the tech lead, but I would not bother with that here.',
    'Most guides recommend holding each stage for six hours with a sign-off from the tech lead and me. We will not do any of that here.',
    'The usual advice is a sign-off from the eng lead and me before each promotion. I would not.',
    'The textbook says to hold each stage for six hours with a sign-off from the eng lead and me at every gate; we would ignore that.',
  ])('claims nothing in "%s"', (answer) => {
    expect(covered(answer)).toEqual([]);
  });

  it('keeps the plan when the speaker only declines to go faster', () => {
    const plan =
      'We hold each stage for six hours with a sign-off from the tech lead and me at every gate. ' +
      'I would not go faster.';
    expect(covered(plan)).toContain('sign-off');
  });

  it('does not count turning down random exposure as an order when the order is refused too', () => {
    expect(
      credit(
        'We would not pick a random 5 %, but we would not carefully order staff, beta users and big accounts either.',
        'cohort-order',
      ),
    ).toBeLessThan(0.6);
  });
});

describe('the grader reads going back as the rollback, and rollback criteria as thresholds', () => {
  it('credits going back said as a journey, with who, how and how fast', () => {
    expect(
      covered(
        'Going back is a flag flip in the routing config that the on-call engineer may make at any hour; it takes two minutes.',
      ),
    ).toContain('rollback');
  });

  it('does not credit rollback for naming the rollback criteria or whoever does the work', () => {
    expect(
      covered('The PM owns what the rollback criteria are and engineering handles the deploy.'),
    ).not.toContain('rollback');
    expect(
      covered('If it looks bad we could go back to the old one; the engineers can do that.'),
    ).not.toContain('rollback');
  });
});

// The twenty-fourth round: going back said as the destination the traffic is sent to.
describe('the grader reads traffic sent to the old version as the rollback', () => {
  it.each([
    'If a limit is crossed, the on-call engineer reroutes to the old model at once, day or night; it takes a few minutes.',
    'The engineer on call sends every request to the previous version at any hour, a router setting that takes two minutes.',
  ])('credits "%s"', (answer) => {
    expect(covered(answer)).toContain('rollback');
  });

  it.each([
    // Must not credit: a split of traffic between the versions.
    'At 9:00 the on-call engineer routes the rest to the old model through the traffic split, without asking anyone.',
  ])('does not credit "%s"', (answer) => {
    expect(covered(answer)).not.toContain('rollback');
  });
});
