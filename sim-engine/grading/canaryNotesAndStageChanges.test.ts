import { describe, expect, it } from 'vitest';
import { fixtureScenario } from '../testing/fixtures';
import { gradedFor } from '../testing/gradedFor';
import { plan } from '../testing/planSentences';

// The hundred-and-twenty-first round (corpus/README.md): a clause before notes about what the
// canary says, "safe, not better" as a note, a signal only glanced at, the on-call role's quick
// flag, every change of stage as a gate, a race's legs and a stage's label standing alone, and
// refusing to say who owns what. Every sentence is our own.
const service = gradedFor(fixtureScenario({ changeKind: 'backend' }));
const model = gradedFor(fixtureScenario());

describe('what the canary says, and the way back', () => {
  it('reads "the canary says safe, not better; an A/B test, randomised, after" as a clause', () => {
    const notes = 'The canary says safe, not better; an A/B test, randomised, later.';
    expect(service.covered(plan(notes))).toContain('canary-vs-ab');
  });

  it('reads "Last round: safe, not better." before the A/B test as the canary\'s answer', () => {
    const notes = 'Last round: safe, not better. Does it sell more? A randomised A/B test later.';
    expect(service.covered(plan(notes))).toContain('canary-vs-ab');
  });

  it('reads a model signal put first and only glanced at as not watched', () => {
    const glanced = 'Thumbs-down we glance at, but few people rate.';
    expect(model.credit(plan(glanced), 'model-metrics')).toBe(0);
  });

  it('still reads "we glance at thumbs-down … and roll back if …" as watched (must not deny)', () => {
    const watched =
      'We glance at thumbs-down every hour and roll back if it rises 2 points over now.';
    expect(model.credit(plan(watched), 'model-metrics')).toBeGreaterThan(0);
  });

  it('still keeps a transcript\'s limits before "we glance at but" (must not deny)', () => {
    const transcript =
      'so before anything moves we write down the limits errors more than 0.5 % worse than now and we shut the gate and thumbs-down we glance at but few people rate';
    expect(model.covered(transcript)).toContain('thresholds');
  });

  it('reads the on-call role flipping the flag within minutes as the way back', () => {
    const quick = 'Whoever is on call flips the flag within minutes.';
    expect(service.covered(plan(quick))).toContain('rollback');
  });

  it('still reads a flag flipped to start the ramp as no rollback (must not credit)', () => {
    const opening =
      'Whoever holds the pager flips the flag within minutes to start the first wave.';
    expect(service.covered(plan(opening))).not.toContain('rollback');
  });

  it('still reads a flag flipped for a share as no rollback (must not credit)', () => {
    const share = 'Whoever holds the pager flips the flag for the first 5 % within minutes.';
    expect(service.covered(plan(share))).not.toContain('rollback');
  });
});

describe('every change of stage, and stages told as legs', () => {
  it('reads "Every change: X and I both …" as a sign-off at each stage', () => {
    const act = 'Every change: the head chef and I both taste the first plate.';
    expect(service.covered(plan(act))).toContain('sign-off');
  });

  it('reads "Each shift change: X and I both …" as a sign-off at each stage', () => {
    const act =
      'Each shift change: the head chef and I both taste the first plate, or nothing moves.';
    expect(service.covered(plan(act))).toContain('sign-off');
  });

  it('still reads a single change heading without "each" as no sign-off (must not credit)', () => {
    const once = 'The shift change: the head chef and I both taste the first plate.';
    expect(service.covered(plan(once))).not.toContain('sign-off');
  });

  it('places the groups of "Leg 1: …", "Leg 2: …" in order', () => {
    const legs =
      'Leg 1: our own kitchen crew, 2 %. Leg 2: regulars who opted in, 20 %. Last, the large catering accounts, who lose the most.';
    expect(service.credit(legs, 'cohort-order')).toBe(1);
  });

  it("places the group in the note under a stage's label standing alone", () => {
    const alone =
      'Stage 1, the test kitchen. Our own kitchen crew, 2 %. Crew change. Regulars who opted in. Last, the large catering accounts, who lose the most.';
    expect(service.credit(alone, 'cohort-order')).toBe(1);
  });
});

describe('refusing to say who owns what', () => {
  it('hears "I won\'t split who owns what between the PM and engineering" as the misconception', () => {
    const refused =
      "I won't split who owns what between the PM and engineering; the crew just ships it.";
    expect(service.misconceptions(plan(refused))).toContain('pm-owns');
  });

  it('hears "I\'m not drawing a line between my part and engineering\'s" as the misconception', () => {
    const refused = "And I'm not drawing a line between my part and engineering's.";
    expect(service.misconceptions(plan(refused))).toContain('pm-owns');
  });

  it('still takes a refusal that then claims the decisions as ownership (must not charge)', () => {
    const taken =
      "I won't split the call between me and engineering: I own the order, the limits and the holds.";
    expect(service.misconceptions(plan(taken))).not.toContain('pm-owns');
  });

  it('still reads "I don\'t split hairs" beside the PM and engineering as no refusal (must not charge)', () => {
    const hairs = "I don't split hairs over it; the PM and engineering sit together at every gate.";
    expect(service.misconceptions(plan(hairs))).not.toContain('pm-owns');
  });
});
