import { describe, expect, it } from 'vitest';
import { fixtureScenario } from '../testing/fixtures';
import { gradeAnswer } from './gradeAnswer';

// The forty-second round (corpus/README.md): sentences in our own words for the rules it added,
// each with a case the rule must not deny.
const service = fixtureScenario({ changeKind: 'backend' });
const model = fixtureScenario();

function misconceptions(answer: string, scenario = service): string[] {
  return gradeAnswer(answer, scenario).misconceptions.map((found) => found.point);
}

function credit(answer: string, point: string, scenario = service): number {
  return gradeAnswer(answer, scenario).points.find((graded) => graded.id === point)?.credit ?? 0;
}

describe('a claim someone else made, then denied, is not the speaker’s', () => {
  it('reads "It can\'t do that" after "You said …" as the denial', () => {
    const answer =
      'You said we’d run the canary to prove the new search is better before the sale. ' +
      'It can’t do that, and I would not want anyone to think it had.';
    expect(misconceptions(answer)).toEqual([]);
  });

  it('reads a question reported with "asked if", answered "No:", as denied', () => {
    const answer =
      'Sales asked if the canary can show the new ranking is a win. ' +
      'No: the canary only tells us nothing breaks.';
    expect(misconceptions(answer)).toEqual([]);
  });

  it('still reads the claim when the speaker makes it (must not deny)', () => {
    const answer = 'The canary will prove the new search is better. It shows the lift we need.';
    expect(misconceptions(answer)).toContain('canary-vs-ab');
  });

  it('still reads "asked if" answered yes as the claim (must not deny)', () => {
    const answer =
      'Sales asked if the canary can show the new ranking is a win. ' +
      'Yes: the canary group will prove it is better.';
    expect(misconceptions(answer)).toContain('canary-vs-ab');
  });

  it('keeps a limit after "asked if" when the next sentence is no "No" (must not deny)', () => {
    const answer =
      'Finance asked if we would stop when tokens per conversation go up more than 40 %, and we will: ' +
      'that is a rollback limit, fixed before launch. And we don’t move on a clock.';
    expect(misconceptions(answer, model)).toEqual([]);
    expect(credit(answer, 'thresholds', model)).toBeGreaterThanOrEqual(0.5);
  });

  it('keeps the speaker’s own plan before "It can\'t do that" (must not deny)', () => {
    const answer =
      'The on-call engineer reverts the flag within five minutes, at any hour, without asking me. ' +
      'It can’t do that.';
    expect(gradeAnswer(answer, service).covered).toContain('rollback');
  });
});

describe('what someone else does not do is not the speaker refusing', () => {
  it('keeps the sign-off when "growth is told, but doesn\'t sign"', () => {
    const answer =
      'The engineering lead and I sign off every advance; growth is told, but doesn’t sign.';
    expect(gradeAnswer(answer, service).covered).toContain('sign-off');
  });

  it('still reads "…, but I don\'t" as the speaker refusing (must not deny)', () => {
    const answer = 'Some teams have a named sign-off at every stage, but I don’t.';
    expect(credit(answer, 'sign-off')).toBe(0);
  });
});

describe('a name introduced as the PM stands for the PM', () => {
  const minutes = [
    'Attendees: Noor (PM), Theo (eng lead), Ines (on-call)',
    'Noor owns the release decisions: which groups go first, the rollback limits, how long each stage holds.',
    'Theo’s team owns the flag and the traffic split.',
  ].join('\n');

  it('reads "Noor owns the release decisions" as the PM owning them', () => {
    expect(gradeAnswer(minutes, service).covered).toContain('pm-owns');
  });

  it('does not make someone the PM who was not introduced as one (must not deny)', () => {
    const other = minutes.replace('Noor (PM)', 'Noor (design)');
    expect(gradeAnswer(other, service).covered).not.toContain('pm-owns');
  });
});

describe('the canary kept to safety by "what all this proves"', () => {
  it('credits safe versus better when the plan is pointed at as what shows', () => {
    const answer =
      'To be clear about what all this proves: only that the new cache does not break anything. ' +
      'If someone wants to claim pages got faster and teams are happier, that is an A/B test, not the canary.';
    expect(gradeAnswer(answer, service).covered).toContain('canary-vs-ab');
  });

  it('does not credit a plan that shows safety without the A/B side (must not deny)', () => {
    const answer =
      'To be clear about what all this proves: only that the new cache does not break anything.';
    expect(gradeAnswer(answer, service).covered).not.toContain('canary-vs-ab');
  });
});

describe('a control group under a limit is the canary’s baseline, not an experiment', () => {
  it('names no A/B test in "no more than 2 % below the control group"', () => {
    const answer =
      'Before we start I set the limits: errors no more than 0.5 % above the old service, and orders no more than 2 % below the control group.';
    expect(credit(answer, 'canary-vs-ab')).toBe(0);
  });

  it('still reads a randomised control group as the experiment (must not deny)', () => {
    const answer =
      'The canary says it is safe; whether it is better is a randomised test with a control group afterwards.';
    expect(gradeAnswer(answer, service).covered).toContain('canary-vs-ab');
  });
});

describe('groups and reasons in other words', () => {
  it('reads "our own test accounts" and "top sellers" as groups in an order', () => {
    const answer =
      'Order: our own test seller accounts first, then sellers in the beta programme, then quiet categories. ' +
      'The top sellers go last; if their photos stop loading they notice within minutes.';
    expect(gradeAnswer(answer, service).covered).toContain('cohort-order');
  });

  it('keeps a group placed first when its reason mentions a wrong answer', () => {
    const answer =
      'Our own support staff will use it first since they can easily spot a wrong answer. ' +
      'Next come the customers in our early access programme, then small companies.';
    expect(gradeAnswer(answer, model).covered).toContain('cohort-order');
  });

  it('still rejects an order judged wrong in its own clause (must not deny)', () => {
    const answer =
      'Staff first, then beta users, then everyone is wrong for this change. ' +
      'Random users go first since that is fair.';
    expect(gradeAnswer(answer, service).covered).not.toContain('cohort-order');
  });
});

describe('a run of slash-separated notes says nothing', () => {
  it('earns nothing for terms and numbers strung on slashes', () => {
    const answer =
      'ranking model v3 / embedding store / per region / tokyo evening 19:00 jst = 11:00 berlin / p95 / p99 / ' +
      'eval harness / offline replay / hallucination / thumbs down / not relevant taps / compute cost per request / ' +
      'tokens / 1-5-25-50-100 / staff, beta, small shops, big merchants last / holds 24h / gates / go-no-go / ' +
      'pm + ml lead sign-off / rollback flag 2 min / on-call berlin + tokyo / thresholds pre-committed / ' +
      'add to cart rate −2% / errors +0.5% / a/b lift / canary = safety';
    expect(gradeAnswer(answer, model).score).toBeLessThanOrEqual(10);
  });

  it('still reads a ramp written with slashes (must not deny)', () => {
    const answer =
      'The ramp is 1 / 5 / 25 / 50 / 100 %, held at least 24 hours at each stage, and it moves on only when every limit stayed green.';
    expect(gradeAnswer(answer, service).covered).toContain('holds');
  });
});

describe('an answer coached to "you" holds the PM’s decisions and views', () => {
  const coached = (line: string) =>
    'You put staff first, then beta testers, then everyone else, and new customers last. ' +
    'You write the stop lines down before you start: errors 0.5 points over the old model, p95 250 ms worse. ' +
    'You go 1, 5, 25, 50, 100 %, and you hold each stage a full 24 hours. ' +
    line;

  it('reads "you own the order, …, and engineering owns the routing" as the PM’s decisions', () => {
    const answer = coached(
      'You own the order, the stop lines, the holds and the go decision, and engineering owns the routing and the deploy.',
    );
    expect(credit(answer, 'pm-owns', model)).toBe(1);
  });

  it('reads "The product team will own the decisions" in a memo as the PM’s share', () => {
    const answer =
      'The product team will own the decisions: the order of clinics, the limits, how long each stage holds. ' +
      'Engineering will own the routing at the gateway.';
    expect(gradeAnswer(answer, model).covered).toContain('pm-owns');
  });

  it('reads "you don’t read lift off the canary" as the plan, not as advice heard', () => {
    const answer = coached(
      'And you don’t read lift off the canary: if you want to know the new model sells more, you run an A/B test once it’s safe.',
    );
    expect(gradeAnswer(answer, model).covered).toContain('canary-vs-ab');
  });

  it('still reads "you’ll hear that …" as advice heard (must not deny)', () => {
    const answer =
      'You’ll hear that every stage needs a named sign-off from the PM and the engineering lead. ' +
      'We do not do that here.';
    expect(credit(answer, 'sign-off')).toBe(0);
  });
});

describe('a heading of the order alone heads the groups under it', () => {
  it('reads groups listed under "**Order**", with a reason after one, as an order', () => {
    const answer = [
      '**Order**',
      '',
      '- Our own teams.',
      '  We live in the tool all day and will notice a slow page before any customer does.',
      '- Teams in the early-access programme.',
      '- Free and small paid teams.',
      '- Large paid accounts last: most to lose.',
    ].join('\n');
    expect(gradeAnswer(answer, service).covered).toContain('cohort-order');
  });

  it('reads nothing into stages listed under "Order." (must not deny)', () => {
    const answer = ['Order.', '1 % for a day.', '5 % for a day.', '25 % for two days.'].join('\n');
    expect(gradeAnswer(answer, service).covered).not.toContain('cohort-order');
  });
});

describe('a checklist note that someone "told" is not a story told', () => {
  const checklist = (note: string) =>
    [
      'I own this list and the go/no-go; payments engineering owns the build and the flag.',
      '[ ] Limits agreed before day 1: payment failures +0.5 % vs the old SDK; completed orders −2 % vs control',
      `[ ] ${note}`,
      '',
      'Who gets it, in order',
      '[ ] Staff ordering their own lunch',
      '[ ] Beta-app users',
      '[ ] General users',
      '[ ] Corporate accounts last (biggest spend, least patience)',
    ].join('\n');

  it('keeps the list after "On-call told: flip it yourself, any hour" as the plan', () => {
    const answer = checklist('On-call told: flip it yourself, any hour, no need to reach me');
    expect(gradeAnswer(answer, service).covered).toContain('cohort-order');
  });

  it('still reads "The VP told me: …" as someone else’s telling (must not deny)', () => {
    const answer = checklist('The VP told me: staff first, then everyone at once on Friday');
    expect(gradeAnswer(answer, service).covered).not.toContain('cohort-order');
  });
});
