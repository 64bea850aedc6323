import { describe, expect, it } from 'vitest';
import { fixtureScenario } from '../testing/fixtures';
import { gradedFor } from '../testing/gradedFor';

// The hundred-and-first round (corpus/README.md): lines opened by a bare "Not:", a rollback whose
// verb the tagger reads as a noun, and the speaker "needed for" the decisions. Every sentence is
// our own.
const { covered, credit } = gradedFor(fixtureScenario({ changeKind: 'backend' }));

const RAMP = 'Stages: 1 %, 10 %, 100 %, each held for a day. ';

describe('lines opened by a bare "Not:"', () => {
  it('refuses every line that opens "Not:"', () => {
    const refused = [
      'What the job does not include:',
      'Not: start with staff, then beta customers, then everyone, new customers last because they leave fastest.',
      "Not: let whoever's on call flip the old build back at any hour, no need to call me.",
    ].join('\n');
    expect(credit(refused, 'cohort-order')).toBeLessThan(0.5);
    expect(credit(refused, 'rollback')).toBeLessThan(0.5);
  });

  it('keeps "Not negotiable: …", a label that names what it is (must not deny)', () => {
    const kept =
      'Not negotiable: staff first, then beta customers, then everyone, new customers last because they leave fastest.';
    expect(covered(kept)).toContain('cohort-order');
  });
});

describe('a rollback whose verb is read as a noun', () => {
  it('reads "Whoever\'s on call drives the old version back in, …, any hour." as the rollback', () => {
    const driven = `${RAMP}Whoever's on call drives the old version back in, no need to call me: a config flip, minutes, any hour.`;
    expect(covered(driven)).toContain('rollback');
  });
});

describe('the speaker needed for the decisions', () => {
  it('reads "You will need: Me for order of customers, limits, holds." as ownership', () => {
    const needed =
      'You will need: Me for order of customers, limits, holds. Engineers for router, deploy, flag.';
    expect(covered(needed)).toContain('pm-owns');
  });
});
