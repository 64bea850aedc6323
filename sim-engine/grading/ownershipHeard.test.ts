import { describe, expect, it } from 'vitest';
import { fixtureScenario } from '../testing/fixtures';
import { gradeAnswer } from './gradeAnswer';

// The eighth round's ownership family (corpus/README.md): the speaker or the product role holds a
// release decision — subject, deciding, a decision as object — in any grammar. Every sentence is
// our own wording, not a corpus answer's.
const service = fixtureScenario({ changeKind: 'backend' });

function covers(answer: string): boolean {
  return gradeAnswer(answer, service).covered.includes('pm-owns');
}

describe('the grader hears the speaker or the product role holding the release decisions', () => {
  it.each([
    // A role with the speaker in brackets is the speaker.
    'Release lead (me) decides the exposure order and the stop rules; the platform team runs the router.',
    'Product (myself) sets the ramp pace and the abort criteria, and the SREs operate the pipeline.',
    // Accountability for a decision, with or without "the one".
    "I'm the one answerable for the go/no-go at every stage, while engineering operates the deploy.",
    'I am accountable for the launch plan; the serving team executes it.',
    // A ruling held, made or taken.
    'I hold the release decisions: who goes first and when we stop. Infra handles the routing.',
    'I make the call on every promotion, and the developers run the deploys.',
    // The product role approving each widening owns its go.
    'The product manager approves each promotion; the SREs run the pipeline.',
    // The speaker set beside the product role, in brackets or commas; the plan signed off.
    'We (product) decide the exposure order; engineering runs it.',
    'The product side, me, decides when we widen; engineering runs the deploys.',
    'Product (me) signs off the plan; infra runs the routing.',
    // The owner of the rollout, by a noun after a copula.
    "I'm the DRI for the rollout; SRE runs the pipeline.",
  ])('credits "%s"', (answer) => {
    expect(covers(answer)).toBe(true);
  });

  it.each([
    // Someone else decides.
    'The VP decides the exposure order; engineering runs the routing.',
    'I think engineering decides the exposure order and runs the routing.',
    'I let engineering decide the order and they run the routing.',
    // The speaker only told.
    'I am informed of the exposure order; engineering runs the routing.',
    "I'm kept in the loop on the exposure order; engineering runs the routing.",
    // Supposed, reported, asked or denied.
    'If I owned the exposure order I would start with staff; engineering runs the routing.',
    'Consultants will tell you the PM owns the rollout plan; engineering runs the routing.',
    'Who decides the exposure order? Engineering runs the routing.',
    'I do not decide the exposure order; engineering runs the routing.',
    // A time, not the product manager; a stage held, not a decision.
    'At 9 pm the on-call decides the rollback; engineering runs the routing.',
    'I hold the 5 % stage for a day; engineering runs the routing.',
    // Another team beside "we"; someone else as the owner; deciding on the spot.
    'We (engineering) decide the exposure order; the platform team runs it.',
    'The VP is the owner of the rollout; engineering runs the deploys.',
    "I'd watch the numbers and decide what counts as a drop; engineering runs the deploys.",
  ])('does not credit "%s"', (answer) => {
    expect(covers(answer)).toBe(false);
  });
});

describe('the grader hears a role table or a RACI-like note giving the decisions to the speaker', () => {
  it.each([
    'Decides: PM (me) — exposure order, stop rules, hold lengths. Runs: the platform team, the routing.',
    '| Decision | Who |\n| Exposure order | PM (me) |\n| Routing | platform team |',
    'Go/no-go: me. Routing: the platform team runs it.',
    'Decisions (mine): order, thresholds, pacing. Engineering runs the routing.',
  ])('credits "%s"', (answer) => {
    expect(covers(answer)).toBe(true);
  });

  it.each([
    // A row that gives the speaker no decision, or the decision to someone else.
    'Routing: me. The platform team runs the deploys.',
    'Who decides: engineering. The platform team runs the deploys.',
    '| Decision | Who |\n| Exposure order | platform team |\n| Routing | platform team |',
  ])('does not credit "%s"', (answer) => {
    expect(covers(answer)).toBe(false);
  });
});

describe('ownership said in the forms a note or a long subject takes (fourteenth round)', () => {
  it.each([
    // A bracket listing what the label covers, glued to its colon by the tokenizer.
    '- Launch calls (order, stop lines, pace, go/no-go): me, as PM.\n- Router changes: the platform team.',
    // Items of the label separated by commas.
    'Order, stop lines, pace: PM. Router changes: the platform team.',
    // An embedded question in the subject supposes nothing.
    'The calls that decide whether this release can fail safely are mine: who goes first, the stop lines and the pace. The platform team runs the router.',
    'The choices that determine if we catch a bad build early are mine: the order and the stop lines; infra runs the routing.',
    // The speaker's share as a label; the speaker led into a bracket by a few words.
    'My part: the sequence, the thresholds, the pacing and each go/no-go. Theirs: the routing and the flags.',
    "PM (that's me) owns the sequence, the tripwires and the pace; the router belongs to platform.",
    // Release decisions by name: the holds, the gates.
    'I decide the holds and the gates as the PM; the ML engineers run the serving.',
  ])('credits "%s"', (answer) => {
    expect(covers(answer)).toBe(true);
  });

  it.each([
    // A real condition still supposes.
    'If the decisions were mine, I would start with staff; engineering runs the routing.',
    'Whether the calls are mine is unclear; engineering runs the routing.',
    // A long label giving the speaker no decision.
    'Router changes (flags, weights, configs): me. The platform team decides the order.',
    // A share with no release decision in it; a bracket that names someone else.
    'My part: what the launch email says and when it goes out. Engineering decides the order.',
    "PM (that's the VP's job) owns nothing here; engineering decides the order.",
    // Ownership of something else, with the release decisions in another party's clause.
    "I'm responsible for the release notes; SRE owns the rollout order and the stop rules.",
    "It's my job to keep stakeholders informed while engineering sets the order and the limits.",
    'My role is mostly communication; the tech lead decides the exposure order and the thresholds.',
    // A joint approval in a note is a sign-off, not the decisions held.
    'Gates: PM and eng lead co-sign each one. Engineering runs the routing.',
  ])('does not credit "%s"', (answer) => {
    expect(covers(answer)).toBe(false);
  });
});

// The fifteenth round: the calls placed on the speaker in speech ("… that's on me", "I'm the one
// accountable for that"), the decisions named in a nearby clause of the same sentence.
describe('the grader hears the calls placed on the speaker', () => {
  it.each([
    'The decisions on who goes first and when we halt are on me; engineering runs the switch.',
    'Who gets it first and when we stop: that is on me. Engineering runs the deploy.',
    'Engineering owns the pipeline, but the calls about the order and the abort lines are on me.',
    "It's on me to set the order and the stop lines; engineering flips the flags.",
    "Infra does the switching, but the pacing and the stop rules, I'm the one accountable for those.",
  ])('credits "%s"', (answer) => {
    expect(covers(answer)).toBe(true);
  });

  it.each([
    // Something else is on the speaker; the decisions are another party's.
    'Engineering decides the order and when we stop; the pager is on me.',
    'The blame is on me if it goes wrong, and the tech lead decides the order.',
    "That's not on me: the release lead decides the order.",
    "I'm accountable for that launch email; the platform team decides the order and the limits.",
  ])('does not credit "%s"', (answer) => {
    expect(covers(answer)).toBe(false);
  });
});

// The sixteenth round: a heading the speaker holds, set against another party before its colon.
// (A bracketed contrast is not reached: the tagger reads "):" as one mark.)
describe('the grader hears a heading the speaker holds, whoever it is contrasted with', () => {
  it.each([
    '- mine, not the platform team’s: who gets it first, the abort lines, how long each stage waits; platform runs the router',
    '- my decisions, not the SREs’: the exposure order, the stop rules, the pace; the SREs ship the build',
    // The speaker's possessive as the heading's person: "Ownership: mine".
    '- Decisions: mine = the exposure order, the stop rules, how long each stage waits. SREs = the router.',
    '* Ownership: mine = who, when, stop lines, holds. Platform = router + flags.',
  ])('credits "%s"', (answer) => {
    expect(covers(answer)).toBe(true);
  });

  it.each([
    // The contrast gives nothing to the speaker when the heading is another party's.
    '- engineering’s call, not mine: who gets it first, the abort lines, how long each stage waits',
    '- the SREs’ decisions, not mine: the exposure order, the stop rules, the pace',
    '- Decisions: not mine = the exposure order, the stop rules, how long each stage waits.',
  ])('does not credit "%s"', (answer) => {
    expect(covers(answer)).toBe(false);
  });
});

// The sixteenth round: a second verb joined by "and" keeps the speaker as its subject, and
// "take ownership of" owns as "own" does.
describe('the grader hears the speaker holding the decisions in a second, joined verb', () => {
  it.each([
    "I'd leave the deploy tooling to the platform team and take ownership of the exposure order and the stop rules myself.",
    'I will stay out of the pipeline and take charge of the abort lines and the stage lengths.',
    'I take ownership of the rollout plan; the SREs run the router.',
  ])('credits "%s"', (answer) => {
    expect(covers(answer)).toBe(true);
  });

  it.each([
    // A case decided on the spot, a negated second verb, and another subject after the "and".
    "I'd watch the graphs and decide which blip is worth a look; engineering runs the deploys.",
    "I'd write the release notes and not take ownership of the stop rules; engineering sets them.",
    'I write the release notes and engineering takes ownership of the exposure order.',
  ])('does not credit "%s"', (answer) => {
    expect(covers(answer)).toBe(false);
  });
});

// The sixteenth round: the role the speaker holds, named by its possessive.
describe("the PM's role named by its possessive, holding the decisions", () => {
  it.each([
    "The product manager's job, as I see it, is not to run the deploys but to make the calls on the order and the stop rules.",
  ])('credits "%s"', (answer) => {
    expect(covers(answer)).toBe(true);
  });

  it.each([
    "It is not the PM's role to set the order; the release lead decides it.",
    "The PM's role is mostly communication; the tech lead decides the order and the limits.",
  ])('does not credit "%s"', (answer) => {
    expect(covers(answer)).toBe(false);
  });
});

// The twenty-second round: the speaker's share named in another register ("my bit", "my side").
describe('the speaker’s share of the work named in another register', () => {
  it.each([
    'Engineering owns the switch. My bit is who sees it first, the stop numbers and how long we sit at each step.',
    'The platform team runs the router; my side is the order, the limits and the go at every gate.',
    // The twenty-fifth round: "my end of it is …" (Irish English), "my own is to …" (Nigerian English).
    'The platform team does the proxy and the routing. My end of it is the decisions: who goes first, what the limits are and when we move on.',
    'The engineers handle the routing; that one is their work. My own is to decide who sees it first, which numbers send us back and how long we stay at each level.',
  ])('credits "%s"', (answer) => {
    expect(covers(answer)).toBe(true);
  });

  it.each([
    // Must not credit: a share that holds no release decision.
    'Engineering owns the switch and decides the order. My side is mostly the comms to support and the launch email.',
    'Engineering owns the switch and decides the order. My own is to write the launch email to support.',
    'Engineering owns the switch and decides the order. My end of it is the launch email to support.',
  ])('does not credit "%s"', (answer) => {
    expect(covers(answer)).toBe(false);
  });
});

// The sixteenth round: a call made from what the rollout shows holds no release decision ahead.
describe('a call made on the spot, from what the rollout shows, owns nothing', () => {
  it.each([
    "I'd set the limits based on what we see in the first hour; engineering runs the deploy.",
    "Once I've seen how the numbers move, I'd choose the stop lines; the SREs run the router.",
    "I'll decide on the spot whether a drop matters; engineering runs the deploy.",
  ])('does not credit "%s"', (answer) => {
    expect(covers(answer)).toBe(false);
  });

  it.each([
    // Seeing alone is not deciding from it.
    'I own the stop rules and the order; at each stage we review what we see together, and engineering runs the router.',
  ])('credits "%s"', (answer) => {
    expect(covers(answer)).toBe(true);
  });
});

// The twenty-sixth round: notes that give the speaker's share with "=".
describe('the speaker’s share given with an equals sign', () => {
  it('credits "me (PM) = exposure order + stop lines + hold lengths"', () => {
    expect(covers('me (PM) = exposure order + stop lines + hold lengths / eng = the switch')).toBe(
      true,
    );
  });

  it('does not credit the decisions given to someone else (must not credit)', () => {
    expect(covers('eng lead (Sam) = exposure order + stop lines + hold lengths')).toBe(false);
  });
});

// The thirty-first round: a reviewer's note, or an answer in the second person, casts the
// listener as the PM by splitting the decisions from a team's mechanics.
describe('the listener cast as the PM beside a team that runs the mechanics', () => {
  it('credits "you own the calls … and my team owns the routing" in a plan', () => {
    const answer =
      'You own the calls (who goes first, what sends it back, when we widen), and my team owns the routing. ' +
      'Staff first, then beta customers, then everyone. Each stage is held for a day before the next.';
    expect(covers(answer)).toBe(true);
  });

  it.each([
    // The listener owns the mechanics: the listener is engineering.
    'Me to the platform lead: you own the routing, the flags and the dashboards. Staff first, then beta customers, then everyone.',
    // No team beside the listener: the on-call engineer owns the switch.
    'You own the rollback call. Staff first, then beta customers, then everyone.',
    // Supposed, not said.
    'If you own the calls and the platform team owns the routing, all is well. Staff first, then beta customers.',
  ])('does not credit "%s" (must not credit)', (answer) => {
    expect(covers(answer)).toBe(false);
  });
});

// The thirty-first round: fixing the limits ahead is the thresholds point, not a share of the calls.
describe('the limits set in advance, and nothing else decided', () => {
  it('does not credit ownership for "I would set limits up front: if errors …"', () => {
    expect(
      covers(
        'I would set limits up front: if errors pass 0.5 % we stop. If anything breaks, the on-call engineer switches traffic back.',
      ),
    ).toBe(false);
  });

  it('still credits the limits with another call and a team set apart (must not deny)', () => {
    expect(
      covers('I set the order and the limits up front; the platform team runs the switch.'),
    ).toBe(true);
  });
});

// The thirty-second round: a runbook's role line names the PM's share.
describe('a runbook role line "PM: owns …"', () => {
  it('credits "PM: owns cohort order, rollback limits, hold lengths" beside the team\'s line', () => {
    expect(
      covers(
        'PM: owns cohort order, rollback limits, hold lengths and the go/no-go at each gate.\nENG LEAD: owns proxy routing and the migration tooling.',
      ),
    ).toBe(true);
  });

  it("does not credit the decisions on another role's line (must not credit)", () => {
    expect(
      covers('ENG LEAD: owns cohort order and rollback limits.\nPM: writes the launch email.'),
    ).toBe(false);
  });
});

// The thirty-second round: the role split over two sentences in a mentor's note.
describe("the listener cast as the PM, the team's share in the next sentence", () => {
  it('credits "You own the decisions: … . The platform team owns the routing."', () => {
    const answer =
      'You own the decisions: who gets it first, the numbers that send it back, how long we sit at each step. ' +
      'The platform team owns the routing at the gateway. Staff first, then beta customers, then everyone.';
    expect(covers(answer)).toBe(true);
  });

  it('does not credit "You own the rollback call." before a team\'s line (must not credit)', () => {
    const answer =
      'You own the rollback switch and the dashboards. The platform team owns the routing. Staff first, then beta customers.';
    expect(covers(answer)).toBe(false);
  });
});

// The thirty-second round: the PM named, with the role in brackets after the name.
describe('a name given the PM role in brackets', () => {
  it('credits "Priya (PM, writing this) owns the release plan: order, limits, hold lengths"', () => {
    const answer =
      "Dana (PM, writing this) owns the release plan: order of exposure, rollback numbers and hold lengths. Ravi's team owns the gateway routing.";
    expect(covers(answer)).toBe(true);
  });

  it('does not credit a name given another role in brackets (must not credit)', () => {
    const answer =
      "Dana (eng lead) owns the release plan: order of exposure, rollback numbers and hold lengths. Ravi's team owns the gateway routing.";
    expect(covers(answer)).toBe(false);
  });
});
