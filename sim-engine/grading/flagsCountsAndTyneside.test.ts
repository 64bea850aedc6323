import { describe, expect, it } from 'vitest';
import { fixtureScenario } from '../testing/fixtures';
import { gradedFor } from '../testing/gradedFor';
import { gradeAnswer } from './gradeAnswer';

// The seventy-third round (corpus/README.md): a go-ahead given as the green flag or quoted as
// "crack on", "before any move" as every move, stages held for a count of events, a ramp whose
// last note names everyone, "nae" opening a note of its own, "efter" for "after", and answers
// written in Tyneside speech. Every sentence is our own wording.
const service = fixtureScenario({ changeKind: 'backend' });
const { covered } = gradedFor(service);
const misreadPoints = (answer: string) =>
  gradeAnswer(answer, service).misconceptions.map((misconception) => misconception.point);
const ramp = 'Stages: 5 %, 25 %, 50 %, then 100 %. ';

describe('a go-ahead given as the green flag', () => {
  it('reads "before each stage Priya (support lead) and Tom (ops lead) both give it the green flag" as a sign-off', () => {
    const flag = `${ramp}Before each stage Priya (support lead) and Tom (ops lead) both give it the green flag.`;
    expect(covered(flag)).toContain('sign-off');
  });
});

describe('a go-ahead quoted as "crack on"', () => {
  it('reads "before each stage Priya and the ops lead both say "right, carry on"" as a sign-off', () => {
    const quoted = `${ramp}Before each stage Priya and the ops lead both say "right, carry on".`;
    expect(covered(quoted)).toContain('sign-off');
  });

  it('reads "before any move" as before every move', () => {
    const anyMove = `${ramp}Priya and the ops lead both say "crack on" before any move.`;
    expect(covered(anyMove)).toContain('sign-off');
  });

  it('does not read a go-ahead nobody needs to say as a sign-off (must not deny)', () => {
    const denied =
      `${ramp}There's no hold at each stage — nobody needs to say "right, crack on", I'd not ` +
      'have a sign-off at all — and the flag just goes.';
    expect(covered(denied)).not.toContain('sign-off');
  });

  it('does not read a quotation that says more than a go-ahead as a sign-off (must not deny)', () => {
    const more = `${ramp}Before each stage Priya and the ops lead both say "carry on as before, but slower".`;
    expect(covered(more)).not.toContain('sign-off');
  });
});

describe('stages held for a count of events', () => {
  it('reads "Second stage: 25 %, held for 1,500 orders" as a hold', () => {
    const counted =
      'Stages:\n- First stage: 5 %, held for 400 orders.\n- Second stage: 25 %, held for 1,500 ' +
      'orders.\n- Last stage: 100 %.';
    expect(covered(counted)).toContain('holds');
  });

  it('does not read a stage built for a count of users as a hold (must not deny)', () => {
    const built =
      'Stages:\n- First stage: 5 %, built for 400 users.\n- Second stage: 25 %, sized for 1,500 ' +
      'users.\n- Last stage: 100 %.';
    expect(covered(built)).not.toContain('holds');
  });
});

describe('a ramp whose last note names everyone', () => {
  // Each dock's hold in a clause of its own: two shares "held until" a count are held stages on
  // their own (the hundred-and-eighth round), and this reads only what the last note adds.
  const docks =
    'I own the order and the limits, and engineering own the flag. Dock one is staff at 5 %; ' +
    'it stays until 500 tickets are read. Dock two is 30 %; it stays until 2,000 tickets are read. ';

  it('reads "Dock one is 5 %, … Dock two is 30 %, … Dock three, everyone." as a held ramp', () => {
    expect(covered(`${docks}Dock three, everyone.`)).toContain('holds');
  });

  it('does not read a long sentence about everyone after two shares as the last stage (must not deny)', () => {
    const rota = 'Dock three, everyone on the support rota reads the notes.';
    expect(covered(`${docks}${rota}`)).not.toContain('holds');
  });
});

describe('"nae" opening a note of its own', () => {
  it('does not read "a routing switch, nae redeploy" as rolling back by redeploying', () => {
    const rollback =
      'On call can switch the route back on their own, any hour, in two minutes, nae redeploy.';
    expect(misreadPoints(rollback)).not.toContain('rollback');
  });

  it('keeps what a run-on transcript owns after a "nae" inside its clause (must not deny)', () => {
    const transcript =
      "so the worry is the evening and there's nae quiet hour at all then what's mine is " +
      'the order the limits and the holds and the platform team own the routing and the deploy';
    expect(covered(transcript)).toContain('pm-owns');
  });
});

describe('"efter" for "after"', () => {
  it('reads "Better\'s a randomised A/B test efter" as the difference from a canary', () => {
    expect(
      covered("Canary says safe, not better. Better's a randomised A/B test efter."),
    ).toContain('canary-vs-ab');
  });
});

describe('answers written in Tyneside speech', () => {
  const tyneside =
    "Aa'd gan canny wi' this. The way Aa see it, the canary is wor A/B test. Whichever half " +
    'books more wins, and that tells us the new model is better. Aa divvent want owt else.';

  it('reads "the canary is wor A/B test" as the canary mistaken for an experiment', () => {
    expect(misreadPoints(tyneside)).toContain('canary-vs-ab');
  });

  it('keeps the Scots reading of "nae" where an answer writes Scots as well (must not deny)', () => {
    const both =
      "Aa'd put it plain, wor lads gan oot and aboot, up and doon the road. On call switches " +
      'the route back in two minutes nae redeploy.';
    expect(misreadPoints(both)).not.toContain('rollback');
  });
});
