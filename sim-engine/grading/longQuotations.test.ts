import { describe, expect, it } from 'vitest';
import { fixtureScenario } from '../testing/fixtures';
import { gradeAnswer } from './gradeAnswer';

// The thirty-sixth round: someone else's draft quoted over several sentences. Our own wording.
const service = fixtureScenario({ changeKind: 'backend' });

const DRAFT =
  'My colleague\'s draft said: "Platform runs the cutover. Give a random 10 % of accounts the new ' +
  'store and set the rollback limits once we see the first numbers."';

describe('a quotation of someone else over several sentences is theirs', () => {
  it('reads no misconception into the quoted draft', () => {
    const grade = gradeAnswer(
      `${DRAFT} I would change most of it. Staff go first, then opted-in beta accounts, and large paying accounts go last.`,
      service,
    );
    expect(grade.misconceptions).toEqual([]);
    expect(grade.covered).toContain('cohort-order');
  });

  it('still credits a quotation the speaker introduces as their own words (must not deny)', () => {
    const grade = gradeAnswer(
      'In the release doc we write: "We roll back if errors rise 0.5 % over control or p99 is 200 ms slower. These limits are fixed before launch."',
      service,
    );
    expect(grade.covered).toContain('thresholds');
  });

  it('still credits an answer given wholly inside quotation marks (must not deny)', () => {
    const grade = gradeAnswer(
      '"Staff go first, then opted-in beta accounts, large paying accounts last. We roll back if errors rise 0.5 % over control, fixed before launch."',
      service,
    );
    expect(grade.covered).toContain('thresholds');
  });
});

describe('a rollback through the proxy is a routing change', () => {
  it('credits "switches the proxy back to the old cluster"', () => {
    const grade = gradeAnswer(
      'The on-call engineer switches the proxy back to the old cluster at any hour, without asking me.',
      service,
    );
    expect(grade.covered).toContain('rollback');
  });
});
