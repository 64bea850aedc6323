import { describe, expect, it } from 'vitest';
import { fixtureScenario } from '../testing/fixtures';
import { gradeAnswer } from './gradeAnswer';
import { readVoice } from './narrator';
import { splitSentences } from './sentences';
import { speakerCommits } from './speakerCommits';

// The twelfth round's reading (corpus/README.md, twelfth protocol): a plan earns its points only
// when the speaker is shown to commit to it — in their own voice, or as an unmarked plan no other
// voice tells. Every sentence is our own wording; none is a corpus answer's.
const service = fixtureScenario({ changeKind: 'backend' });
const PLAN =
  'Staff first, then beta customers, then everyone else, enterprise accounts last. ' +
  'Each stage is held for a full day before the next. ' +
  'Rollback: the on-call engineer flips the routing back at any hour, in under five minutes.';

function heldCredited(answer: string): boolean {
  return gradeAnswer(answer, service).covered.includes('holds');
}

function firstSentence(text: string) {
  return splitSentences(text)[0]?.tokens ?? [];
}

describe('a plan told in another voice earns no point', () => {
  it.each([
    [
      'a vendor’s paper introducing the plan',
      `The vendor's whitepaper lays it out like this: ${PLAN}`,
    ],
    ['a mentor’s advice relayed', `My mentor recommends the following: ${PLAN}`],
    [
      'general practice, handed back at the end',
      `Most teams would roll this out carefully. ${PLAN} That is how it is normally done.`,
    ],
    [
      'what a good PM would do',
      'A good PM would send staff first. A good PM would hold each stage for a full day before the next.',
    ],
    [
      'a character’s plan, in the present',
      'Dana runs releases at a travel site. She holds each stage for a full day before the next. She sends staff first.',
    ],
    [
      'a thread the speaker read and admired',
      `I read a great thread about this last week. ${PLAN} I loved how tidy it was.`,
    ],
    [
      'a story the speaker heard, with an opinion after it',
      'A friend told me how her team did it. They held each stage for a full day before the next. They sent staff first. I think it went well.',
    ],
    ['another team’s document summarised', `Summary of the platform team's proposal: ${PLAN}`],
    [
      'an interviewer grading what a candidate would say',
      `If a candidate told me the following, I'd give full marks: ${PLAN}`,
    ],
    [
      'a role described to the listener',
      `The person in this seat: you will own the rollout and decide the pace. ${PLAN}`,
    ],
    [
      'a plan for the relaunch after a rollback',
      `For the relaunch after a rollback, I would go slowly. ${PLAN} For this release I have not planned anything yet.`,
    ],
    [
      'a plan for "that one", the relaunch just named',
      `The relaunch after a rollback is a different story. For that one, I would go slowly. ${PLAN} For this release I have not planned anything yet.`,
    ],
    ['a plan for next time', `Next time, we would do it properly. ${PLAN}`],
    ['a tool’s recommendation', `The simulator recommends this: ${PLAN}`],
    ['another company’s way, in the present', `At a bank I know, they run it like this. ${PLAN}`],
    [
      'a plan the speaker will not put their name to',
      `${PLAN} I wouldn't sign my name to any of it, though.`,
    ],
  ])('%s', (_voice, answer) => {
    expect(heldCredited(answer)).toBe(false);
  });

  it('says why, quoting the sentence that handed the plan to another voice', () => {
    const grade = gradeAnswer(`The vendor's whitepaper lays it out like this: ${PLAN}`, service);
    expect(grade.notices.join('\n')).toContain('another voice');
    expect(grade.notices.join('\n')).toContain('The vendor');
  });

  it('says why when the speaker never takes the plan on', () => {
    const grade = gradeAnswer(`${PLAN} I wouldn't sign my name to any of it, though.`, service);
    expect(grade.notices.join('\n')).toContain('nowhere do you take this plan on as yours');
  });
});

describe('must not deny a plan the speaker commits to, whatever its form', () => {
  it.each([
    ['plain present statements with no first person', PLAN],
    [
      'a report the speaker answers',
      `Legal says consent screens come first. ${PLAN} I own the order and sign each gate.`,
    ],
    [
      'a report that stands alone before an unmarked plan',
      `The platform team recommends a canary for this. ${PLAN}`,
    ],
    [
      'ideally one thing, settled for another',
      "Ideally each stage would run a week, but I'll settle for holding each stage a full day before the next.",
    ],
    [
      'a past job adopted',
      "At my last job we held each stage for a full day before the next, and I'd do the same here.",
    ],
    [
      'questions the speaker answers',
      'How long does each stage run? A full day before the next. Who goes first? Staff, then everyone else; I decide that order.',
    ],
    [
      'an honest caveat',
      "I'm not certain a day is enough, but we will hold each stage for a full day before the next.",
    ],
    [
      'a rejected bad practice',
      "People often rush straight to everyone; I won't. We hold each stage for a full day before the next.",
    ],
    [
      'one of several options, picked',
      `There are three ways people do this: a random slice, staff only, or staged cohorts. I'm picking the staged cohorts. ${PLAN}`,
    ],
    [
      'instructions to the speaker’s team',
      "Team, here's the plan. Hold each stage for a full day before the next. I sign off every gate.",
    ],
    [
      'a runbook in the second person with no speaker',
      'You hold each stage for a full day before the next. You send staff first, then everyone else.',
    ],
    ['a memo in the product role’s voice', `Product proposes the following rollout: ${PLAN}`],
    ['a little history in a plain memo', `Staging showed no leak last week. ${PLAN}`],
    ['the speaker’s own proposal summarised', `Summary of our proposal: ${PLAN}`],
    ['a plain summary heading', `Summary: ${PLAN}`],
    ['the next stage of this release', `For the next stage, we hold a full day. ${PLAN}`],
    [
      'decisions the speaker’s team took already',
      `We agreed the order and the limits last week. ${PLAN}`,
    ],
    [
      'a plan that goes on to the next release at its end',
      `${PLAN} Next time, I'd automate the gates.`,
    ],
    [
      'a scene set before the plan, pointed back at',
      `Think of a Friday evening outage nobody sees until Monday. That's the release I am guarding against. ${PLAN}`,
    ],
  ])('%s', (_form, answer) => {
    expect(heldCredited(answer)).toBe(true);
  });
});

describe('the voice a sentence ends in is read from its subject and verb', () => {
  it.each([
    ['the poets say so', 'The PM owns the order, or so the poets say.', 'other'],
    ['one usually does it', 'One usually writes the limits down first.', 'other'],
    ['a third party’s past', 'Their manager owned the order and the limits.', 'other'],
    [
      'a report answered with “but”',
      'The lab suggests it is better, but that needs an A/B test.',
      'speaker',
    ],
    ['an instrument that “says”', 'The canary says safe, not better.', 'none'],
    ['a sign-off that “says go”', 'The ML lead says go at every gate.', 'none'],
    [
      'the speaker’s own team proposing',
      'Our platform team proposes the routing switch.',
      'speaker',
    ],
    ['people erring, corrected', 'People often confuse this with an experiment.', 'none'],
  ])('%s', (_what, sentence, voice) => {
    expect(readVoice(firstSentence(sentence)).voice).toBe(voice);
  });
});

describe('the speaker commits by acting, not by knowing, telling or refusing', () => {
  it.each([
    ['I own the order.', true],
    ['We will hold each stage a day.', true],
    ["I'm picking the third.", true],
    ['Sign-off: me and the eng lead.', true],
    ['Mine to decide: order, limits, holds.', true],
    ['I asked a chatbot last night.', false],
    ["I haven't thought about the rollout.", false],
    ['I think it went well.', false],
    ["I'm wary of this one.", false],
    ["My friend's team held a week.", false],
    ["Whether we'd do anything like it is another matter.", false],
  ])('"%s" → %s', (sentence, commits) => {
    expect(speakerCommits(firstSentence(sentence))).toBe(commits);
  });
});

// The seventeenth round: a telling of nothing judges a source uninformative and tells no plan.
describe('a source said to tell nothing is no narrator', () => {
  it.each([
    'Each stage holds a full day, since quiet weekends tell you nothing about this traffic.',
    'Each stage is held for a full day; the staging soak told us nothing about real load.',
  ])('keeps the hold in "%s"', (answer) => {
    expect(heldCredited(answer)).toBe(true);
  });

  it('still hears a source that tells a plan (must not deny)', () => {
    expect(heldCredited(`The vendor's whitepaper tells you this: ${PLAN}`)).toBe(false);
  });
});

// The twenty-fourth round: a telling inside a reason ("because … a heavy user tells everyone")
// gives the reason for the plan; it does not hand the plan to another narrator.
describe('a telling given as a reason is no narrator', () => {
  it('keeps the hold in a plan whose reason mentions someone telling others', () => {
    expect(
      heldCredited(
        'Each stage is held for a full day, because a failed order loses a customer and an unhappy user tells everyone.',
      ),
    ).toBe(true);
  });

  it('still hears a source that tells a plan after "because" with a colon (must not deny)', () => {
    expect(heldCredited(`We go slowly because the vendor's runbook tells us this: ${PLAN}`)).toBe(
      false,
    );
  });
});

// The twenty-seventh round: a telling supposed in a condition narrates nothing after it.
describe('a telling supposed in a condition is no narrator', () => {
  it('keeps the plan after "even if they argue …"', () => {
    const answer = `Please don't let anyone move these lines, even if they argue a breach is noise — we agreed them last week: errors over 0.5 %. ${PLAN}`;
    expect(heldCredited(answer)).toBe(true);
  });

  it('still hears a source that tells the plan outright (must not deny)', () => {
    expect(heldCredited(`The vendor's runbook argues for this: ${PLAN}`)).toBe(false);
  });
});

// The thirty-first round: "that" as the subject of its verb points back at what was just said.
describe('a demonstrative that points back opens no other change', () => {
  it('keeps the plan after "That last one is …" following a measured time', () => {
    const answer = `We roll back if the p95 load time gets 300 ms worse. That last one is the support team's worry, so it's a hard stop. ${PLAN}`;
    expect(heldCredited(answer)).toBe(true);
  });

  it('still hears "For that one" after a relaunch is named (must not deny)', () => {
    const answer = `We roll back if the p95 load time gets 300 ms worse. The relaunch after a rollback is another matter. For that one, I would go slowly. ${PLAN}`;
    expect(heldCredited(answer)).toBe(false);
  });
});
