import { describe, expect, it } from 'vitest';
import { fixtureScenario } from '../testing/fixtures';
import { gradedFor } from '../testing/gradedFor';

// The ninetieth round (corpus/README.md): a ballot's "— NO" turns down its measure; a harm the
// speaker refuses guards a group; "our own tailors" are staff; a list of
// decisions held is owned; "a model's just a service" is the model-metrics misconception; stages
// listed and "each held" are held stages; a joint act at the end of every round, or answering who
// advances, is the sign-off; a script's speaker label binds no term string; a question refused
// at once by a longer reply is turned down. Every sentence is our own.
const model = fixtureScenario();
const service = fixtureScenario({ changeKind: 'backend' });
const forModel = gradedFor(model);
const { credit, covered } = gradedFor(service);

describe('a measure marked NO', () => {
  it('raises no misconception from a claim its "— NO." turns down', () => {
    const ballot =
      'Item 4: call the new prompt better because canary users clicked more — NO. The canary shows it is safe; whether it is better is for a randomised A/B test afterwards.';
    expect(forModel.misconceptions(ballot)).toEqual([]);
    expect(forModel.covered(ballot)).toContain('canary-vs-ab');
  });

  it('still charges the claim marked "— yes." (must not deny)', () => {
    const ballot = 'Item 4: call the new prompt better because canary users clicked more — yes.';
    expect(forModel.misconceptions(ballot)).toContain('canary-vs-ab');
  });

  it('turns down only its own item when "— NO —" sits between items on dashes (must not deny)', () => {
    const strung =
      'the limits in the book before any customer sees it, errors more than 0.5 % worse than baseline and the measure fails — YES — proof from the canary that it sells better — NO — a randomised A/B test afterwards for better — YES.';
    expect(credit(strung, 'thresholds')).toBeGreaterThan(0.5);
  });

  it('gives no holds to stages whose item is marked "— NO —"', () => {
    const refused =
      'Item 2: stages at 1 %, 5 % and 25 %, each held a day — NO — item 3: a named approver — YES.';
    expect(credit(refused, 'holds')).toBe(0);
  });
});

describe('the old version stitched back in', () => {
  it('reads "whoever\'s on call stitches the old version back in" as a rollback', () => {
    const stitched = "Whoever's on call stitches the old version back in, no need to ask me.";
    expect(credit(stitched, 'rollback')).toBeGreaterThan(0);
  });

  it('gives no rollback to "nobody stitches the old version back in"', () => {
    const nobody = 'Nobody stitches the old version back in; we fix forward with a redeploy.';
    expect(credit(nobody, 'rollback')).toBe(0);
  });
});

describe("groups guarded and a trade's own workers", () => {
  it('reads "customers of ten years last, we cannot lose them" as a reasoned place', () => {
    const guarded =
      'Our staff, then opted-in testers, then the big cities; customers of ten years and more last, we cannot lose them.';
    expect(credit(guarded, 'cohort-order')).toBe(1);
  });

  it('still turns down an order refused by "we will not order them"', () => {
    const refused = 'Staff first, then opted-in testers, then everyone; we will not order them.';
    expect(credit(refused, 'cohort-order')).toBe(0);
  });

  it('reads "our own tailors first, then everyone else" as the company\'s own staff first', () => {
    expect(credit('Our own tailors first, then everyone else.', 'cohort-order')).toBeGreaterThan(0);
  });

  it('names no group with "our engineers raised the concern"', () => {
    const mentioned =
      'Our engineers raised the concern, and our tailors liked the idea; everyone gets it at once.';
    expect(credit(mentioned, 'cohort-order')).toBe(0);
  });

  it('reads customers "who asked for early fittings" as an early-access group', () => {
    const early = 'The customers who asked for early fittings go first, then everyone else.';
    expect(credit(early, 'cohort-order')).toBeGreaterThan(0);
  });
});

describe('decisions held', () => {
  it('reads "the PM (me) holds the order of cohorts, the limits and the hold lengths" as ownership', () => {
    const held =
      'The PM (me) holds the order of cohorts, the limits and the hold lengths. Engineering holds the flag, the routing and the deploy.';
    expect(credit(held, 'pm-owns')).toBe(1);
  });

  it('gives no ownership to running interviews "with drivers, who care" (must not deny)', () => {
    const research =
      'I would run interviews with riders who travel late at night, and with drivers, who care about earnings.';
    expect(credit(research, 'pm-owns')).toBe(0);
  });
});

describe('a model called a service', () => {
  it('charges "a model\'s just a service" as "a model is just a service" is', () => {
    const contracted =
      "A model's just a service. If it is fast and error-free, the answers are fine.";
    expect(forModel.misconceptions(contracted)).toContain('model-metrics');
  });

  it('charges nothing for "the model\'s answers are graded"', () => {
    const possessive =
      "The model's answers are graded against the eval set, and we watch thumbs-down and cost per conversation.";
    expect(forModel.misconceptions(possessive)).toEqual([]);
  });
});

describe('stages listed and each held', () => {
  it('reads "the measuring, the first fitting and the final fitting, each held a full week" as held stages', () => {
    const listed =
      'The measuring, the first fitting and the final fitting, each held a full week before the next one starts.';
    expect(covered(listed)).toContain('holds');
  });

  it('gives no holds to "errors, latency and cost, each held under one per cent" (must not deny)', () => {
    expect(credit('Errors, latency and cost, each held under one per cent.', 'holds')).toBe(0);
  });
});

describe('a joint act at every round, or answering who advances', () => {
  it('reads "both raise our spoons at the end of every round" as the sign-off', () => {
    const rounds = 'The head baker and I both raise our spoons at the end of every round.';
    expect(credit(rounds, 'sign-off')).toBe(1);
  });

  it('gives no sign-off to the joint act with no stage (must not deny)', () => {
    expect(credit('The head baker and I both raise our spoons.', 'sign-off')).toBe(0);
  });

  it('reads a joint act answering "Who advances us?" as the sign-off', () => {
    const answered =
      'HOST: Who advances us? PLAYER: The payments lead and I both raise our spoons.';
    expect(credit(answered, 'sign-off')).toBe(1);
  });

  it('keeps the answer "the head of growth, who I call …, and I both …" the speaker\'s own', () => {
    const named =
      'HOST: Who says we advance? PLAYER: The head of growth, who I call the head baker out of habit, and I both raise our spoons.';
    expect(credit(named, 'sign-off')).toBe(1);
  });
});

describe('a script of shouted terms', () => {
  const shouted = [
    'HOST: Lightning round: the checkout!',
    'CONTESTANT: Feature flag!',
    'CONTESTANT: Rollback on-call flag flip minutes!',
    'CONTESTANT: Thresholds pre-agreed error rate p99 conversion!',
    'CONTESTANT: Staff beta newcomers last!',
    'CONTESTANT: Head chef scorecards every round!',
  ].join('\n');

  it('earns nothing when every line after its speaker label is a string of terms', () => {
    expect(credit(shouted, 'rollback')).toBeLessThan(0.5);
  });

  it("still credits a contestant's sentence with grammar (must not deny)", () => {
    const said =
      'CONTESTANT: Staff first, then the opted-in testers, and new customers last, because they leave after one bad checkout.';
    expect(credit(said, 'cohort-order')).toBe(1);
  });
});

describe('a question refused at once', () => {
  it('credits no order the host asks about when the reply refuses it', () => {
    const refused =
      "HOST: Staff first, then the opted-in diners, new diners last? CONTESTANT: We won't be sorting diners by town or by years of booking, and we won't start with staff. HOST: Limits written before it starts? CONTESTANT: I'd write none. HOST: A flag flip back by whoever is on call? CONTESTANT: Not that either.";
    expect(credit(refused, 'cohort-order')).toBe(0);
  });

  it('still credits the order the reply takes up', () => {
    const taken =
      "HOST: Staff first, then the opted-in diners, new diners last? CONTESTANT: We will start with staff, then the opted-in diners, and new diners go last because they churn. HOST: Limits written before it starts? CONTESTANT: I'd write none.";
    expect(credit(taken, 'cohort-order')).toBe(1);
  });
});

describe('limits on timeouts and acceptance', () => {
  it('reads limits on timeouts and a suggestion acceptance rate as numbered thresholds', () => {
    const limits =
      'Before traffic moves: feature-store timeouts more than 0.5 points worse than baseline, p95 more than 300 ms worse, suggestion acceptance rate more than 4 points worse.';
    expect(credit(limits, 'thresholds')).toBe(1);
  });
});
