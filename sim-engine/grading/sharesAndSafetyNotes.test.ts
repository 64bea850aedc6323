import { describe, expect, it } from 'vitest';
import { fixtureScenario } from '../testing/fixtures';
import { gradedFor } from '../testing/gradedFor';
import { LIMITS, plan } from '../testing/planSentences';

// The hundred-and-twenty-fifth round (corpus/README.md): a share of the work said with "is", the
// plan shown safe just before "better" is sent to a test, a lettered entry and a heading of limits
// before what a line says, "waved off" and "Annulled." as verdicts, a bare "My calls:", a group
// drawn at random, and a negation inside a clause that describes a noun. Every sentence is ours.
const service = gradedFor(fixtureScenario({ changeKind: 'backend' }));
const model = gradedFor(fixtureScenario());

describe('a share of the work said with "is"', () => {
  it('reads ownership in "my whistle is the order, the limits and the holds; engineering owns the routing"', () => {
    const said =
      'I am the PM, so my whistle is the order of customers, the limits and the holds; engineering owns the new service, the routing and the flag.';
    expect(service.covered(plan(said))).toContain('pm-owns');
  });

  it('reads ownership in "my paddle is the release calls: …" beside the engineers\' mechanics', () => {
    const paddle =
      'My paddle is the release calls: which shoppers see it first, where we stop, how long each stage holds. Engineering owns the pipes themselves: the routing, the deploy, the flag.';
    expect(service.covered(plan(paddle))).toContain('pm-owns');
  });

  it('reads no ownership in a bare "My calls:" over stages and their holds', () => {
    const bare = [
      'My calls:',
      'Round 1, the first shelf: 5 % of orders for two full days.',
      'Round 2, the back room: 25 % for three more days.',
    ].join('\n');
    expect(service.covered(`${LIMITS}\n${bare}`)).not.toContain('pm-owns');
  });

  it('keeps ownership in "My calls:" over the decisions it lists (must not deny)', () => {
    const listed = [
      'My calls:',
      'the cohort order, the limits and the holds.',
      'Engineering runs the routing and the flag.',
    ].join('\n');
    expect(service.covered(`${LIMITS}\n${listed}`)).toContain('pm-owns');
  });
});

describe('the plan shown safe, then "better" sent to a test', () => {
  it('credits the safe/better split to "this tells us it is safe. Faster sales? A randomised A/B test afterwards."', () => {
    const told =
      'Final bell: this tells us the new checkout is safe. Faster sales? A randomised A/B test afterwards.';
    expect(service.covered(plan(told))).toContain('canary-vs-ab');
  });
});

describe('labels before what a line says', () => {
  it('credits sign-off to "R4, every gate: the head chef and I both taste the first plate."', () => {
    const lettered = 'R4, every gate: the head chef and I both taste the first plate.';
    expect(service.covered(plan(lettered))).toContain('sign-off');
  });

  it('credits limits to a heading of limits over signed changes after a lettered entry', () => {
    const limits =
      'R2, limits, agreed before a single order moves, vs the old form: errors +0.5 %, p99 +200 ms, paid orders −2 %.';
    expect(service.covered(limits)).toContain('thresholds');
  });

  it('credits no limits to a salad headed "Limits:" (must not deny the run)', () => {
    const salad =
      'Limits: errors +0.5 %, p99 +200 ms, conversion −2 %, canary staff first, holds 24 h, sign-off PM, A/B test safe not better, rollback on-call 5 min flag, cohort beta enterprise last, PM owns order, engineering owns routing.';
    expect(service.covered(salad)).toEqual([]);
  });
});

describe('verdicts that take a line back', () => {
  const rollback =
    'whoever is on call flips the flag back at any hour in two minutes without asking anyone.';

  it('credits no rollback the speaker had said under "try waved off on replay"', () => {
    const waved = `Second half, try waved off on replay: I had said that ${rollback}`;
    expect(service.covered(plan(waved))).not.toContain('rollback');
  });

  it('keeps the rollback under "try waved through" (must not deny)', () => {
    const through = `Second half, try waved through: I had said that ${rollback}`;
    expect(service.covered(plan(through))).toContain('rollback');
  });

  it('credits no holds somebody proposed before a bare "Annulled."', () => {
    const proposed =
      'Round 4: somebody proposed stages at 1 %, 10 % and 50 %, each holding a full day. Annulled; there will be no stages.';
    expect(service.covered(plan(proposed))).not.toContain('holds');
  });
});

describe('a group drawn at random', () => {
  it('credits no cohort order to "staff first, then a random half" compared "with everyone else"', () => {
    const random =
      'Staff go first, then a random half of the shoppers. We compare sign-ups in the canary group with everyone else.';
    expect(service.covered(random)).not.toContain('cohort-order');
  });

  it('keeps an order of chosen groups beside a random sample refused (must not deny)', () => {
    const chosen = 'Staff first and opted-in shoppers next, not a random sample.';
    expect(service.covered(chosen)).toContain('cohort-order');
  });
});

describe('a negation inside a clause that describes a noun', () => {
  it('credits model signals listed after "answers naming dishes we do not serve,"', () => {
    const watched =
      'Watched at every stage: eval-graded wrong answers, thumbs-down share, answers naming dishes we do not serve, cost per answer.';
    expect(model.credit(plan(watched), 'model-metrics')).toBeGreaterThanOrEqual(0.75);
  });

  it('keeps a refused list refused after its comma (must not deny)', () => {
    const refused =
      'In the first week we do not watch, or gate on, thumbs-down share, eval-graded wrong answers or cost per answer.';
    expect(model.covered(plan(refused))).not.toContain('model-metrics');
  });
});
