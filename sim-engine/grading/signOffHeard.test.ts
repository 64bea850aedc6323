import { describe, expect, it } from 'vitest';
import { fixtureScenario } from '../testing/fixtures';
import { gradeAnswer } from './gradeAnswer';
import { readAnswer } from './sentences';
import { detectSignOff } from './signOff';

// The eighth round's sign-off family (corpus/README.md): a named person or role assents before
// each widening, however the assent and the role are said. Every sentence is our own wording.
const service = fixtureScenario({ changeKind: 'backend' });

function covers(answer: string): boolean {
  return gradeAnswer(answer, service).covered.includes('sign-off');
}

describe('the grader hears a named role assenting before each widening', () => {
  it.each([
    // Assent as a verb whose object is the stage.
    'Me and the data lead okay each step, in writing.',
    'The support lead and I ok every promotion before traffic moves.',
    // A who-question answered by roles of any team ("the payments lead"), the tagger's "lead" verb.
    'Q: Who approves a widening?\nA: The fraud lead and I, both in writing, at every gate.',
  ])('credits "%s"', (answer) => {
    expect(covers(answer)).toBe(true);
  });

  it.each([
    // Assent to something other than a stage, or by no one named.
    'We ok the plan once at kickoff and then let the ramp run.',
    'Users okay each step of the signup wizard.',
    // A who-question answered by a refusal.
    'Q: Who approves a widening?\nA: Nobody, the ramp runs on its own.',
    // Reported, then turned down in the next sentence after an opener.
    'The textbook answer is a sign-off from the tech lead at each stage. But in practice we never did that and it was fine.',
  ])('does not credit "%s"', (answer) => {
    expect(covers(answer)).toBe(false);
  });
});

describe('assent that describes a group approves no stage (fourteenth round)', () => {
  it.each([
    'We go first to our colleagues, then to the testers who say yes to new things, then to everyone.',
    'The beta group is made of customers who said yes to early features; each step lasts a day.',
  ])('does not credit "%s"', (answer) => {
    expect(covers(answer)).toBe(false);
  });

  it('still credits a question of who approves answered in the plan', () => {
    expect(
      covers(
        'I own four things: who goes first, the limits, the holds, and who approves moving on. Each step needs a written yes from me and the ML lead.',
      ),
    ).toBe(true);
  });
});

describe('"till" is "until": an exception after a quantifying negator (fifteenth round)', () => {
  it.each([
    'Nobody widens the ramp till the eng lead and I both approve it in writing.',
    'No stage opens till I sign off together with the SRE lead.',
  ])('credits "%s"', (answer) => {
    expect(covers(answer)).toBe(true);
  });

  it('does not credit an approval denied outright', () => {
    expect(covers('Nobody has to approve a step; we go till it breaks.')).toBe(false);
  });
});

// The sixteenth round: a pronoun inside the phrasal verb of a stage change, and "in" opening the
// place an assent is given.
describe('an assent given somewhere before a stage moves (sixteenth round)', () => {
  it.each([
    'No one bumps it up without the data lead and me both giving a go in the release thread.',
    'Nobody pushes it up unless the SRE lead and I each say yes in writing.',
    // Marks a stage change takes: "one of two signatures to go up a step".
    'I am one of two signatures to move up a stage; the other is the data lead.',
  ])('credits "%s"', (answer) => {
    expect(covers(answer)).toBe(true);
  });

  it.each([
    // Another verb: "sign in", "go live".
    'Nobody bumps it up; the data lead and I sign in to the console to watch.',
    'We push it up when the numbers are fine and go live on Friday.',
    // A signature for something else.
    'The data lead and I are the two signatures to release the budget for the next stage.',
  ])('does not credit "%s"', (answer) => {
    expect(covers(answer)).toBe(false);
  });
});

// The sixteenth round: a quantifying subject makes "without" its exception even where the model
// marks no negation after it.
describe('"nothing advances without" names what every advance needs', () => {
  it.each([
    "Nothing advances without my name and the data lead's on the go/no-go.",
    'Nothing widens without a written go from me and the SRE lead at each stage.',
  ])('credits "%s"', (answer) => {
    expect(covers(answer)).toBe(true);
  });

  it.each([
    // The subject's reach ends at the comma: the approval is what is done without.
    'Nobody asked, so we widen without a sign-off from me or the SRE lead at each stage.',
  ])('does not credit "%s"', (answer) => {
    expect(covers(answer)).toBe(false);
  });
});

// The seventeenth round: "before any" quantifies over every stage change, as "before every" does.
describe('"before any" change of stage is before every one', () => {
  it('credits a joint assent before any bump', () => {
    expect(covers('Priya and I both give a thumbs-up in the channel before any bump.')).toBe(true);
  });

  it('does not make a single launch approval one at every gate (must not deny)', () => {
    const { sentences } = readAnswer('Sign-off from me before any traffic moves.');
    expect(detectSignOff(sentences).details.has('each-gate')).toBe(false);
  });
});

// The seventeenth round: a signed motion to the next share is a signed stage change.
describe('a signed move to the next share', () => {
  it('credits "both sign the move to 5 %"', () => {
    const { sentences } = readAnswer(
      'If the night is clean, the data lead and I both sign the move to 5 %.',
    );
    expect(detectSignOff(sentences).named).not.toBeNull();
  });

  it('does not read a move and an unrelated signature as a sign-off (must not deny)', () => {
    const { sentences } = readAnswer(
      'We move to 5 % on Tuesday and afterwards I sign the release notes.',
    );
    expect(detectSignOff(sentences).named).toBeNull();
  });
});

// The twenty-fourth round: a release told as a timeline decides at its entries.
describe('a sign-off in the entries of a timeline', () => {
  it.each([
    'Tuesday 10:00 — go/no-go, me and the support lead.',
    '09:00 Gate.\nThe data lead and I both sign, or we stay where we are.',
    'The payments lead and I sign: 5 % of the beta customers.',
  ])('credits "%s"', (answer) => {
    expect(covers(answer)).toBe(true);
  });

  it.each([
    // Must not deny the limits: a gate with no one signing, a signature on something else.
    '09:00 Gate.\nTraffic goes to 25 % if the dashboards are green.',
    '09:00 Gate.\nI sign up the new beta customers.',
    'Tuesday 10:00 — the support lead and I review the dashboards.',
  ])('does not credit "%s"', (answer) => {
    expect(covers(answer)).toBe(false);
  });
});

// The twenty-fourth round: a metric going up is no stage going up.
describe('a metric that goes up is not a stage change to agree on', () => {
  it('does not credit agreeing the limits when errors "go up"', () => {
    expect(
      covers(
        'We agree the limits with the eng lead before launch: if payment errors go up by half a point, we pull it.',
      ),
    ).toBe(false);
  });

  it('still credits a stage that goes up once named people agree (must not deny)', () => {
    expect(covers('Traffic only goes up a stage once the eng lead and I agree.')).toBe(true);
  });
});

// The twenty-fifth round: a gate opened by named people is approved by them.
describe('a gate opened by named people', () => {
  it('credits "each gate is opened by me and the database lead"', () => {
    expect(covers('Each gate is opened by me and the database lead together, in writing.')).toBe(
      true,
    );
  });

  it('does not credit a gate that opens by time (must not credit)', () => {
    expect(covers('The gate opens after 24 hours if the on-call SRE sees no alert.')).toBe(false);
  });
});

// The twenty-sixth round: a channel named by its hash is where the signature goes.
describe('signing in a channel named by its hash', () => {
  it('credits "PM + eng lead sign in #release"', () => {
    expect(covers('Each gate: PM + eng lead sign in #launch-room before it opens.')).toBe(true);
  });

  it('still reads signing in to a tool as another verb (must not credit)', () => {
    expect(covers('Each gate: the PM and eng lead sign in to the console.')).toBe(false);
  });
});

// The twenty-seventh round: a spoken heading with a full stop, and the short notes under it.
describe('a spoken "Sign-off." heading over short notes', () => {
  it('credits "Sign-off. Me and the support lead. Both of us. Every step."', () => {
    expect(covers('Sign-off. Me and the support lead. Both of us. Every step.')).toBe(true);
  });

  it("does not read a salad's next item as the signer (must not credit)", () => {
    expect(covers('holds. gates. sign-off. on-call. restart.')).toBe(false);
  });
});

// The twenty-ninth round: "both sign" read as a verb after its subject.
describe('"X and I both sign each step"', () => {
  it('credits the sign-off though the tagger reads "sign" after "both" as a noun', () => {
    expect(covers('Priya and I both sign each step.')).toBe(true);
  });

  it('still reads "the sign" after an article as a noun (must not credit)', () => {
    expect(covers('The sign at each step is green.')).toBe(false);
  });
});

// The thirty-first round: a plan told gate by gate approves a gate as it opens.
describe('a gate that opens only with named sign-offs', () => {
  it('credits "A gate opens only with my sign-off and the payments lead\'s"', () => {
    const grade = gradeAnswer(
      "Staff first, then beta customers. A gate opens only with my sign-off and the payments lead's.",
      service,
    );
    expect(grade.covered).toContain('sign-off');
    expect(grade.points.find((point) => point.id === 'sign-off')?.credit).toBe(1);
  });

  it('does not credit a gate that opens on a timer (must not credit)', () => {
    expect(covers('Staff first, then beta customers. A gate opens after 24 hours.')).toBe(false);
  });
});

// The thirty-third round: an approval given before the plan is no gate's sign-off.
describe('an approval already given', () => {
  it('does not credit "the reviewers have already approved the tone" (must not credit)', () => {
    expect(
      covers(
        'I am not planning an A/B test afterwards: the German reviewers have already approved the wording.',
      ),
    ).toBe(false);
  });

  it('still credits a stage approved once the lead "has approved" it', () => {
    expect(
      covers(
        'Staff first, then beta. We move up a stage only once the eng lead and I have approved it.',
      ),
    ).toBe(true);
  });
});
