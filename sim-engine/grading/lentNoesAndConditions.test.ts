import { describe, expect, it } from 'vitest';
import { fixtureScenario } from '../testing/fixtures';
import { gradedFor } from '../testing/gradedFor';
import { LIMITS, ORDER, plan } from '../testing/planSentences';

// The hundred-and-nineteenth round (corpus/README.md): a "no" lent by another language, calls
// and reversals on a scoresheet, two "no"s as a condition, and stages and holds in a maker's own
// words. Every sentence is our own.
const model = gradedFor(fixtureScenario());
const service = gradedFor(fixtureScenario({ changeKind: 'backend' }));

const STAGES = 'The rollout goes to 5 %, then 25 %, then everyone.';
const SIGN_OFF = 'Before each stage widens, the head baker and I both taste the first loaf.';

describe('a "no" lent by another language', () => {
  it('refuses what "Nee to …" opens on', () => {
    const refused =
      'Nee to holding each stage for two days, and nee to a sign-off before each step.';
    expect(service.covered(`${STAGES} ${refused}`)).not.toContain('holds');
  });

  it('answers a practice posed as a question with "Mba."', () => {
    expect(service.covered(`A sign-off before each stage by the head baker and me? Mba.`)).toEqual(
      [],
    );
  });

  it('reads "we said yuk to that" mid-sentence as a refusal', () => {
    const said = 'We said yuk to holding each stage for two days.';
    expect(service.covered(`${STAGES} ${said}`)).not.toContain('holds');
  });

  it('still leaves a name such as "Min Na" before "to" alone (must not deny)', () => {
    const named = 'It falls to Min Na to hold each stage for two days.';
    expect(service.covered(`${STAGES} ${named}`)).toContain('holds');
  });
});

describe('replies and calls on a scoresheet', () => {
  it('takes "Also no." as the answer to a second question', () => {
    const asked = 'Written limits before traffic moves? No. Two days held at each stage? Also no.';
    expect(service.covered(`${STAGES} ${asked}`)).not.toContain('holds');
  });

  it('takes "We skip it." as a refusal of the practice just asked about', () => {
    expect(service.covered(`${SIGN_OFF.replace('.', '?')} We skip it.`)).not.toContain('sign-off');
  });

  it('refuses what follows "Rally 2, out:"', () => {
    const out = 'Rally 2, out: staff first, then early-access customers, new customers last.';
    expect(service.credit(out, 'cohort-order')).toBe(0);
  });

  it('takes back the line before "Reversed."', () => {
    expect(
      service.covered(`I had let the baker and me sign off each stage. Reversed.`),
    ).not.toContain('sign-off');
  });

  it('still keeps the limits before a changelog heading "Changed" (must not deny)', () => {
    expect(service.covered(`${LIMITS}\n\n### Changed\n\nThe old cluster stays up.`)).toContain(
      'thresholds',
    );
  });

  it('still plans what a bare "Out:" line says (must not deny)', () => {
    const out =
      'Out: whoever is on call flips the flag back to the old build in minutes, any hour, no need to ask me.';
    expect(service.covered(plan(out))).toContain('rollback');
  });
});

describe('two "no"s as a condition of the ramp', () => {
  it('reads "No sign-off from both of us, no next stage." as the sign-off each advance needs', () => {
    const gate =
      'The head baker and I both taste the first loaf. No sign-off from both of us, no next stage.';
    expect(service.credit(plan(gate), 'sign-off')).toBeGreaterThan(0);
  });

  it('still hears three "no"s in a row as refusals (must not credit)', () => {
    const refused = 'No sign-off from the head baker and me, no next step, no holds.';
    expect(service.covered(refused)).not.toContain('sign-off');
  });
});

describe('negation that stops where its words end', () => {
  it('keeps "before each stage widens" after "without rocking"', () => {
    const act =
      'The head baker and I both set the first loaf down and see it stands without sagging before each stage widens.';
    expect(service.covered(plan(act))).toContain('sign-off');
  });

  it('keeps the A/B test pointed back to by ", for that"', () => {
    const canary =
      'The canary tells us the new model is safe, not that it sells better, for that a randomised A/B test afterwards.';
    expect(model.covered(plan(canary))).toContain('canary-vs-ab');
  });

  it('refuses a second "and what …" after a refused "what I own"', () => {
    const refused = 'I would not make a list of what I own as PM and what the engineers own.';
    expect(service.covered(refused)).not.toContain('pm-owns');
  });

  it('refuses the examples after "such as" with the thing refused', () => {
    const refused =
      'Nothing fancy here — no to writing limits such as refunds up 2 % or errors past 0.5 % before anything moves — we just watch.';
    expect(service.covered(refused)).not.toContain('thresholds');
  });

  it('still refuses a "before" with no verb of its own after "without" (must not credit)', () => {
    expect(
      service.covered(`${STAGES} We widen without waiting before each stage for two days.`),
    ).not.toContain('holds');
  });
});

describe("a maker's own people, stages and holds", () => {
  it('reads "our apprentices first" as the workshop\'s own people', () => {
    const order =
      'Our apprentices first, in both languages, because they will tell us to our faces. Then the buyers who opted in early. Last, our elders of fifteen years buying.';
    expect(service.credit(order, 'cohort-order')).toBe(1);
  });

  it('reads "the forge itself" as the workshop\'s own people', () => {
    const order =
      'First the forge itself: smiths and shop read their own orders. Then the trial list, customers who opted in. Last, our elders of fifteen years buying.';
    expect(service.credit(order, 'cohort-order')).toBeGreaterThan(0.5);
  });

  it('reads "mine as PM, the order, …" as the speaker\'s heading', () => {
    const heading =
      'Hoop 1: mine as PM, the order, limits, holds. The engineers: routing, flag, deploy.';
    expect(service.covered(heading)).toContain('pm-owns');
  });

  it('reads "I take my part, the order, …" as the speaker\'s share', () => {
    const share =
      'Bar by bar: in bar 1 I take my part, the order of the buyers, the limits and the holds, and I leave the routing and the deploy to engineering, who own them.';
    expect(service.covered(share)).toContain('pm-owns');
  });

  it('reads a note of signed changes as limits: "Errors +0.5 %." "p95 +300 ms."', () => {
    const fixed = 'Limits, fixed before any traffic moves.';
    const notes = 'Errors +0.5 %. p95 +300 ms.';
    expect(
      service.credit(`${ORDER} ${fixed} ${notes} Any one and we roll back.`, 'thresholds'),
    ).toBeGreaterThan(service.credit(`${ORDER} ${fixed} Any one and we roll back.`, 'thresholds'));
  });

  it('keeps a bracket\'s "they" with the group: "the early list (they opted in)"', () => {
    const order =
      'Staff first, then the early list (they opted in), then regulars of three years, new buyers last. Limits, fixed before anything moves: errors more than 0.5 % worse than now, and we roll back.';
    expect(service.covered(order)).toContain('cohort-order');
  });

  it('holds a ladder\'s stages by name a line on: "2,000 orders at the first proof"', () => {
    const ladder =
      'Stages. First proof 5 %, shaping bench 25 %, full oven 100 %. 2,000 orders at the first proof, four days at the shaping bench.';
    expect(service.covered(plan(ladder))).toContain('holds');
  });

  it('waits each advance on the act in "we move on only when X and I both …"', () => {
    const act = 'We move on only when the head baker and I both taste the first loaf.';
    expect(service.covered(plan(act))).toContain('sign-off');
  });

  it('holds a stage for "a Saturday and 2,000 orders"', () => {
    const ladder =
      'The first proof, 2 %, 400 orders. The second rise, 20 %, a Saturday and 2,000 orders. The full oven after.';
    expect(service.credit(plan(ladder), 'holds')).toBeGreaterThan(0.5);
  });

  it('holds a share in brackets: "the first proof (2 %) holds two nights"', () => {
    const ladder =
      'The first proof (2 %) holds two nights; the second rise (25 %) holds a full weekend; the full oven only after.';
    expect(service.credit(plan(ladder), 'holds')).toBeGreaterThan(0.5);
  });
});
