import { describe, expect, it } from 'vitest';
import { fixtureScenario } from '../testing/fixtures';
import { gradedFor } from '../testing/gradedFor';
import { gradeAnswer } from './gradeAnswer';
import { readAnswer } from './sentences';

// The seventy-fifth round (corpus/README.md): a sign-off given as two people who both put their
// name to a board or both say a short go-ahead, whatever the words, before the next stage; a
// limit set as a number "past where we are now"; and a task in meeting notes ("Me: send …")
// that gives the speaker a job, not the release's decisions; and holds set out as "each district
// holds two days", under a "Holds." heading, or as a stage's label with its share alone. Every
// sentence is our own wording.
const service = fixtureScenario({ changeKind: 'backend' });
const { covered } = gradedFor(service);
const ramp = 'Stages: 5 %, 25 %, 50 %, then 100 %. ';

describe('two people who both put their name to a stage', () => {
  it('reads "before we leave each stage, Ana and me both put our name on the board" as a sign-off', () => {
    const board = `${ramp}Before we leave each stage, Ana from data and me both put our name on the release board.`;
    expect(covered(board)).toContain('sign-off');
  });

  it('reads names set apart by commas before "and me both put …" as one clause', () => {
    const apposed = `${ramp}Each step: Ana Ruiz, our data lead, and me both put our name on the release sheet.`;
    expect(covered(apposed)).toContain('sign-off');
  });

  it('reads "nobody moves to the next stage till …" as a condition on every stage', () => {
    const till = `${ramp}Nobody moves to the next stage till the ops lead and me have both put our name on the sheet.`;
    expect(covered(till)).toContain('sign-off');
  });

  it('still reads terms strung on commas before "and I think …" as a list (must not deny)', () => {
    const [terms] = readAnswer('Rollback, routing, canary, and I think holds.').sentences;
    expect(terms?.isClause).toBe(false);
  });

  it('does not read "a name" written for a stage as a mark of assent (must not deny)', () => {
    const naming = `${ramp}Before every stage the ops lead and I pick a name for it and write it up.`;
    expect(covered(naming)).not.toContain('sign-off');
  });
});

describe('two people who both say a short go-ahead', () => {
  it('reads "nobody moves to the next lock until X and I both say ‘all clear’" as a sign-off', () => {
    const lock = `${ramp}Nobody moves to the next lock until the ops lead and I both say 'all clear'.`;
    expect(covered(lock)).toContain('sign-off');
  });

  it('reads "before opening each lane, X and I both say "happy"" as a sign-off', () => {
    const lane = `${ramp}Before opening each lane, the data lead and I both say "happy" in the channel.`;
    expect(covered(lane)).toContain('sign-off');
  });

  it('does not read a quotation both say at a launch party as a stage’s sign-off (must not deny)', () => {
    const party = `${ramp}The ops lead and I both say 'ship it' at the launch party.`;
    expect(covered(party)).not.toContain('sign-off');
  });

  it('does not read a long quotation both say as a go-ahead (must not deny)', () => {
    const remark = `${ramp}Nobody moves to the next lock until the ops lead and I both say "the graphs look flat to us this week".`;
    expect(covered(remark)).not.toContain('sign-off');
  });
});

describe('a limit set as a number past where things are now', () => {
  it('reads "if it’s gone 0.4 % past where we are now, we pull it" as an error limit', () => {
    const past = 'Error rate: if it’s gone 0.4 % past where we are now, we pull it.';
    expect(covered(past)).toContain('thresholds');
  });

  it('still reads "10 % past the first weekend" as a stage of the ramp (must not deny)', () => {
    const weekend =
      'We go to 10 % past the first weekend, then 50 %, then everyone, two days each.';
    expect(covered(weekend)).toContain('holds');
  });
});

describe('a task in meeting notes given to the speaker', () => {
  it('does not read "Me: send the limits round to the team" as owning the release', () => {
    expect(covered('Me: send the limits round to the team.')).not.toContain('pm-owns');
  });

  it('still reads "Me: decide the order and the limits" as owning them (must not deny)', () => {
    expect(covered('Me: decide the order and the limits.')).toContain('pm-owns');
  });

  it('still reads "Me: the order, the limits, the holds" as owning them (must not deny)', () => {
    const owned = gradeAnswer('Me: the order, the limits, the holds.', service);
    expect(owned.covered).toContain('pm-owns');
  });
});

describe('holds set out in turn, under a heading, or as labelled stages', () => {
  const order = 'Order: staff, then the opted-in, then everyone else. ';
  const districts =
    'Old Town: our own staff. The Harbour: the opted-in. Hill Farms: everyone else. ';
  const holdsCredit = (text: string) =>
    gradeAnswer(text, service).points.find((point) => point.id === 'holds')?.credit ?? 0;

  it('reads "each district holds at least two days" as stages held in turn', () => {
    const held = `${districts}Each district holds at least two days before the next one.`;
    expect(covered(held)).toContain('holds');
  });

  it('reads "Pass one, …. Pass two, …. Pass three, …" as stages held in turn', () => {
    const passes =
      'Pass one, our own staff. Pass two, the opted-in. Pass three, everyone else. ' +
      'Each pass holds at least two days before the next one.';
    expect(covered(passes)).toContain('holds');
  });

  it('reads lengths given in turn under a "Holds." heading as the stages’ holds', () => {
    const headed = `${order}\nHolds.\nStaff for two days, the opted-in a full week, then everyone after a full month-end.`;
    expect(covered(headed)).toContain('holds');
  });

  it('reads "Holds: three full days per district" as one length at every stage', () => {
    expect(covered(`${order}Holds: three full days per district.`)).toContain('holds');
  });

  it('reads "Bloom: 100 %." as the last stage of a ramp', () => {
    const garden = 'Seed: staff, 2 %, three days. Sprout: 20 %, a full week. Bloom: 100 %.';
    expect(covered(garden)).toContain('holds');
  });

  it('does not read "each dashboard holds 30 days of data" as a hold (must not deny)', () => {
    expect(covered(`${districts}Each dashboard holds 30 days of data.`)).not.toContain('holds');
  });

  it('does not read "each limit stays fixed for the whole rollout" as a hold (must not deny)', () => {
    expect(covered(`${districts}Each limit stays fixed for the whole rollout.`)).not.toContain(
      'holds',
    );
  });

  it('does not read a "Holds." heading over no length as holds (must not deny)', () => {
    const none = `${order}\nHolds.\nNone at all: we go straight to everyone in one step.`;
    expect(covered(none)).not.toContain('holds');
  });

  it('does not read limits written as "Timeouts: 1 %." notes as a ladder of stages (must not deny)', () => {
    const held = 'Staff get 1 % for two days.';
    const notes = `${held} Timeouts: 5 %. Refunds: 20 %. Complaints: 50 %.`;
    expect(holdsCredit(notes)).toBe(holdsCredit(held));
  });
});
