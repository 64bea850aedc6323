import { describe, expect, it } from 'vitest';
import { fixtureScenario } from '../testing/fixtures';
import { gradedFor } from '../testing/gradedFor';
import { plan } from '../testing/planSentences';

// The hundred-and-twenty-seventh round (corpus/README.md): a call turned under review in a row
// of counted cells, a bare "Wrong.", a counted cell parted by a slash, the work split by one verb
// in one sentence, and the Sámi "ii" as a reply. Every sentence is our own.
const service = gradedFor(fixtureScenario({ changeKind: 'backend' }));
const ROLLBACK =
  'whoever is on call flips the flag back at any hour in two minutes without asking anyone.';

describe('a call turned under review', () => {
  it('charges no misconception for an earlier call marked a miss in a row of counted cells', () => {
    const row = plan(
      '3 | 1 | Try turned to no-try on the video | I marked the night rollback a miss: on-call was to ask me first.',
      `Whoever is on call, ${ROLLBACK.replace('whoever is on call ', '')}`,
    );
    expect(service.misconceptions(row)).not.toContain('rollback');
    expect(service.covered(row)).toContain('rollback');
  });

  it('keeps what the speaker had said under a label where nothing turned to anything (must not deny)', () => {
    const turned = `Wheel turned on the video review: I had said that ${ROLLBACK}`;
    expect(service.covered(plan(turned))).toContain('rollback');
  });

  it('charges no misconception for a call the next line calls "Wrong."', () => {
    const wrong = plan(
      'Round 4, my first card: we would pick the limits once we see the first week. Wrong.',
      'Written down today, before one order moves: errors more than 0.5 % worse than now.',
    );
    expect(service.misconceptions(wrong)).not.toContain('thresholds');
  });
});

describe('who owns what', () => {
  it('reads ownership in "Bout 1 / roles: mine = order, limits, holds."', () => {
    const slashed = plan(
      'Bout 1 / roles: mine = order, limits, holds.',
      'Engineering = routing, flag, deploy.',
    );
    expect(service.covered(slashed)).toContain('pm-owns');
  });

  it('reads ownership in "I keep the order, the limits and the holds and the engineers keep the routing"', () => {
    const kept =
      'So, first round, I keep the order of customers, the limits and the holds and the engineers keep the routing, the flag and the deploy.';
    expect(service.covered(kept)).toContain('pm-owns');
  });

  it('reads none when the engineers do something else (must not deny)', () => {
    const watched =
      'So, first round, I keep the order of customers, the limits and the holds and the engineers watch the routing, the flag and the deploy.';
    expect(service.covered(watched)).not.toContain('pm-owns');
  });
});

describe('the Sámi "ii" as a reply', () => {
  it('credits no holds to stages asked and answered "Ii."', () => {
    const asked = plan('Stages at 1 %, 10 % and 50 %, each held a full week? Ii.');
    expect(service.covered(asked)).not.toContain('holds');
  });

  it('keeps a section numbered "II." (must not deny)', () => {
    const numbered = plan(`II. Rollback: ${ROLLBACK}`);
    expect(service.covered(numbered)).toContain('rollback');
  });
});
