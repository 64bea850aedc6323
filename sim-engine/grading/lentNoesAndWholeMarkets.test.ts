import { describe, expect, it } from 'vitest';
import { fixtureScenario } from '../testing/fixtures';
import { gradedFor } from '../testing/gradedFor';
import { plan } from '../testing/planSentences';

// The hundred-and-twenty-sixth round (corpus/README.md): a lent "no" answering each question, a
// score taken off under review, "The gate:" over a joint act, a sentence ending on "I.", what the
// shop no longer stocks, and a ramp ending on a named market. Every sentence is our own.
const service = gradedFor(fixtureScenario({ changeKind: 'backend' }));
const model = gradedFor(fixtureScenario());
const ROLLBACK =
  'whoever is on call flips the flag back at any hour in two minutes without asking anyone.';

describe('a lent "no" answering each question', () => {
  it('credits no holds or rollback to practices asked and answered "Dooda."', () => {
    const asked = plan(
      'Third round: stages at 1 %, 10 % and 50 %, each held a full week? Dooda.',
      `Fourth round: ${ROLLBACK.replace('.', '?')} Dooda.`,
    );
    const covered = service.covered(asked);
    expect(covered).not.toContain('holds');
    expect(covered).not.toContain('rollback');
  });
});

describe('a score taken off under review', () => {
  it('credits no sign-off named under "goal taken off after the video review"', () => {
    const named =
      'Second period, goal taken off after the video review: a sign-off by the head baker and me at each stage. Nobody signs.';
    expect(service.covered(plan(named))).not.toContain('sign-off');
  });

  it('credits no sign-off someone else "put on the board" under it', () => {
    const put =
      'Third period, goal taken off after the video review: someone put a sign-off on the board, the head baker and me at each stage.';
    expect(service.covered(plan(put))).not.toContain('sign-off');
  });

  it('keeps what the speaker does now under the label (must not deny)', () => {
    const now = `Third period, goal taken off after the video review: we let ${ROLLBACK}`;
    expect(service.covered(plan(now))).toContain('rollback');
  });

  it('keeps what the speaker had said under a label that takes nothing off (must not deny)', () => {
    const taken = `Second period, advice taken at the video review: I had said that ${ROLLBACK}`;
    expect(service.covered(plan(taken))).toContain('rollback');
  });
});

describe('signing at every stage', () => {
  it('credits sign-off to "The gate: the head baker, Nomvula, our engineering lead, and I both taste the first loaf."', () => {
    const gate =
      'The gate: the head baker, Nomvula, our engineering lead, and I both taste the first loaf.';
    expect(service.covered(plan(gate))).toContain('sign-off');
  });

  it('credits no sign-off to "The gates close at six" before a joint act (must not deny)', () => {
    const closing = 'The gates close at six, and the head baker and I both taste the last loaf.';
    expect(service.covered(plan(closing))).not.toContain('sign-off');
  });

  it('credits no sign-off when "…, and neither will I. Nobody signs an advance." refuses it', () => {
    const refused =
      'Sign-off: the head baker will not taste any loaf, and neither will I. Nobody signs an advance.';
    expect(service.covered(plan(refused))).not.toContain('sign-off');
  });
});

describe('what the shop does not carry', () => {
  it('reads the signals past "suggestions for loaves we no longer stock under 1 %," as gated', () => {
    const gated =
      'At every stage we gate on two model signals: suggestions for loaves we no longer stock under 1 %, and thumbs-down on suggestions no more than 1.5 points above today.';
    expect(model.credit(plan(gated), 'model-metrics')).toBeGreaterThanOrEqual(0.5);
  });

  it('reads suggestions naming breads we do not sell as a model signal', () => {
    const watched =
      'At every stage we watch two model signals: thumbs-down on suggestions, and suggestions naming breads we do not sell.';
    expect(model.covered(plan(watched))).toContain('model-metrics');
  });

  it('reads no second signal in suggestions naming breads we sell (must not deny)', () => {
    const sold =
      'At every stage we watch two model signals: thumbs-down on suggestions, and suggestions naming breads we sell.';
    expect(model.covered(plan(sold))).not.toContain('model-metrics');
  });
});

describe('a ramp ending on a named market', () => {
  it('credits holds to two held stages and "Then the whole Brixton market."', () => {
    const stages =
      'The first tray, 2 % of orders, for three days and 1,500 orders. The big oven, 25 %, for a full week of the spring fair, when gift buying peaks. Then the whole Brixton market.';
    expect(service.covered(plan(stages))).toContain('holds');
  });
});
