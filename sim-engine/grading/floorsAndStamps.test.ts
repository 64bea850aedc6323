import { describe, expect, it } from 'vitest';
import { fixtureScenario } from '../testing/fixtures';
import { gradedFor } from '../testing/gradedFor';
import { splitSentences } from './sentences';

// The sixty-seventh round (corpus/README.md): stages named by the answer's own word (floors,
// rounds) and approved at "every round", stamps from leads the role list does not name, an
// answer's title kept apart from its first sentence, the largest customers and the company's own
// people said in plain words, a "Who says go?" answered, and a dash that ends a note's "first".
// Every sentence is our own wording.
const service = fixtureScenario({ changeKind: 'backend' });
const { covered, credit, misconceptions } = gradedFor(service);
const rounds =
  'Round one: our own support agents. Two days. Round two: the opted-in beta teams. Three days. ' +
  'Final round: everyone else, largest clients last. Four days. ';
const namesOnEach = "needs two names on the release sheet: mine and the eng lead's.";

describe("stages named by the answer's own word", () => {
  it('reads "every round needs two names" as a sign-off at each stage', () => {
    expect(covered(`${rounds}Every round ${namesOnEach}`)).toContain('sign-off');
  });

  it('does not read names on "every round" that nobody puts as a sign-off (must not deny)', () => {
    expect(credit(`${rounds}Every round needs two names on the release sheet.`, 'sign-off')).toBe(
      0,
    );
  });

  it('places the groups its entries name in an order', () => {
    expect(covered(rounds)).toContain('cohort-order');
  });

  it('does not learn a stage word from labels that hold no share or length (must not deny)', () => {
    const answer = `Round one: our agents. Round two: the beta teams. Final round: everyone else. Every round ${namesOnEach}`;
    expect(covered(answer)).not.toContain('sign-off');
  });

  it('does not learn a stage word from one label said three times (must not deny)', () => {
    const answer = `Next round: two days. Next round: three days. Next round: four days. Every round ${namesOnEach}`;
    expect(covered(answer)).not.toContain('sign-off');
  });

  it('does not learn a stage word from two labels (must not deny)', () => {
    const answer = `Round one: our agents. Two days. Round two: the beta teams. Three days. Every round ${namesOnEach}`;
    expect(covered(answer)).not.toContain('sign-off');
  });
});

describe('stamps from named leads', () => {
  it('reads two stamps from leads the role list does not name as the sign-off', () => {
    const answer =
      "Each advance takes two stamps: the merchandising lead's and the analytics lead's.";
    expect(covered(answer)).toContain('sign-off');
  });

  it('does not read stamps nobody gives as a sign-off (must not deny)', () => {
    expect(covered('Each advance takes two stamps.')).not.toContain('sign-off');
  });
});

describe("an answer's title", () => {
  it('stands apart from the first sentence, so a role table under it is read', () => {
    const answer =
      'ROLLOUT NOTE: the new quote service\nRelease decisions (who goes first, limits, holds): me, the PM. Routing and flags: the platform engineers.';
    expect(covered(answer)).toContain('pm-owns');
  });

  it('leaves a Markdown heading with the notes under it (must not deny)', () => {
    expect(credit('## What I own\nEngineering moves the traffic.', 'pm-owns')).toBe(1);
  });

  it("leaves a salad's first line in lower case with the line after it (must not deny)", () => {
    const answer =
      'fare canary — staff 20% p95 / beta 0.4% sign-off\nVIP last rollback 12h lag baseline 3% fare page server-side -1% trips on-call <4 min flag, A/B ≠ canary, gate 300ms 100% days later.';
    expect(covered(answer)).toEqual([]);
  });

  it('leaves a first line of two words with the note after it (must not deny)', () => {
    const answer = 'Me: decisions\nPlatform: deploy, routing. Staff > beta > loyalty members last.';
    expect(credit(answer, 'pm-owns')).toBe(1);
  });
});

describe('customers and people in plain words', () => {
  it('reads "the big payroll employers" first as the largest customers put first', () => {
    const answer = 'We start with the big payroll employers, since they give the most feedback.';
    expect(misconceptions(answer)).toContain('cohort-order');
  });

  it('does not read "big-city clients" as the largest customers (must not deny)', () => {
    const answer = 'We start with the big-city clients, since they give the most feedback.';
    expect(misconceptions(answer)).not.toContain('cohort-order');
  });

  it('does not read "the big software companies" as our customers (must not deny)', () => {
    const answer = 'We start with the big software companies, since they give the most feedback.';
    expect(misconceptions(answer)).not.toContain('cohort-order');
  });

  it('does not read "a big win for customers" as the largest customers (must not deny)', () => {
    const answer = 'We start with a big win for customers, since it gives the most feedback.';
    expect(misconceptions(answer)).not.toContain('cohort-order');
  });

  it('does not place "our largest German clients" when we only talk to them (must not deny)', () => {
    const answer =
      'Staff go first, then the opted-in beta. I would also talk to our largest German clients first.';
    expect(misconceptions(answer)).not.toContain('cohort-order');
  });

  it('does not read "a big customer survey" as customers (must not deny)', () => {
    const answer = 'We start with a big customer survey, since it gives the most feedback.';
    expect(misconceptions(answer)).not.toContain('cohort-order');
  });

  it('reads "our own support agents" as an internal group', () => {
    expect(covered('Our own support agents first, then the opted-in beta.')).toContain(
      'cohort-order',
    );
  });

  it('does not read "our own customers" as an internal group (must not deny)', () => {
    expect(covered('Our own customers first, then the opted-in beta.')).not.toContain(
      'cohort-order',
    );
  });

  it('reads Scots "ain" and "intae" in standard spelling', () => {
    const words = splitSentences(
      "Oor ain staff get it first, no the public. Then folk that opted intae the beta, wi' the wee shops last, tae be safe.",
    ).flatMap((sentence) => sentence.tokens.map((token) => token.text));
    expect(words).toEqual(expect.arrayContaining(['own', 'into']));
  });
});

describe('groups told and asked, not exposed', () => {
  const order = 'Staff go first, then the opted-in beta. ';

  it('does not read briefing the biggest clients first as putting them first', () => {
    const answer = `${order}Customer success would brief the biggest clients first.`;
    expect(misconceptions(answer)).not.toContain('cohort-order');
  });

  it('does not read checking in with the biggest clients first as putting them first', () => {
    const answer = `${order}I would check in with the biggest clients first, by phone.`;
    expect(misconceptions(answer)).not.toContain('cohort-order');
  });
});

describe('"ain\'t" spelled as spoken', () => {
  it('reads "all that ent worth it" after a list as turning the list down', () => {
    const answer =
      'Staff first, beta people, the largest clients last, all that ent worth it for a home screen.';
    expect(covered(answer)).not.toContain('cohort-order');
  });
});

describe('"Who says go?" answered', () => {
  const ramp = 'We ramp 5 %, 25 %, then 100 %, a day at each. Who says go? ';

  it('reads the named people who give the go in the next sentence as the sign-off', () => {
    const answer = `${ramp}In the release channel, "go from Asha", she's the eng lead, and "go from Tom", that's me.`;
    expect(covered(answer)).toContain('sign-off');
  });

  it('does not read a short answer naming nobody as the sign-off (must not deny)', () => {
    expect(covered(`${ramp}The dashboard, after a green day.`)).not.toContain('sign-off');
  });
});

describe('a dash ends a note', () => {
  it('does not let a "first" before a dash put the largest accounts first', () => {
    const answer = 'Staff, then the opted-in beta, small teams first — enterprise accounts last.';
    expect(misconceptions(answer)).not.toContain('cohort-order');
  });
});
