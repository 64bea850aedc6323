import { describe, expect, it } from 'vitest';
import { fixtureScenario } from '../testing/fixtures';
import { gradeAnswer } from './gradeAnswer';

// The fourteenth round (corpus/README.md): an order of exposure needs groups given places in it,
// not groups named somewhere in a business case. Every answer is our own wording.
const model = fixtureScenario();

function coversOrder(answer: string): boolean {
  return gradeAnswer(answer, model).covered.includes('cohort-order');
}

describe('groups named but never placed in an order are not a cohort order', () => {
  it.each([
    // Groups in a business case, each far from any order word.
    "Before launch I'd interview a few heavy customers. Then I'd write the business case for new customers and get buy-in from Finance. Since we're one of the provider's biggest accounts, we should get early access to their roadmap.",
    // One group placed first; the other is the baseline of a comparison.
    'We route 10 % of traffic to the new page, starting with staff since they use it daily, and compare conversion between the canary group and everyone else.',
    'Staff go first because they forgive rough edges, and we measure the canary against regular customers on the old page.',
    // Groups listed for another purpose, with an order word that places none of them.
    "Enterprise customers, beta users and staff each have their own account manager; I'd brief all three before launch.",
    "We'd watch staff, beta users and enterprise customers separately on the dashboard, because each behaves differently.",
    // A bare run of group names in an answer that is mostly strings of terms.
    'Canary. Cohorts. Staff → beta → general → enterprise. Thresholds 0.5 % errors. p99 200 ms. Holds 24 h. Sign-off PM + eng lead. Rollback flag 2 min on-call. A/B after. Safe not better.',
  ])('does not credit "%s"', (answer) => {
    expect(coversOrder(answer)).toBe(false);
  });
});

describe('an order however it is laid out is still credited', () => {
  it.each([
    '## Exposure order\n1. Our own staff.\n2. Preview customers who opted in.\n3. Enterprise accounts, because they pay the most and would feel an outage first.',
    'Stage 1 %: employees. Stage 5 %: pilot clinics, because they asked for early features. Stage 25 %: everyone else, with enterprise tenants last.',
    'Employees and beta testers first. Regular customers after that. Enterprise accounts go last because an outage costs them the most.',
    "I'd start with our own support agents, then the shops that volunteered for early features, then small shops, and the big chains last, because they'd leave as a block.",
    'Who sees it: our own team, then the writers on the waitlist, then regular users, and paying accounts at the very end, since they have the least patience for bugs.',
    'Internal users get it on day one; the opt-in beta group a couple of days later; ordinary customers after that; our biggest contracts only once everything else has been clean for a week, because losing one of them hurts most.',
    'Ring 0 is our own engineers. Ring 1 is the early-access list. Ring 2 is regular users. Ring 3, the large accounts, because they are the least forgiving.',
  ])('credits "%s"', (answer) => {
    expect(coversOrder(answer)).toBe(true);
  });
});

// The sixteenth round: a note placing its group with a word of place states the step.
describe('notes that place their groups are steps of the order', () => {
  it.each([
    'My part\nAs product manager I decide the limits and the waits.\n\nOrder of groups\nFirst our employees.\nThen the preview club, they accept rough edges.\nThen shoppers with coupons, because their baskets are small.\n\nLimits\nErrors no more than 0.5 % over control.',
  ])('credits "%s"', (answer) => {
    expect(coversOrder(answer)).toBe(true);
  });

  it.each([
    // Strings of terms, whatever their place words.
    'Canary. Staff first. Beta then. Thresholds 0.5 %. Holds 24 h. Sign-off PM. Rollback flag. A/B after.',
  ])('does not credit "%s"', (answer) => {
    expect(coversOrder(answer)).toBe(false);
  });
});

// The twenty-fourth round: a release timeline's entries are its stages, in the order they run.
describe('groups named in the entries of a timeline are placed in its order', () => {
  it.each([
    'Tuesday 09:00 — 1 %, our own staff only, since they report oddities at once.\nThursday 09:00 — 5 %, the opted-in preview customers.\nMonday 09:00 — 50 %, regular customers; enterprise tenants stay on the old version for now.',
    'Day 1: employees at 1 %, because they forgive rough edges.\nDay 3: the beta group at 5 %.\nDay 7: everyone else at 50 %.',
    // The thirty-second round: times counted from launch.
    'T+0 (Mon 10:00): staff accounts at 1 %.\nT+1d (Tue 10:00): the opted-in beta testers at 5 %.\nT+3d (Thu 10:00): ordinary customers in two small markets at 25 %.',
  ])('credits "%s"', (answer) => {
    expect(coversOrder(answer)).toBe(true);
  });

  it.each([
    // Must not deny the rule's limit: days that name groups for another purpose order none.
    "Monday, I'd brief staff, beta users and enterprise customers on what is coming. Tuesday, I'd write the business case.",
  ])('does not credit "%s"', (answer) => {
    expect(coversOrder(answer)).toBe(false);
  });
});

// The twenty-fourth round: returning customers and first-time buyers are groups of an order, and
// the "first" in "first-time" places no one.
describe('returning customers and first-time buyers as groups', () => {
  it('credits returning customers first and first-time buyers held back', () => {
    expect(
      coversOrder(
        "Returning customers get it first. First-time shoppers stay on the old page until it has held up, because if they bounce we've lost them.",
      ),
    ).toBe(true);
  });

  it('does not read the "first" of "first-time" as a place (must not credit)', () => {
    expect(
      coversOrder(
        "The lab only saw returning customers, but I'd want to interview a few first-time buyers too, because their needs differ.",
      ),
    ).toBe(false);
  });
});

describe('people a study talks to are not a group exposed', () => {
  it('gives no cohort credit for groups named as the people interviewed', () => {
    const grade = gradeAnswer(
      'Before any launch I would interview ten first-time buyers and talk to a few returning customers about the new page.',
      model,
    );
    expect(grade.points.find((point) => point.id === 'cohort-order')?.credit).toBe(0);
  });
});

// The twenty-fifth round: gates as the names of stages, and groups named by what they are to us.
describe('an order told as gates, and groups named by their size or trial', () => {
  it.each([
    'Gate 0 — our own workspaces, about 1 % of reads.\nGate 1 — beta workspaces that opted in, 5 %.\nGate 2 — the largest accounts, 100 %, because an outage costs them most.',
    'Our own workspaces go first, since we live in the tool all day. Then the teams that opted into the beta. The biggest accounts and anyone mid-trial go last: a trial that crawls does not convert.',
  ])('credits "%s"', (answer) => {
    expect(coversOrder(answer)).toBe(true);
  });

  it('does not read a gate that names only who signs as a stage of groups (must not credit)', () => {
    expect(coversOrder('Gate: the eng lead and I sign. Gate: the eng lead and I sign again.')).toBe(
      false,
    );
  });
});

describe('"low risk" names a group only before its people', () => {
  it('gives no cohort credit for a change called low risk', () => {
    const grade = gradeAnswer(
      "Honestly this one's low risk — it's a pricing page. I'd put it live for some users, then for everyone.",
      model,
    );
    expect(grade.points.find((point) => point.id === 'cohort-order')?.credit).toBe(0);
  });

  it('still credits low-risk users placed first (must not deny)', () => {
    expect(
      coversOrder(
        'Low-risk users on the free plan first, then everyone else, and enterprise accounts last because an outage costs them most.',
      ),
    ).toBe(true);
  });
});

// The thirty-second round: an answer that weighs two options for each decision and picks one.
describe('options weighed before one is picked', () => {
  const misconceptions = (answer: string) =>
    gradeAnswer(answer, model).misconceptions.map((found) => found.point);

  it('raises no misconception from a question that lays out options', () => {
    const answer =
      'Who goes first: a random 5 % of stores, or a chosen order? Staff first, then beta stores, the largest chains last. Limits: set them as we go, or fix them now? Now: errors 0.5 % over control.';
    expect(misconceptions(answer)).toEqual([]);
    expect(coversOrder(answer)).toBe(true);
  });

  it('raises none from random conceded a merit, then objected to with "but it could …"', () => {
    const answer =
      'Random is the tidier sample, but it could put a busy store on the new model first. So staff first, then beta stores, the largest chains last.';
    expect(misconceptions(answer)).toEqual([]);
  });

  it('still reads random endorsed with a condition as the misconception (must not deny)', () => {
    const answer = 'Start with a random 5 % of stores, but it has to include staff.';
    expect(misconceptions(answer)).toContain('cohort-order');
  });

  it('still reads a question that proposes random as no statement either way (must not credit)', () => {
    expect(coversOrder('A random 5 % of stores, or a chosen order?')).toBe(false);
  });
});

// The thirty-second round: the first place asked for in a heading.
describe('the most valuable customers put first under "Who goes first:"', () => {
  const misconceptions = (answer: string) =>
    gradeAnswer(answer, model).misconceptions.map((found) => found.point);

  it('reads "Who goes first: our largest enterprise accounts." as the misconception', () => {
    const answer = 'Who goes first: our largest enterprise accounts. Smaller shops follow.';
    expect(misconceptions(answer)).toContain('cohort-order');
  });

  it('credits "Who goes first: staff …, enterprise accounts last." (must not deny)', () => {
    const answer =
      'Who goes first: our staff, then beta shops, and our largest enterprise accounts last.';
    expect(misconceptions(answer)).toEqual([]);
    expect(coversOrder(answer)).toBe(true);
  });
});

// The thirty-fourth round: the interviewer's random slice pushed back on, and argued against.
describe('a random slice suggested by the interviewer and argued against', () => {
  const misconceptions = (answer: string) =>
    gradeAnswer(answer, model).misconceptions.map((found) => found.point);

  it('reads no misconception in "You suggested a random 10 %. I\'d push back on that."', () => {
    const answer =
      "You suggested sending it to a random 10 % of users. I'd push back on that. Staff first, then beta users, then everyone, the biggest accounts last.";
    expect(misconceptions(answer)).toEqual([]);
  });

  it('reads none in "A random slice lets them in by accident and their complaints get averaged away"', () => {
    const answer =
      'A random slice lets Danish users in by accident, and their complaints get averaged away. So staff first, then beta users, then everyone, the biggest accounts last.';
    expect(misconceptions(answer)).toEqual([]);
  });

  it('still reads "You suggested a random 10 %, and I agree with that." as the misconception (must not deny)', () => {
    const answer = 'You suggested a random 10 % of users. I agree with that: we start there.';
    expect(misconceptions(answer)).toContain('cohort-order');
  });
});
