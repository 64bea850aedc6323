import { describe, expect, it } from 'vitest';
import { fixtureScenario } from '../testing/fixtures';
import { gradedFor } from '../testing/gradedFor';

// The ninety-fifth round (corpus/README.md): a plan written out decision by decision, particles
// lent by other languages, outputs falling back to a default, joint acts that every advance waits
// on, stages held after a comma or named after the last share. Every sentence is our own.
const service = fixtureScenario({ changeKind: 'backend' });
const model = fixtureScenario();
const { credit } = gradedFor(service);
const onModel = gradedFor(model);

const ENGINEERING = ' Engineering runs the flag, the routing and the deploy.';

describe('who holds the decisions', () => {
  it('hears "I write the score, which guests hear it in which order, the limits and how long we rest"', () => {
    const written =
      'I write the score, which guests hear it in which order, the limits and how long we rest.';
    expect(credit(written + ENGINEERING, 'pm-owns')).toBeGreaterThan(0.5);
  });

  it('hears "I carry the decisions: …" and "I carry the route, pues: the order, …"', () => {
    const carried = 'I carry the decisions: which groups go in which order, the limits, the holds.';
    const route = 'I carry the route, pues: the cohort order, the limits and how long we stop.';
    expect(credit(carried + ENGINEERING, 'pm-owns')).toBeGreaterThan(0.5);
    expect(credit(route + ENGINEERING, 'pm-owns')).toBeGreaterThan(0.5);
  });

  it('hears "my part po is the order and the rests" with the particle read as absent', () => {
    const part =
      "My part po is the order and the rests; engineering's part is the flag and the deploy.";
    expect(credit(part, 'pm-owns')).toBeGreaterThan(0.5);
  });

  it('hears "Ingredients: the order, the limits and the holds are mine; …" as a clause', () => {
    const label =
      "Ingredients: the cohort order, the stop limits and the holds are mine; routing, deploy and flags are engineering's.";
    expect(credit(label, 'pm-owns')).toBeGreaterThan(0.5);
  });

  it('hears the speaker\'s heading after a call ended by a dash: "Kelly\'s eye, number one — mine: …"', () => {
    const call =
      "Kelly's eye, number one — mine: the order, the limits, the holds. The engineers own the routing, the deploy and the flags.";
    expect(credit(call, 'pm-owns')).toBeGreaterThan(0.5);
  });

  it('holds nothing for "I\'d write down the stop lines: …" (must not deny)', () => {
    const limits =
      "Before we begin I'd write down the stop lines: checkout errors more than 0.5 % worse, first-order conversion more than 2 % below the baseline cohort, read apart for new customers — stages at 2 %, 10 % and 50 %, two days at each, and at 50 % until a few thousand first orders have gone through.";
    expect(credit(limits + ENGINEERING, 'pm-owns')).toBeLessThan(0.5);
  });
});

describe('model signals', () => {
  it('hears presses on a quoted label after them: \'taps on "not for me"\'', () => {
    const taps =
      'Model limits, fixed now: the offline judge\'s relevance score on a daily sample more than 3 points worse than now, taps on "not for me" more than 2 points worse.';
    expect(onModel.credit(taps, 'model-metrics')).toBeGreaterThan(0.5);
  });

  it('hears outputs falling back to a default as a signal beside another', () => {
    const fallback =
      'Model limits, fixed now: the share of home screens falling back to the default list more than 2 points worse than now, thumbs-down more than 1.5 points worse, and we roll back.';
    expect(onModel.credit(fallback, 'model-metrics')).toBeGreaterThan(0.5);
  });

  it('hears no signal in "we fall back to the default model" (must not deny)', () => {
    const rollback =
      'We watch thumbs-down and the token cost per answer. If the share of errors runs more than 2 points worse than now, we fall back to the default model.';
    const withoutIt =
      'We watch thumbs-down and the token cost per answer. If the share of errors runs more than 2 points worse than now, we roll back.';
    expect(onModel.credit(rollback, 'model-metrics')).toBe(
      onModel.credit(withoutIt, 'model-metrics'),
    );
  });
});

describe('cohorts by trade and by newness', () => {
  it('hears "our barbers and cashiers first" as the company\'s own staff', () => {
    const trades =
      'The first step, 2 %: our barbers and cashiers. The second, 20 %: everyone else.';
    expect(credit(trades, 'cohort-order')).toBeGreaterThan(0.5);
  });

  it('hears "new trial teams last" as new customers placed last', () => {
    const teams =
      'The bath, 1 %: our own workspaces. The trim, 10 %: opted-in beta teams. The blow-dry, 50 %, then 100 %; new trial teams last, they leave first.';
    expect(credit(teams, 'cohort-order')).toBeGreaterThan(0.75);
  });

  it('hears no staff group in "Dave, our technician, fired the kiln" (must not deny)', () => {
    const named = 'Dave, our technician, fired the kiln three times before we trusted it.';
    expect(credit(named, 'cohort-order')).toBe(0);
  });
});

describe('joint acts that every advance waits on', () => {
  it('hears "… and I both raise our glasses, or we don\'t advance"', () => {
    const or = 'The head winemaker and I both raise our glasses, or we do not advance.';
    expect(credit(or, 'sign-off')).toBeGreaterThan(0.5);
  });

  it('hears "Each holds until 1,000 orders, and … and I both lift the lid"', () => {
    const each =
      'Each holds until 1,000 paid orders, and the head beekeeper, our tech lead, and I both lift the lid.';
    expect(credit(each, 'sign-off')).toBeGreaterThan(0.5);
  });

  it('hears "stage by stage" and "to move" after a joint act', () => {
    const byStage =
      'The head guide, our pricing lead, and I both blow the whistle, stage by stage.';
    const toMove = 'The head barber and I both sweep the chair to move.';
    expect(credit(byStage, 'sign-off')).toBeGreaterThan(0.5);
    expect(credit(toMove, 'sign-off')).toBeGreaterThan(0.5);
  });

  it('hears a joint act answering "Question 6: who signs the advance?"', () => {
    const asked =
      'Question 6: who signs the advance? Answer: the head guide and I both blow the whistle, once the duty manager confirms the peak was clean.';
    expect(credit(asked, 'sign-off')).toBeGreaterThan(0.5);
  });

  it('hears no sign-off in "… both raise our glasses, or we advance anyway" (must not deny)', () => {
    const anyway = 'The head winemaker and I both raise our glasses, or we advance anyway.';
    expect(credit(anyway, 'sign-off')).toBeLessThan(0.5);
  });
});

describe('stages held', () => {
  it('hears "At each we stop until 2,000 orders have gone through"', () => {
    const stop =
      'Stages: brood box, first super (5 %), second super (25 %), honey flow (100 %). At each we stop until 2,000 orders have gone through.';
    expect(credit(stop, 'holds')).toBeGreaterThan(0.5);
  });

  it('hears a count of plurals the tagger reads as verbs: "hold for 400 chats"', () => {
    const chats =
      'The put-in at 5 %, the rapids at 20 % and then 50 %, the take-out at 100 %. At each we hold for 400 chats in Bengali before moving.';
    expect(credit(chats, 'holds')).toBeGreaterThan(0.5);
  });

  it('hears a last stage named after the last share: "…, the second super (25 %), the honey flow"', () => {
    const named =
      'The brood box, the first super (10 %), the second super (50 %), the honey flow; each is held until 1,500 orders have gone through.';
    expect(credit(named, 'holds')).toBeGreaterThan(0.5);
  });

  it('hears shares "held" for a length after their comma, "of teams" between', () => {
    const held =
      'The first line is 5 per cent of teams, held for three working days. Two lines is 25 per cent, held a full weekend of nights. Then everyone.';
    expect(credit(held, 'holds')).toBeGreaterThan(0.5);
  });

  it("reads a corrected line as the speaker's own after a withdrawn quotation", () => {
    const corrected =
      'I own the order, the limits and the holds. Placard 4, withdrawn from display. It said: one day per stage. Ratings are rare. Placard 4, corrected. 10 %, 30 %, 60 %, each held until 400 rated haircuts. The head barber and I both sweep the chair before each move.';
    expect(credit(corrected, 'holds')).toBeGreaterThan(0.5);
  });
});

describe('safe, not better', () => {
  it('affirms the A/B test after "not better:" and a possessive\'s apostrophe', () => {
    const possessive =
      "Safe, not better: the wallets' lift needs a randomised A/B test afterwards.";
    expect(credit(possessive, 'canary-vs-ab')).toBeGreaterThan(0.5);
  });

  it('reads a line ending on ", eh." as a clause, not a list', () => {
    const eh =
      'Caution: the canary says the new service is safe, not better; better is a randomised A/B test afterwards, eh.';
    expect(credit(eh, 'canary-vs-ab')).toBeGreaterThan(0.5);
  });
});
