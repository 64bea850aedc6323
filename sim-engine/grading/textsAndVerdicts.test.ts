import { describe, expect, it } from 'vitest';
import { fixtureScenario } from '../testing/fixtures';
import { gradedFor } from '../testing/gradedFor';
import { splitSentences } from './sentences';

// The seventy-eighth round (corpus/README.md): a plan sent as text messages, one line each, is
// read line by line; "last:" gives its line a place in the order; whole weekdays counted are days;
// climbing is a change of stage; an alternative closed by its verdict ("…: rejected.") is turned
// down; a topic put as a bare question ("Rolling back?") commits to nothing; items under a heading
// that each say what one is ("Runs: the green circle is staff, …") are the heading's stages; a
// stage "holds 2,000 orders" as it holds for them. Every sentence is our own wording.
const service = fixtureScenario({ changeKind: 'backend' });
const { covered, credit, misconceptions } = gradedFor(service);
const lengths = (text: string) =>
  splitSentences(text).flatMap((sentence) =>
    sentence.tokens.filter((t) => t.unit === 'd').map((t) => `${t.value}d`),
  );

describe('a plan sent as text messages', () => {
  const texted = [
    'ok, plan for the new search service. sending it in bits',
    'mine: the order, the limits and how long each step waits before it goes up',
    "engineering's: routing",
    'first step 5 %, second step 25 %, then everyone',
    'each step waits two full Saturdays',
    'to go up: a yes from the search lead and me in the release log, nobody moves it on alone',
    "that's it",
  ].join('\n');

  it('reads each line as its own message, earning ownership, holds and sign-off', () => {
    expect(covered(texted)).toEqual(expect.arrayContaining(['pm-owns', 'holds', 'sign-off']));
  });

  it('still rejoins prose wrapped mid-phrase (must not deny)', () => {
    const wrapped = [
      'We go 5 %, 25 %, then everyone, and each stage holds for two days before the',
      'eng lead and I both sign at the',
      'next gate, every single time, with the limits written down before launch.',
    ].join('\n');
    expect(covered(wrapped)).toContain('sign-off');
  });
});

describe('a line that opens on its place in the order', () => {
  it('reads "last: the biggest accounts and brand-new customers" as the end of the order', () => {
    const ordered = [
      'first: our own staff, who use it daily.',
      'last: the biggest accounts and brand-new customers.',
    ].join('\n');
    expect(covered(ordered)).toContain('cohort-order');
  });
});

describe('whole weekdays counted as days', () => {
  it('reads "two full Saturdays" as a length of two days', () => {
    expect(lengths('Each step holds two full Saturdays.')).toEqual(['2d']);
  });

  it('reads "two full market Saturdays" as two days too', () => {
    expect(lengths('Each step holds two full market Saturdays.')).toEqual(['2d']);
  });

  it('does not read "across two Saturdays" as a length (must not deny)', () => {
    expect(lengths('The rollout runs across two Saturdays.')).toEqual([]);
  });

  it('does not read "a full Friday dinner" as a day (must not deny)', () => {
    expect(lengths('The 25 % step is held through a full Friday dinner.')).toEqual([]);
  });
});

describe('climbing as a change of stage', () => {
  it('reads "Climbing takes a yes from the ops lead and me" as a sign-off', () => {
    expect(
      covered('Climbing takes a yes from the ops lead and me, logged in the ticket.'),
    ).toContain('sign-off');
  });

  it('reads "To climb: a go from the ops lead and me" as a sign-off', () => {
    expect(covered('To climb: a "go" from the ops lead and me, logged in the ticket.')).toContain(
      'sign-off',
    );
  });

  it('reads "before we climb" as every advance', () => {
    const joint =
      'The ramp is 5 %, 25 %, then everyone. A yes from the ops lead and me before we climb.';
    expect(covered(joint)).toContain('sign-off');
  });
});

describe('an alternative closed by its verdict', () => {
  it('gives no credit for "Staff first, then opted-in users, big accounts last: rejected."', () => {
    const rejected =
      'Other options. 2) Staff first, then opted-in users, with the paying business accounts last since they lose the most: rejected.';
    expect(covered(rejected)).not.toContain('cohort-order');
  });

  it('turns down only its own item after a dash (must not deny)', () => {
    const strung =
      'We go staff first, then opted-in users, with the paying business accounts last since they lose the most — a big-bang launch on Monday: rejected.';
    expect(covered(strung)).toContain('cohort-order');
  });

  it('does not read "Limits picked once we see the graphs: rejected." as the misconception', () => {
    expect(misconceptions('Limits picked once we see the graphs: rejected.')).not.toContain(
      'thresholds',
    );
  });

  it('still reads the plan after a verdict’s full stop (must not deny)', () => {
    const after =
      'Big-bang launch: rejected. Staff first, then opted-in users, and big accounts last since they lose the most.';
    expect(covered(after)).toContain('cohort-order');
  });
});

describe('a topic put as a bare question', () => {
  it('gives "Rolling back?" no more than a mention on its own', () => {
    const asked =
      'Rolling back? The new form ships today to every customer in every region at once, and the team is proud of it.';
    expect(credit(asked, 'rollback')).toBeLessThan(0.5);
  });

  it('reads an answer whose first verb is negated as refusing what was asked', () => {
    const refused =
      "Rolling back? We won't set up a switch for the on-call to flip. If it's broken we fix forward.";
    expect(credit(refused, 'rollback')).toBeLessThan(0.5);
  });

  it('still reads the answer after it (must not deny)', () => {
    const answered =
      'Rolling back? On-call flips the flag back in two minutes, any hour, without asking me.';
    expect(covered(answered)).toContain('rollback');
  });
});

describe('stages named under a heading, and held for a count', () => {
  it('reads "Runs: the green circle is …, the blue square is 5 %, …" as three runs', () => {
    const runs =
      'Runs: the green circle is our own workspaces, the blue square is 5 % of teams, the black diamond is 25 %, then 50, then everybody. Each run holds through a full long weekend and the Monday morning after.';
    expect(covered(runs)).toContain('holds');
  });

  it('reads "each stage holds 2,000 orders" as a hold counted in orders', () => {
    const counted =
      'We go 5 %, then 25 %, then 50 %, then everyone. Each stage holds 2,000 orders.';
    expect(covered(counted)).toContain('holds');
  });
});
