import { describe, expect, it } from 'vitest';
import { fixtureScenario } from '../testing/fixtures';
import { gradeAnswer } from './gradeAnswer';

// The seventh round's families (corpus/README.md): groups named in any way placed in sequence,
// and stages held for a count of samples or a condition. Every sentence is our own wording.
const service = fixtureScenario({ changeKind: 'backend' });

function covers(answer: string, id: string): boolean {
  return gradeAnswer(answer, service).covered.includes(id);
}

describe('the grader hears groups placed in sequence, however they are named', () => {
  it.each([
    'First the new page goes to our own support agents, after that to the shoppers who signed up for previews, and after that to ordinary shoppers.',
    'First we show it to drivers in the depot who test our tools, then to part-time drivers, then to every other driver.',
    'First the nurses on our advisory panel get it, then small practices that asked for early features, then the remaining practices.',
  ])('credits the order in "%s"', (sentence) => {
    expect(covers(sentence, 'cohort-order')).toBe(true);
  });

  it.each([
    // A ramp of shares is not an order of groups.
    'First 1 % of users, then 5 % of users, then 25 % of users.',
    // An order turned down: the groups are not offered.
    'I would not bother with a staged order of staff, beta and then everyone; anyone can get it.',
    // One group with a reason is no order.
    'This matters because our customers file their taxes in April.',
  ])('does not credit "%s"', (sentence) => {
    expect(covers(sentence, 'cohort-order')).toBe(false);
  });
});

describe('the grader hears groups listed in order under a heading that asks who', () => {
  it('credits notes naming a group each under "Who gets it, in order"', () => {
    const answer =
      '## Who gets it, in order\n- the support desk team\n- members of the preview club\n- small shops that opted in\n- everyone else';
    expect(covers(answer, 'cohort-order')).toBe(true);
  });

  it.each([
    // Shares of traffic under the heading are a ramp, not groups.
    '## Who gets it, in order\n- 1 % of users\n- 10 % of users\n- all users',
    // A heading that names no order is a list of who is involved.
    '## Who is involved\n- the support desk team\n- members of the preview club',
  ])('does not credit "%s"', (answer) => {
    expect(covers(answer, 'cohort-order')).toBe(false);
  });
});

describe('the grader hears a stage held for a count of samples or a condition', () => {
  it.each([
    'We ramp 2 %, 10 %, 30 %, 100 %, and no stage advances until it has served at least 5,000 checkouts inside the limits.',
    'Stages are 5, 20, 50 and 100 percent; we wait at each one until the evaluator has scored at least 400 replies.',
    'We go in stages of 1 %, 10 % and 40 %, and each stage waits until we have seen a Monday morning peak.',
  ])('credits the holds in "%s"', (sentence) => {
    expect(covers(sentence, 'holds')).toBe(true);
  });

  it.each([
    // An experiment's split held for a while is no ramp.
    '10 % of users get the new flow and after two weeks we compare retention.',
    // Counts that are not a stage's condition to advance.
    'We have 2,000 merchants and 40 engineers on the payments team.',
  ])('does not credit "%s"', (sentence) => {
    expect(covers(sentence, 'holds')).toBe(false);
  });
});

// The eighth round (corpus/README.md): a heading that asks for groups in order makes its steps or
// notes groups, however they are worded. Every sentence is our own wording.
describe('the grader hears groups in order under a heading that names them', () => {
  it.each([
    'Cohorts, in order: staff → partner studios → independent makers → hobby sellers → marketplaces.',
    'We widen the new checkout slowly, and who sees it in what order matters more than the shares.\n' +
      '## Audience sequence\n1. Support desk\n2. Insiders club\n3. Weekend browsers\n4. Everyone else',
    'Who goes first: the help desk → design partners → casual readers → the institutions.',
    // Slashes under an order heading still order the groups.
    'Order: staff / beta testers / everyone else, because staff forgive breakage.',
  ])('credits the order in "%s"', (answer) => {
    expect(covers(answer, 'cohort-order')).toBe(true);
  });

  it.each([
    // Shares of traffic in the steps are a ramp.
    'Cohorts, in order: 1 % → 5 % → 25 % → 100 %.',
    // A heading with no order names who is involved, not a sequence.
    '## Audience\n1. Support desk\n2. Insiders club\n3. Weekend browsers',
    // An order of steps, not of groups: the heading asks for no one.
    'Order: ship quietly → watch the errors → widen it → done.',
    // Statements under the heading, not names of groups.
    '## Audience sequence\n1. ship the page quietly\n2. watch the errors\n3. widen it',
    // A label pointing at a slashed list of groups names them, it orders none.
    'Cohorts → staff / pilot / clinics / groups.',
  ])('does not credit "%s"', (answer) => {
    expect(covers(answer, 'cohort-order')).toBe(false);
  });
});

describe('the grader hears an advance on a metric condition held for a length (fifteenth round)', () => {
  it.each([
    "Stages 1 %, 5 %, 25 %, 50 %, 100 %. We don't move on a clock; we move when every number has been inside the lines for eight hours.",
    'Stages 2 %, 10 %, 50 %, 100 %. We move only once the metrics have stayed within the limits for a day.',
  ])('credits "%s"', (answer) => {
    expect(covers(answer, 'holds')).toBe(true);
  });

  it.each([
    // A speed, and a length that belongs to no advance.
    'Stages 1 %, 5 %, 25 %, 100 %. We move fast; the rollback takes two minutes.',
    'Stages 1 %, 5 %, 25 %, 100 %. We move when the sales team is ready; a fix takes a day.',
  ])('does not credit "%s"', (answer) => {
    expect(covers(answer, 'holds')).toBe(false);
  });
});

describe('the grader hears a stage held through a part of the day (sixteenth round)', () => {
  it.each([
    'Stages 2 %, 10 %, 40 %, 100 %; every stage is held through a breakfast rush and a full evening.',
    'Shares: 1 %, 5 %, 30 %, 100 %. Each one waits through a Monday morning before we widen it.',
    // An advance that waits for a period to pass.
    'Stages 1 %, 5 %, 25 %, 100 %; no stage moves on until a Saturday evening peak has gone by cleanly.',
    'Shares 2 %, 10 %, 50 %, 100 %: we advance only after the month-end batch window.',
  ])('credits "%s"', (answer) => {
    expect(covers(answer, 'holds')).toBe(true);
  });

  it.each([
    // How long someone watches, not a stage held through its load.
    'Stages 1 %, 5 %, 25 %, 100 %. I sit with the dashboard for the first hour, then we go on.',
    // Held through a part of the day, negated.
    "Stages 1 %, 5 %, 25 %, 100 %. We won't hold any stage through an evening; it's quiet then.",
    // An advance timed by the clock, not held for a period to pass.
    'Stages 1 %, 5 %, 25 %, 100 %. We advance after lunch, whatever the numbers say.',
  ])('does not credit "%s"', (answer) => {
    expect(covers(answer, 'holds')).toBe(false);
  });
});

// The twenty-fifth round: stages held by a length written beside their share.
describe('the grader hears shares each held for a length as held stages', () => {
  it('credits "25 % for a week, then 50 % for three days"', () => {
    expect(covers('We go to 25 % for a week, then 50 % for three days.', 'holds')).toBe(true);
  });

  it('does not credit one share held for a while, an experiment’s split (must not credit)', () => {
    expect(covers('We give 10 % for two weeks and then look at the numbers.', 'holds')).toBe(false);
  });
});

// The twenty-sixth round: nights count the length of a hold as days do.
describe('the grader hears a stage held for a count of nights', () => {
  it('credits "each held at least two nights"', () => {
    const answer = 'Shares go 2 → 10 → 40 → 100 %, each held at least two nights.';
    expect(covers(answer, 'holds')).toBe(true);
  });

  it('does not credit a night named with no count (must not credit)', () => {
    const answer = 'Shares go 2 → 10 → 40 → 100 %, and the night shift keeps an eye on it.';
    expect(covers(answer, 'holds')).toBe(false);
  });
});

// The twenty-ninth round: a stage's exit condition written as "done after …".
describe('the grader hears "done after 48 hours clean" as a hold', () => {
  it('credits stages whose exit is "Done after 48 hours clean."', () => {
    const answer =
      '1 %, the beta customers. Done after 48 hours clean. 25 %, then 50 %. Done after 72 hours clean at each.';
    expect(covers(answer, 'holds')).toBe(true);
  });

  it('does not credit "done" without a length or a condition (must not credit)', () => {
    expect(covers('1 %, then 25 %, then 100 %. Done.', 'holds')).toBe(false);
  });
});

// The thirty-first round: a length given as the least each stage lasts, with no verb.
describe('the grader hears "Minimum 24 hours at each" as a hold', () => {
  it('credits a ladder followed by "Minimum 24 hours at each."', () => {
    expect(covers('Stages: 2, 10, 40, 100. Minimum 24 hours at each.', 'holds')).toBe(true);
  });

  it('does not credit the least time a rollback takes (must not credit)', () => {
    const answer = 'Stages: 2, 10, 40, 100. A rollback needs a minimum 10 minutes to finish.';
    expect(covers(answer, 'holds')).toBe(false);
  });
});

// The thirty-first round: a plan told gate by gate gives each gate its length in a note after it.
describe('the grader hears a stage named by number with its length said next', () => {
  it('credits "Gate 2: beta users, about 2 % of traffic. Three days."', () => {
    const answer =
      'Gate 1: our own staff. Two days. Gate 2: beta users, about 2 % of traffic. Three days. Gate 3: 20 %. Two days.';
    expect(covers(answer, 'holds')).toBe(true);
  });

  it('does not credit how fast a stage is left (must not credit)', () => {
    expect(covers('1 %, 5 %, 25 %. Ten minutes to roll back.', 'holds')).toBe(false);
  });
});

// The thirty-eighth round: a step approved only after a length waits that long.
describe('a stage that advances only after a length is held that long', () => {
  it('earns holds for "each step will need both sign-offs, after 24 hours"', () => {
    const answer =
      'The ramp: 5 %, 25 %, 50 %, 100 %. Each step will need the payments lead’s sign-off and mine, after 24 hours that include a dinner peak.';
    expect(covers(answer, 'holds')).toBe(true);
  });

  it('does not read a rollback after a length as a hold (must not deny)', () => {
    const answer = 'The ramp: 5 %, 25 %, 50 %, 100 %. We roll back after 5 minutes over the line.';
    expect(covers(answer, 'holds')).toBe(false);
  });
});
