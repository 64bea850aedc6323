import { describe, expect, it } from 'vitest';
import { fixtureScenario } from '../testing/fixtures';
import { gradedFor } from '../testing/gradedFor';
import { plan } from '../testing/planSentences';

// The hundred-and-twenty-third round (corpus/README.md): labels that take back what follows them,
// joint acts without "both", shares split by a heading, holds through the business's windows,
// refusals in more forms, and a draft after its colon. Every sentence is our own.
const service = gradedFor(fixtureScenario({ changeKind: 'backend' }));
const model = gradedFor(fixtureScenario());
const SAFE_NOT_BETTER =
  'The canary says the new service is safe; whether it is better is a randomised A/B test afterwards.';

describe('a label that takes back what follows it', () => {
  it('charges no misconception for a quotation struck off "by the line judge"', () => {
    const struck =
      'Call struck off by the line judge: "the canary shows the new service is better".';
    expect(service.misconceptions(plan(struck, SAFE_NOT_BETTER))).not.toContain('canary-vs-ab');
  });

  it('still charges a quotation under a label that only mentions "struck" (must not deny)', () => {
    const praised = 'The line that struck me most: "the canary shows the new service is better".';
    expect(service.misconceptions(plan(praised))).toContain('canary-vs-ab');
  });

  it('credits no hold the speaker "had" under an annulled label', () => {
    const draft = "Point annulled on review: I had a week's hold at a small stage.";
    expect(service.covered(plan(draft, 'No stages, no holds.'))).not.toContain('holds');
  });

  it('credits no sign-off a "ruled out" label names', () => {
    const ruled =
      'Round 3, call ruled out after the judges met: a named person signing off each step.';
    expect(service.covered(plan(ruled))).not.toContain('sign-off');
  });

  it('keeps a sign-off the speaker states under a "ruled out" label (must not deny)', () => {
    const stated = 'Round 3, call ruled out: the support lead and I both sign off each step.';
    expect(service.covered(plan(stated))).toContain('sign-off');
  });
});

describe('a numbered line taken back by the next', () => {
  it('credits no sign-off to "Step 4: …" once "Step 5, …: Step 4 is taken back"', () => {
    const taken =
      'Step 4: the eldest potter and I both sign each stage before we go on. Step 5, review upheld: Step 4 is taken back; nobody signs.';
    expect(service.covered(plan(taken))).not.toContain('sign-off');
  });

  it('keeps "Step 4: …" when the next line takes back another step (must not deny)', () => {
    const other =
      'Step 4: the eldest potter and I both sign each stage before we go on. Step 5, review upheld: Step 2 is taken back.';
    expect(service.covered(plan(other))).toContain('sign-off');
  });
});

describe('two people acting together without "both"', () => {
  it('reads "Amara, who runs our packing room, and I weigh the first parcel before each step" as the sign-off', () => {
    const joint =
      'Amara, who runs our packing room, and I weigh the first parcel by hand before each step up.';
    expect(service.covered(plan(joint))).toContain('sign-off');
  });

  it('reads the same act after ", and" closing a ramp\'s clause', () => {
    const joint =
      'Each stage is held two days and advanced only if every limit stayed green, and Amara, who runs our packing room, and I weigh the first parcel before each advance.';
    expect(service.covered(plan(joint))).toContain('sign-off');
  });

  it('reads no sign-off in "we ramp up and I check the numbers before each step" (must not credit)', () => {
    const alone = 'We ramp up and I check the numbers before each step.';
    expect(service.covered(plan(alone))).not.toContain('sign-off');
  });

  it('reads no sign-off in a joint act only sketched, "X and I setting …" (must not credit)', () => {
    const sketched =
      'Amara, who runs our packing room, and I setting the first parcel down at each gate.';
    expect(service.covered(plan(sketched))).not.toContain('sign-off');
  });
});

describe('the work split by headings and table cells', () => {
  it('reads "My baton: order, limits, holds, go-ahead" beside the engineers\' mechanics as ownership', () => {
    const split =
      'My baton: the order of customers, the limits, the holds and the go-ahead. The engineers keep the routing, the flag and the deploy.';
    expect(service.covered(plan(split))).toContain('pm-owns');
  });

  it('reads no ownership in "My worries: the order and the limits" (must not credit)', () => {
    const worries =
      'My worries: the order of customers and the limits. The engineers keep the routing, the flag and the deploy.';
    expect(service.covered(plan(worries))).not.toContain('pm-owns');
  });

  it('reads "Row 2, item 1 | Who decides | Me: …" as the speaker\'s heading', () => {
    const row = 'Row 2, item 1 | Who decides | Me: cohort order, limits, holds, the go-ahead.';
    expect(service.covered(plan(row))).toContain('pm-owns');
  });

  it('reads "who owns what, which is me for the order, …" as the speaker\'s share', () => {
    const answered =
      'The second call is who owns what, which is me for the order of customers, the limits and the holds, and engineering for the routing, the deploy and the flag.';
    expect(service.covered(plan(answered))).toContain('pm-owns');
  });

  it('reads no ownership in "who owns what, which is not me for …" (must not credit)', () => {
    const denied =
      'The question is who owns what, which is not me for the order of customers, the limits and the holds.';
    expect(service.covered(plan(denied))).not.toContain('pm-owns');
  });

  it('reads no ownership in "even when the fault is mine" (must not credit)', () => {
    expect(service.covered('I call it straight, even when the fault is mine.')).not.toContain(
      'pm-owns',
    );
  });
});

describe("holds said in the business's own terms", () => {
  it('reads "5 %, held through two nightly billing windows" as a held stage', () => {
    const held =
      'The first shelf, 5 %, held through two nightly billing windows. The second shelf, 30 %, held through three nightly billing windows. Then everyone.';
    expect(service.covered(held)).toContain('holds');
  });

  it('reads "…, each holding for 1,500 orders" after a list of stages as each one held', () => {
    const each =
      'The stages: the first shelf at 2 %, the second shelf at 10 %, the shop floor at 40 %, then everyone, each holding for 1,500 orders before it opens.';
    expect(service.covered(plan(each))).toContain('holds');
  });
});

describe('refusals in more forms', () => {
  it('reads "…, new customers last? Cha, no ordering at all." as no order', () => {
    const refused =
      'Q1, the order: staff first, early customers next, new customers last? Cha, no ordering at all. Ship it to everyone.';
    expect(service.covered(refused)).not.toContain('cohort-order');
  });

  it('reads "… an A/B test afterwards? Will not bother." as no follow-up test', () => {
    const refused =
      'Safe from the canary, then a randomised A/B test afterwards for better? Will not bother.';
    expect(service.covered(plan(refused))).not.toContain('canary-vs-ab');
  });

  it('reads a list of signals ending on a figure, answered "Not watching any of it", as refused', () => {
    const refused =
      'Thumbs-down rate per language, the eval harness score, p95? Not watching any of it, not gating on it.';
    expect(model.covered(plan(refused))).not.toContain('model-metrics');
  });

  it('refuses the order spelled out after "We will not order the buyers, …"', () => {
    const refused =
      'We will not order the buyers, staff first and opted-in buyers next, new buyers last; the page is the same for everyone.';
    expect(service.covered(refused)).not.toContain('cohort-order');
  });

  it('still reads "We order the buyers, staff first, …, new buyers last" as the order (must not deny)', () => {
    const ordered = 'We order the buyers, staff first and early buyers next, new buyers last.';
    expect(service.covered(ordered)).toContain('cohort-order');
  });
});

describe('what the speaker distrusts, and a draft after its colon', () => {
  it('keeps the plan when "it does not trust it" is said of the plan', () => {
    const owner =
      'As the product manager I own the order of customers, the limits and the holds; the engineers own the routing and the flag.';
    const review =
      'I nearly faulted the plan for leaning on the eval gain, but the review gives the point back, because it does not trust it.';
    expect(service.covered(plan(owner, review))).toContain('pm-owns');
  });

  it('still withdraws the plan before "I wouldn\'t believe it." (must not deny)', () => {
    expect(service.covered(plan("I wouldn't believe it."))).not.toContain('cohort-order');
  });

  it('credits nothing for a draft quoted after "I had written:"', () => {
    const draft =
      'Staff go first, then early customers, new customers last. I had written: watch the thumbs-down rate and the eval harness score later.';
    expect(model.credit(draft, 'model-metrics')).toBe(0);
  });
});

describe('a race won, and an order run on after a dash', () => {
  it('reads no lift off the canary in "a canary like a race is won one stride at a time"', () => {
    const race =
      'I take it the way a relay is run, leg by leg, because a canary like a race is won one stride at a time.';
    expect(service.misconceptions(plan(race, SAFE_NOT_BETTER))).not.toContain('canary-vs-ab');
  });

  it('still charges "in the canary the new service won, so it is better" (must not deny)', () => {
    const won = 'In the canary the new service won, so it is better than the old one.';
    expect(service.misconceptions(plan(won))).toContain('canary-vs-ab');
  });

  it('reads "… — 30–0 · Order: staff → … → new customers last" as the order', () => {
    const notes = [
      'Match notes · new checkout for the bakery shop — 15–0 · Mine: cohort order, rollback limits, holds',
      "Engineering's: routing, deploy, flag — 30–0 · Order: bakery staff → early-access list (opted in) → returning buyers, three years and more of buying, Leith and Portobello first → first-time buyers last",
    ].join('\n');
    expect(service.credit(notes, 'cohort-order')).toBe(1);
  });
});
