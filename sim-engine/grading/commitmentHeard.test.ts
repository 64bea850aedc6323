import { describe, expect, it } from 'vitest';
import { fixtureScenario } from '../testing/fixtures';
import type { AnswerPointId } from './points';
import { gradeAnswer } from './gradeAnswer';

// The tenth round's commitment reading (corpus/README.md): a point is earned only for what the
// speaker commits to doing in this release. Every sentence is our own wording; none is a corpus
// answer's.
const service = fixtureScenario({ changeKind: 'backend' });

function graded(answer: string) {
  const grade = gradeAnswer(answer, service);
  return {
    covers: (point: AnswerPointId) => grade.covered.includes(point),
    score: grade.score,
    notices: grade.notices,
  };
}

const HOLD = 'each stage is held for a full day before the next';
const ORDER = 'staff get it first, then the beta customers, then everyone else';

describe('a plan the speaker does not commit to for this change earns no point', () => {
  it.each([
    ['an ideal', `In a dream scenario ${ORDER}, and ${HOLD}.`],
    ['a counterfactual', `If we had the budget, ${ORDER}, and ${HOLD}.`],
    [
      'a past job',
      `At my previous employer ${ORDER.replace('get', 'got')}, and ${HOLD.replace('is', 'was')}.`,
    ],
    [
      'a past job told over several sentences',
      `When I was at a travel startup we ran a proper canary. Staff got it first, then beta customers, then everyone. Each stage was held for a full day.`,
    ],
    [
      'a colleague’s plan elsewhere',
      `A former colleague told me her team let staff in first, then beta customers, then everyone. They held each stage for a full day.`,
    ],
    ['someone else’s view', `Our CTO prefers that ${ORDER} and that ${HOLD}.`],
    [
      'a recited rubric',
      `Interviewers listen for an order such as staff first, then beta, then everyone, and for a day held at each stage.`,
    ],
    [
      'a template with blanks',
      `[Group A] get it first, then [group B], then everyone, and each stage is held for [N] hours.`,
    ],
    [
      'a hedge',
      `Perhaps staff could go first, or maybe the beta customers; each stage might be held for a day, possibly less.`,
    ],
    ['a theory', `Theoretically ${ORDER}, and ${HOLD}.`],
    [
      'a time in the past',
      `Two years ago ${ORDER.replace('get', 'got')}, and ${HOLD.replace('is', 'was')}.`,
    ],
    ['a named company’s view', `Stripe recommends that ${ORDER} and that ${HOLD}.`],
    [
      'a template with placeholders in words',
      `<Group A> get it first, then <group B>, then everyone; each stage is held for TBD hours.`,
    ],
    ['a wish', `I would love to see that ${ORDER} and that ${HOLD}.`],
    ['a typical canary described', `In a typical canary ${ORDER}, and ${HOLD}.`],
    ['a scene imagined', `Imagine a team where ${ORDER} and ${HOLD}.`],
    [
      'what the listener wants to hear',
      `You probably want to hear that ${ORDER} and that ${HOLD}.`,
    ],
    ['options laid out, none chosen', `Options: ${ORDER}, or a random slice; ${HOLD}, or an hour.`],
    [
      'a true-or-false round put to the listener',
      `A true-or-false round for you:\n1. ${ORDER}.\n2. ${HOLD}.\nYour answers first.`,
    ],
    [
      'questions left unanswered',
      `Should staff get it first, then beta customers, then everyone? Should each stage be held for a full day? These are the questions for the team.`,
    ],
  ])('nothing for %s', (_, answer) => {
    const grade = graded(answer);
    expect(grade.covers('cohort-order')).toBe(false);
    expect(grade.covers('holds')).toBe(false);
    expect(grade.score).toBeLessThanOrEqual(30);
  });

  it('nothing for a committed plan withdrawn in the last sentence', () => {
    const answer =
      `I decide the go/no-go. ${ORDER[0]?.toUpperCase()}${ORDER.slice(1)}. ` +
      `We roll back if errors pass 1 % or p99 passes 400 ms, and ${HOLD}. ` +
      'Realistically, though, we would forget all of it and just ship it to everybody on Friday.';
    const grade = graded(answer);
    expect(grade.covers('cohort-order')).toBe(false);
    expect(grade.covers('thresholds')).toBe(false);
    expect(grade.covers('holds')).toBe(false);
  });

  it('nothing for a plan turned away from with a release to everyone at once', () => {
    const answer =
      `${ORDER[0]?.toUpperCase()}${ORDER.slice(1)}, and ${HOLD}. ` +
      'In reality, though, we would simply turn it on for everybody.';
    expect(graded(answer).covers('cohort-order')).toBe(false);
    expect(graded(answer).covers('holds')).toBe(false);
  });

  it('nothing for a plan the speaker skips this time', () => {
    const answer = `${ORDER[0]?.toUpperCase()}${ORDER.slice(1)}, and ${HOLD}. This time we will skip it.`;
    expect(graded(answer).covers('cohort-order')).toBe(false);
  });

  it('says why, quoting the sentence that framed the plan', () => {
    const grade = graded(`At my previous employer ${ORDER.replace('get', 'got')}.`);
    expect(grade.notices.join('\n')).toMatch(
      /past job's plan, never adopted for this change — “At my previous employer/,
    );
  });
});

describe('a plan the speaker commits to keeps its points', () => {
  it.each([
    [
      'a plan with a true statement in it',
      `It is true that staff get it first, then the beta customers, then everyone else, and ${HOLD}.`,
    ],
    [
      'an ideal settled into a concrete choice',
      'Ideally each stage would run a week, but we will settle for holding each stage for 24 hours before widening.',
    ],
    [
      'a past job adopted in the same sentence',
      'At my last company we held each stage for a full day before widening, and here I would do exactly the same.',
    ],
    [
      'a past job adopted in the next sentence',
      'At my last company each stage was held for a full day before widening. Here I would do the same.',
    ],
    [
      'a past job cited as evidence, then the plan',
      'At my last job a ramp with no pauses broke checkout. So here each stage is held for 24 hours before we widen.',
    ],
    [
      'a colleague’s advice adopted',
      'Our SRE lead recommends holding each stage for a full day before widening, and I agree.',
    ],
    [
      'a question the speaker answers',
      'How long does each stage run? A full day each before we widen, so we see a weekday peak.',
    ],
    [
      'an honest caveat',
      'I might be off on the exact length, but each stage is held for 24 hours before we widen.',
    ],
    [
      'a past job, then the speaker taking over in the same sentence',
      'At my last job a rushed ramp broke checkout, so here I would hold each stage for 24 hours before widening.',
    ],
    [
      'someone else’s view, then the speaker’s own choice',
      'Our VP wants a faster ramp, but we will hold each stage for 24 hours before widening.',
    ],
    [
      'an honest caveat before the choice',
      'I am not sure this is exactly right, but each stage is held for 24 hours before we widen.',
    ],
    ['a checklist ticked', '[x] each stage is held for 24 hours before we widen.'],
    [
      'a stakeholder’s wish, then the plan',
      'Our CTO wants it out by Friday, so each stage is held for 24 hours before we widen.',
    ],
    [
      'a value, then the plan',
      'Safety is paramount: each stage is held for 24 hours before we widen.',
    ],
    [
      'a heading of key points',
      'Key points:\n- each stage is held for 24 hours before we widen\n- the eng lead and I sign off every step',
    ],
    [
      'a colleague’s suggestion the speaker thinks right',
      'Engineering suggested holding each stage for 24 hours before widening and I think that is right.',
    ],
    [
      'a past job’s practice kept here',
      'We held each stage for a full day at my previous company and it caught two bad builds, so I would keep that here.',
    ],
    [
      'a plan in a caveat’s shadow',
      'It depends on traffic, so we hold each stage for 24 hours before widening.',
    ],
    [
      'a plan in the conditional after an ideal',
      'Ideally we would have a month. Each stage would be held for 24 hours before we widen.',
    ],
    [
      'an option laid out, then chosen',
      'Option A: each stage is held for 24 hours before we widen. Option B: an hour. I would pick option A.',
    ],
    [
      'a stakeholder’s question, then the speaker’s clause',
      'Leadership wants to know whether it sells more, and each stage is held for 24 hours before we widen.',
    ],
    [
      'a standard release named by the speaker',
      'This change follows the standard release process: each stage is held for 24 hours before we widen.',
    ],
    [
      'a heading in the speaker’s voice',
      'What matters most to me here: each stage is held for a full day before we widen.',
    ],
  ])('holds credited for %s', (_, answer) => {
    expect(graded(answer).covers('holds')).toBe(true);
  });

  it.each([
    [
      'a big-bang release turned down',
      `We would never just ship it to everyone at once: ${ORDER}.`,
    ],
    [
      'a last stage to everyone after a clean hold',
      `${ORDER[0]?.toUpperCase()}${ORDER.slice(1)}; after the beta stage holds clean, we ship it to everyone.`,
    ],
    [
      'a last stage said with "finally"',
      `${ORDER[0]?.toUpperCase()}${ORDER.slice(1)}; finally we just switch everyone over.`,
    ],
    [
      'a plan, then where the speaker learned it',
      `${ORDER[0]?.toUpperCase()}${ORDER.slice(1)}; I learned that order at my last job.`,
    ],
    ['a best case that is no ideal world', `Best case we are done in a week: ${ORDER}.`],
  ])('cohort order credited for %s', (_, answer) => {
    expect(graded(answer).covers('cohort-order')).toBe(true);
  });

  it.each([
    [
      'an approver saying go',
      'The eng lead says go at every stage, together with me, before we widen.',
    ],
  ])('sign-off credited for %s', (_, answer) => {
    expect(graded(answer).covers('sign-off')).toBe(true);
  });

  it('rollback credited when the team’s own runbook states it', () => {
    const answer =
      'Our runbook says the on-call engineer flips the flag back at any hour, within five minutes.';
    expect(graded(answer).covers('rollback')).toBe(true);
  });
});

describe('committed answers in terse or question-and-answer forms keep their points', () => {
  it.each([
    'Whoever is on call can turn the release flag off at any hour without asking, in about two minutes.',
    'Undo: the release flag back off. Whoever is on call pulls it at any hour without asking, in about two minutes.',
  ])('rollback credited in "%s"', (answer) => {
    expect(graded(answer).covers('rollback')).toBe(true);
  });

  it.each([
    'The canary is a safety check, not an A/B test: it looks for harm, not for proof that the new version wins.',
    'Is the canary an experiment? No — the canary only tells us the release is safe to widen.',
  ])('canary vs A/B credited in "%s"', (answer) => {
    expect(graded(answer).covers('canary-vs-ab')).toBe(true);
  });

  it('but not when the speaker declines to run the experiment', () => {
    const answer = 'We will not run an A/B test; the canary shows the release is safe.';
    expect(graded(answer).covers('canary-vs-ab')).toBe(false);
  });
});

// The seventeenth round: a wish refused by a negative quantifier opening its clause is no wish.
describe('a wish refused for each thing named', () => {
  it('keeps the plan before "none of which I would wish to leave to chance"', () => {
    const answer = `I own the order and the holds: ${HOLD}, none of which I would wish to leave to chance.`;
    expect(graded(answer).covers('holds')).toBe(true);
  });

  it('still reads a plain wish as no plan (must not deny)', () => {
    expect(graded(`I would wish that ${HOLD}.`).covers('holds')).toBe(false);
  });
});

// The twenty-fifth round: the team's own last release, told to be corrected, is not this plan.
describe('a retro of the last release turned into this plan', () => {
  function misconceived(answer: string): boolean {
    return gradeAnswer(answer, service).misconceptions.length > 0;
  }

  it('raises no misconception for what went wrong last time', () => {
    const answer =
      'Last time we switched it on for a random 10 % and nobody had agreed a limit. ' +
      'So this time I am doing it differently: staff first, then beta customers, then everyone else, and each stage is held for a full day before the next.';
    expect(misconceived(answer)).toBe(false);
    expect(graded(answer).covers('cohort-order')).toBe(true);
  });

  it('keeps a present clause after the story ends at a semicolon', () => {
    const answer =
      'I own the release calls for this change. ' +
      'And last time someone claimed the canary proved the new cluster was faster. ' +
      'It proved nothing of the sort; the canary tells us the change is safe, and a randomised A/B test afterwards tells us if it is better.';
    expect(graded(answer).covers('canary-vs-ab')).toBe(true);
  });

  it('does not read a denial as the speaker adopting the story', () => {
    const answer =
      'Last time we told people the canary showed the new version was better. It did not, and it cannot.';
    expect(misconceived(answer)).toBe(false);
  });

  it('keeps the story when a group in the new plan is one that opted in', () => {
    const answer =
      'Last time we sent a random 10 % of all traffic on day one, which put our biggest accounts in the canary from the start. ' +
      'This time: our own staff first, then customers who opted into previews, then the rest, with the biggest accounts last.';
    expect(misconceived(answer)).toBe(false);
  });

  it('still hears the speaker choosing what a story told (must not deny)', () => {
    const story = `A friend who is a PM at a bank told me how they ran theirs: ${ORDER.replace('get', 'got')}.`;
    expect(graded(story).covers('cohort-order')).toBe(false);
    expect(graded(`${story} We'd probably choose that too.`).covers('cohort-order')).toBe(true);
  });

  it('still reads "as we agreed last time" as this plan (must not deny)', () => {
    expect(graded(`As we agreed last time, ${ORDER}, and ${HOLD}.`).covers('holds')).toBe(true);
  });
});

// The twenty-sixth round: a pre-mortem's imagined failure is a story, not the speaker's claims.
describe('a pre-mortem turned into the plan', () => {
  function misconceived(answer: string): boolean {
    return gradeAnswer(answer, service).misconceptions.length > 0;
  }
  const PLAN = `So my plan stops each of those: ${ORDER}, and ${HOLD}.`;

  it('raises no misconception for what the imagined failure had people say', () => {
    const answer =
      'Picture it a month from now and the launch has failed. Why? ' +
      'My best guess: someone read a calm canary as proof that the new service is better and pushed it to everyone. ' +
      PLAN;
    expect(misconceived(answer)).toBe(false);
    expect(graded(answer).covers('holds')).toBe(true);
  });

  it('reads the story under a "Pre-mortem:" heading the same way', () => {
    const answer =
      'Pre-mortem: it is June and the release went wrong. The team announced the canary proved it was better. ' +
      PLAN;
    expect(misconceived(answer)).toBe(false);
  });

  it("still reads the claim as the speaker's own after the plan turns to the present (must not deny)", () => {
    const answer =
      'Picture it a month from now and the launch has failed. ' +
      PLAN +
      ' And the canary proves the new service is better, so we skip the A/B test.';
    expect(misconceived(answer)).toBe(true);
  });

  it('still reads a post-mortem as the real past, not an imagined one (must not deny)', () => {
    const answer = `In the post-mortem we found the order was wrong. ${PLAN}`;
    expect(graded(answer).covers('holds')).toBe(true);
  });
});

// The twenty-sixth round: a pre-mortem run together with its question by dashes.
describe('a pre-mortem run together with dashes', () => {
  it('raises no misconception for the imagined claim after "— why? —"', () => {
    const answer =
      'It is a month from now and the launch has gone wrong — why? — My guess: someone announced the canary proved it was better. ' +
      `So my plan stops that: ${ORDER}, and ${HOLD}.`;
    expect(gradeAnswer(answer, service).misconceptions).toEqual([]);
  });
});

// The twenty-seventh round: a past workplace said as "I've worked at a place where …".
describe('a past workplace said as "I have worked at a place where"', () => {
  it('raises no misconception for what that place did', () => {
    const answer =
      `${ORDER}, and ${HOLD}. The on-call engineer flips the flag back in two minutes. ` +
      "(I've worked at a place where rolling back meant a redeploy and a change board. Never again.)";
    expect(gradeAnswer(answer, service).misconceptions).toEqual([]);
  });

  it('still credits what the speaker adopts from it (must not deny)', () => {
    const answer = `I have worked in teams where staff went first, then beta customers, then everyone else, and I'd do the same here.`;
    expect(graded(answer).covers('cohort-order')).toBe(true);
  });
});

// The twenty-seventh round: a pre-mortem's scene set in the present, a month ahead.
describe('a pre-mortem whose scene is set in the present', () => {
  it('reads the story after "Say it is the end of next month and it went badly" as imagined', () => {
    const answer =
      'Let me do this as a pre-mortem. Say it is the end of next month and the launch went badly. What happened? ' +
      'We switched it on for a random 10 % on a Monday. ' +
      `So my plan runs that story backwards: ${ORDER}, and ${HOLD}.`;
    expect(gradeAnswer(answer, service).misconceptions).toEqual([]);
  });

  it('still reads a condition of the plan about next week as the plan (must not deny)', () => {
    const answer =
      'If anything goes wrong next week, the on-call engineer flips the routing back at any hour, in under five minutes.';
    expect(graded(answer).covers('rollback')).toBe(true);
  });
});

// The twenty-eighth round: a past job's story told on past a fronted time, and adoption that
// reaches only the story just told.
describe("a past job's story, a fronted time, and adoption just after it", () => {
  it('keeps the story going past "Three days in, …"', () => {
    const answer =
      'At my last company we switched the new search on for everyone at once. ' +
      'Three days in, support noticed the refunds were wrong, and the rollback took an afternoon because it meant redeploying the old service. ' +
      `Here I own the order: ${ORDER}, and ${HOLD}.`;
    expect(gradeAnswer(answer, service).misconceptions).toEqual([]);
  });

  it('does not let a later, unrelated adoption take the story back', () => {
    const answer =
      'At my last company the rollback meant redeploying the old service, which took an afternoon. ' +
      `Here, ${ORDER}, and ${HOLD}. ` +
      'Cost is the figure I would give Finance up front, and I want that ceiling agreed.';
    expect(gradeAnswer(answer, service).misconceptions).toEqual([]);
  });

  it('still adopts the story in the sentence just after it (must not deny)', () => {
    const answer = `At my last company ${HOLD.replace('is held', 'was held')}. I'd do the same here.`;
    expect(graded(answer).covers('holds')).toBe(true);
  });
});

// The twenty-eighth round: a pre-mortem bid to be pictured and told in the present.
describe('a pre-mortem told in the present', () => {
  const model = fixtureScenario();
  const SCENE =
    "Imagine it's two weeks after launch and the assistant is in trouble. " +
    'Support has posted a screenshot of a wrong answer. ' +
    'Nobody can say when it started, because all we watched was the error rate, and the error rate is flat. ';

  it("raises no misconception for what the scene's team watched", () => {
    const answer = `${SCENE}That's the launch I'm planning to avoid, so here's how I'd run it: ${ORDER}, and ${HOLD}.`;
    expect(gradeAnswer(answer, model).misconceptions).toEqual([]);
  });

  it("still reads the same claim as the speaker's own without the scene (must not deny)", () => {
    const answer = `I own the order: ${ORDER}, and ${HOLD}. All we watch is the error rate, and that is enough.`;
    expect(gradeAnswer(answer, model).misconceptions.length).toBeGreaterThan(0);
  });
});

// The twenty-ninth round: "I keep all of that" adopts the whole of a colleague's plan just told.
describe("a colleague's plan kept whole", () => {
  const STORY =
    'When I joined, Sam ran our last migration. Before any traffic moved she wrote the rollback numbers down: errors more than 0.5 points over the old path. ' +
    'She went 1, 5, 25, 100 percent and each stage was held a full day.';

  it('credits the plan after "I keep all of that."', () => {
    expect(graded(`${STORY} I keep all of that.`).covers('holds')).toBe(true);
  });

  it('does not credit it when the speaker keeps only part (must not credit)', () => {
    expect(graded(`${STORY} I keep none of that.`).covers('holds')).toBe(false);
  });
});

// The thirty-first round: a dictated answer's typist closes it with a bracketed sentence.
describe('a sentence in brackets is a note, not a blank', () => {
  it('reads "[End of dictation.]" as a note and says nothing of a template', () => {
    const grade = graded(`Our plan: ${ORDER}, and ${HOLD}. [End of dictation.]`);
    expect(grade.notices.join('\n')).not.toContain('template');
    expect(grade.covers('holds')).toBe(true);
  });

  it('still reads "[N hours]" as a blank (must not deny)', () => {
    const grade = graded(
      `Our plan: ${ORDER}, and each stage is held for [N hours]. [End of dictation.]`,
    );
    expect(grade.notices.join('\n')).toContain('template');
  });
});
