import { describe, expect, it } from 'vitest';
import { fixtureScenario } from '../testing/fixtures';
import { gradedFor } from '../testing/gradedFor';

// The sixty-fourth round (corpus/README.md): sign-offs given as nods, a habit owned up to that is
// no retraction, a PM-only rollback said as "only I can call it" or "rings me and I decide", the
// speaker between dashes, and "or" going on with a refused list. Every sentence is our own
// wording.
const service = fixtureScenario({ changeKind: 'backend' });
const { covered, misconceptions } = gradedFor(service);

describe('sign-offs given as nods', () => {
  it('reads two nods before a stage changes colour as a sign-off at each gate', () => {
    const answer =
      'Stages are red, amber and green, each held two days. Nothing changes colour without two nods, one from the platform lead and one from me.';
    expect(covered(answer)).toContain('sign-off');
  });

  it('does not read nods a speaker refuses, listed after "or" (must not deny)', () => {
    const answer =
      "Stages are 5 %, 25 % and 100 %. I don't want traffic-light stages with holds, or two nods from named leads before each move.";
    expect(covered(answer)).not.toContain('sign-off');
  });
});

describe('a habit owned up to', () => {
  const plan =
    'I own the order, the limits and the holds; engineering owns the flag. Staff go first, then beta users, then everyone, with new buyers last because they have the least patience. ';

  it('keeps the plan told before "I always nearly forget it"', () => {
    const answer = `${plan}Last point, I always nearly forget it: this shows the change is safe, not that it sells more.`;
    expect(covered(answer)).toContain('cohort-order');
  });

  it('still takes the plan back with a bare "Forget it." (must not deny)', () => {
    const answer = `${plan}Forget it: we just switch everyone over on Monday.`;
    expect(covered(answer)).not.toContain('cohort-order');
  });
});

describe('a rollback kept for the PM', () => {
  it('is the misconception when "only I, as the PM, can call it" follows the rollback named', () => {
    const answer = 'Rollback is a product decision, so only I, as the PM, can call it.';
    expect(misconceptions(answer)).toContain('rollback');
  });

  it('is not the misconception when the call kept is not the rollback (must not deny)', () => {
    const answer =
      'The on-call engineer rolls back at any hour; launch timing is a product decision, so only I, as the PM, can call it.';
    expect(misconceptions(answer)).not.toContain('rollback');
  });

  it('is the misconception when on-call rings the PM and the PM decides', () => {
    const answer =
      'If a limit breaks at night, on-call rings me and I decide; nobody else pulls it.';
    expect(misconceptions(answer)).toContain('rollback');
  });

  it('is not the misconception when the PM decides something else after the call (must not deny)', () => {
    const answer =
      'If a limit breaks at night, on-call rolls back at once, then rings me and I decide what we tell customers.';
    expect(misconceptions(answer)).not.toContain('rollback');
  });
});

describe('the speaker between dashes', () => {
  it('owns what the role owns', () => {
    const answer =
      'The PM — me — owns the order, the limits and the length of each hold; engineering owns the flag and the deploy.';
    expect(covered(answer)).toContain('pm-owns');
  });
});
