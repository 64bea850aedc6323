import { describe, expect, it } from 'vitest';
import { fixtureScenario } from '../testing/fixtures';
import type { AnswerPointId } from './points';
import { gradeAnswer } from './gradeAnswer';

// The eleventh round's owner reading (corpus/README.md): whose plan an answer tells is read from
// the subject of its clauses, not from cue phrases. Every sentence is our own wording; none is a
// corpus answer's.
const service = fixtureScenario({ changeKind: 'backend' });

function covers(answer: string, point: AnswerPointId): boolean {
  return gradeAnswer(answer, service).covered.includes(point);
}

const HOLD = 'Each stage is held for a full day before the next.';

describe('a plan whose clauses belong to a third person earns no point', () => {
  it.each([
    ['a document someone else wrote', `His runbook says the stages go in order. ${HOLD}`],
    [
      'a plan a manager described, pronoun by pronoun',
      'Let me describe what my manager did. She held each stage for a full day before the next.',
    ],
    [
      'a colleague’s page for another service, told in the present',
      'His wiki page covers the rollout for the search service. It holds each stage for a full day before the next.',
    ],
    [
      'a plan for some other place',
      `In a bank with a change board and a month to spare, the rollout runs like this. ${HOLD}`,
    ],
    [
      'a plan for a later day, on a condition not met yet',
      'Once the platform team ships a routing switch, we could hold each stage for a full day before the next.',
    ],
    ['decisions handed to the listener', `These are your decisions to make before launch. ${HOLD}`],
    [
      'a story of what others did, told in the past',
      'The checkout team did this last spring. The stages were held for a full day each. The lead signed every gate.',
    ],
  ])('%s', (_voice, answer) => {
    expect(covers(answer, 'holds')).toBe(false);
  });

  it('says whose plan it was, quoting the sentence that named the owner', () => {
    const grade = gradeAnswer(`Her checklist says the order is fixed. ${HOLD}`, service);
    expect(grade.notices.join('\n')).toContain('Her checklist says the order is fixed.');
  });
});

describe('the speaker takes the plan back with their own clause', () => {
  it('a third person’s document followed by the speaker’s own plan keeps the plan', () => {
    expect(
      covers(`Her doc is thin on timing. Here we hold each stage for a full day.`, 'holds'),
    ).toBe(true);
  });

  it.each([
    [
      'a colleague’s document adopted in so many words',
      'Her runbook says each stage is held for a full day before the next. Here I would do the same.',
    ],
    [
      'a colleague’s document agreed with',
      'Her runbook says each stage is held for a full day before the next. I agree, and that is what we will do.',
    ],
    [
      'a cohort’s reason told about “they”',
      'Support agents go first. They know the product and spot a wrong answer at once. Each stage is held for a full day before the next.',
    ],
    [
      'a reviewer quoted in passing, then a passive memo',
      `Approvals: they sign at every gate. ${HOLD}`,
    ],
    [
      'a plan written in the third person about the speaker’s role',
      'The product manager owns the order. Each stage is held for a full day before the next.',
    ],
    [
      'a condition met inside the plan',
      'Once a stage has a full day of clean metrics, we move on. Each stage is held for a full day before the next.',
    ],
    [
      'the speaker’s approvers as “they”, in the present',
      `Approvers: the ML lead and me. They sign every gate. ${HOLD}`,
    ],
    [
      'the platform team’s engineer as “their”',
      `Engineering runs the routing. Their on-call engineer flips it back within minutes. ${HOLD}`,
    ],
    [
      'an interview transcript whose questions say “your”',
      `Q: What is your rollout order?\nA: Staff first, then everyone else.\nQ: What are your holds?\nA: ${HOLD}`,
    ],
    [
      'a colleague’s team doing its part of the speaker’s plan',
      `The platform lead is Ana. Her team flips the route back in three minutes. ${HOLD}`,
    ],
    [
      'decisions taken, in the active past',
      'The PM decided the order already: staff, then everyone. She approved the pace as well. Each stage was held for a full day before the next.',
    ],
    [
      'minutes of decisions taken, in the passive past',
      'The order was agreed at the review: staff, then beta customers, then everyone. The pace was set there too. Each stage was held for a full day before the next.',
    ],
    ['the listener’s question answered', `To your question about pacing: ${HOLD}`],
    ['a summary opener', `In a nutshell, staff go first. ${HOLD}`],
    [
      'this change described by its risk',
      `In a release with this much risk, staff go first. ${HOLD}`,
    ],
    [
      'a decision already taken, then the plan in the present',
      `The team agreed the order yesterday. ${HOLD}`,
    ],
    [
      'a label in the past participle opening a fragment',
      'Stages held: one full day each before the next. Limits agreed: errors +0.5 % against control.',
    ],
  ])('must not deny %s', (_voice, answer) => {
    expect(covers(answer, 'holds')).toBe(true);
  });
});

describe('a plan the speaker disowns after telling it earns no point', () => {
  const PLAN = `Staff get it first, then the beta customers, then everyone else. ${HOLD}`;
  it.each([
    ['judged as a whole', `${PLAN} For this service, that is the wrong plan.`],
    ['called a show', `${PLAN} Honestly, it is all theatre.`],
    ['not believed', `${PLAN} I would not believe it for a second.`],
    ['retracted', `${PLAN} Scratch that.`],
    ['stopped mid-answer', `${PLAN} Actually, let me stop myself.`],
    // The thirty-eighth round: a script for a video whose numbers were invented for its rhythm.
    ['its numbers said to be invented', `${PLAN} A couple of the numbers are made up, for rhythm.`],
  ])('%s', (_how, answer) => {
    expect(covers(answer, 'holds')).toBe(false);
  });

  it.each([
    [
      'a question judged, not the plan',
      `${PLAN} Is the new service better? That is the wrong question for a canary.`,
    ],
    ['one measure judged', `${PLAN} Average latency would be wrong to watch, so we read p99.`],
    ['a sentence that stops a stage', `${PLAN} A breach stops it at once.`],
    [
      'a reading judged wrong under a condition',
      `${PLAN} If the dashboard says ship it after an hour, that is the wrong answer.`,
    ],
    [
      'a misconception rebutted',
      `${PLAN} Some call the canary an A/B test. That is wrong: it shows the service is safe.`,
    ],
    ['a plan said not to be theatre', `${PLAN} It is not theatre: every gate has a number.`],
    ['a reminder', `${PLAN} Don't forget that the lead signs every gate.`],
    [
      'its numbers said not to be invented',
      `${PLAN} The numbers are not made up: they come from last quarter.`,
    ],
    [
      'invented numbers replaced by real ones',
      `${PLAN} The numbers are made up for now, but we fix the real ones before launch.`,
    ],
  ])('must not deny %s', (_how, answer) => {
    expect(covers(answer, 'holds')).toBe(true);
  });
});

// The twenty-eighth round: an aside to one reader in brackets hands nothing over.
describe('an aside in brackets to one reader', () => {
  it('keeps the plan after "(Finance: that is your number)"', () => {
    const answer = `I own the calls. Stop line: cost per order above $0.04 (Finance: that is your number). ${HOLD}`;
    expect(covers(answer, 'holds')).toBe(true);
  });

  it('still reads the plan handed over outside brackets as the listener’s (must not deny)', () => {
    expect(covers(`These are your decisions to make before launch. ${HOLD}`, 'holds')).toBe(false);
  });
});
